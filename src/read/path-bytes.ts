/**
 * Paths whose bytes are not UTF-8. Linux names are bytes, and folders of old
 * scans carry names in TCVN3 or Windows-1258 ("K\xE1 ho\xE3ch.txt"). Read as
 * strings, such a name loses its bytes to U+FFFD and the file is "not found"
 * though it is there; so folders are listed as bytes, and a path that is not
 * UTF-8 is kept as its bytes for the file system, and shown with each byte
 * that is not UTF-8 written \xNN.
 */
import { isUtf8 } from 'node:buffer';
import { join } from 'node:path';
import { sequenceAt } from './decode/utf8.js';

/** A path as the file system takes it. */
export type FsPath = string | Buffer;

const hex = (byte: number): string => `\\x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * The bytes as text: UTF-8 decoded, each byte of an invalid sequence as
 * \xNN. In a name that is not UTF-8 a backslash is written \x5C too, so two
 * such names never show alike.
 */
export function showBytes(bytes: Uint8Array): string {
  if (isUtf8(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const step = sequenceAt(bytes, i);
    if (step < 0) {
      for (let k = 0; k < -step; k++) out += hex(bytes[i + k]!);
      i += -step;
    } else {
      const piece = Buffer.from(bytes.buffer, bytes.byteOffset + i, step).toString('utf8');
      out += piece === '\\' ? hex(0x5c) : piece;
      i += step;
    }
  }
  return out;
}

/** A folder's entry: a string path while every name on the way is UTF-8, bytes from the first that is not. */
export function childPath(parent: FsPath, name: Buffer): FsPath {
  if (typeof parent === 'string' && isUtf8(name)) return join(parent, name.toString('utf8'));
  const head = typeof parent === 'string' ? Buffer.from(parent.replace(/\/+$/u, ''), 'utf8') : parent;
  return Buffer.concat([head, Buffer.from('/'), name]);
}

/** A key for a real path that tells apart every byte string (a name that is not UTF-8 would otherwise show like another). */
export function pathKey(real: Buffer): string {
  return isUtf8(real) ? real.toString('utf8') : `\u0000${real.toString('hex')}`;
}
