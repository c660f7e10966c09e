/**
 * An input's bytes, by what it is: a regular file is read whole; a stream
 * (standard input, a named pipe) is read up to MAX_STREAM_BYTES, since a
 * stream need never end (`cat /dev/zero |`) and is held in memory whole
 * before it can be cut into parts; anything else (a folder, a device such
 * as /dev/zero or a terminal, a socket) is refused before it is opened, as
 * the command line refuses it when it expands its arguments.
 */
import type { Stats } from 'node:fs';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { inputErrorCode, type InputErrorCode } from './inputs.js';

/** More than any document, or batch of documents, on a pipe; about 500 of the parts big inputs are cut into. */
export const MAX_STREAM_BYTES = 256 * 1024 * 1024;

export type BytesRefusalCode = InputErrorCode | 'too-large';

export type BytesResult = { ok: true; bytes: Buffer } | { ok: false; code: BytesRefusalCode; problem: string };

const PROBLEM_TEXT: Readonly<Record<InputErrorCode, string>> = {
  'missing-path': 'no such file',
  'no-match': 'no files match this pattern',
  unreadable: 'permission denied',
  'symlink-loop': 'symbolic link loop',
  'not-a-file': 'is a folder, not a file',
};

function refusal(err: unknown): BytesResult {
  const code = inputErrorCode(err);
  const problem = code === 'unreadable' ? `cannot read (${(err as Error).message})` : PROBLEM_TEXT[code];
  return { ok: false, code, problem };
}

function tooLarge(limit: number): BytesResult {
  const mb = Math.round(limit / (1 << 20));
  return { ok: false, code: 'too-large', problem: `more than ${mb} MB read from a stream (standard input or a named pipe), the most one is read; save it to a file instead` };
}

/** What a path that is neither file, folder nor pipe is, for the refusal. */
function kindOf(info: Stats): string {
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Reads a stream to its end, or stops past `limit` bytes. */
export async function streamBytes(stream: AsyncIterable<Uint8Array | string>, limit = MAX_STREAM_BYTES): Promise<BytesResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      // A copy: a stream may hand over the same buffer again with new bytes in it.
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
      total += bytes.length;
      // Leaving the loop closes the stream (a pipe's writer then stops on EPIPE).
      if (total > limit) return tooLarge(limit);
      chunks.push(bytes);
    }
  } catch (err) {
    return refusal(err);
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

/** A regular file's bytes, a named pipe's up to `limit`; anything else refused unopened. */
export async function pathBytes(path: string | Buffer, limit = MAX_STREAM_BYTES): Promise<BytesResult> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (err) {
    return refusal(err);
  }
  if (info.isDirectory()) return { ok: false, code: 'not-a-file', problem: PROBLEM_TEXT['not-a-file'] };
  // Flag 'r': inputs are never opened for writing.
  if (info.isFIFO()) return streamBytes(createReadStream(path, { flags: 'r' }), limit);
  if (!info.isFile()) return { ok: false, code: 'not-a-file', problem: `is ${kindOf(info)}, not a file` };
  try {
    return { ok: true, bytes: await readFile(path, { flag: 'r' }) };
  } catch (err) {
    return refusal(err);
  }
}
