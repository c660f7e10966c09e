/**
 * One decoder per encoding: bytes → raw text (before line-ending and NFC
 * normalisation) plus what went wrong on the way. A byte order mark matching
 * the encoding is skipped.
 */
import iconv from 'iconv-lite';
import type { EncodingName, Message } from '../../types.js';
import { readMessage } from '../messages.js';
import { decodeTcvn3 } from './tcvn3.js';
import { checkUtf8, decodeUtf8, isValidUtf8 } from './utf8.js';
import { decodeUtf16 } from './utf16.js';
import { decodeVni } from './vni.js';

export interface RawDecoded {
  text: string;
  warnings: Message[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
}

export function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The 1-based line a byte offset falls on, counting LF, CRLF and lone CR as one break each. */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

function fromUtf8(bytes: Uint8Array): RawDecoded {
  const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  const warnings: Message[] = [];
  const { invalidBytes, firstInvalid } = isValidUtf8(body) ? { invalidBytes: 0, firstInvalid: -1 } : checkUtf8(body);
  if (invalidBytes > 0) {
    const line = lineOfByte(body, firstInvalid);
    const where = `first at byte ${firstInvalid + bytes.length - body.length}, line ${line}`;
    const what = invalidBytes === 1 ? '1 invalid UTF-8 byte' : `${invalidBytes} invalid UTF-8 bytes`;
    warnings.push(readMessage('warning', 'invalid-utf8', `${what} replaced with U+FFFD (${where})`, line));
  }
  return { text: decodeUtf8(body), warnings };
}

function fromUtf16(bytes: Uint8Array, order: 'utf-16le' | 'utf-16be'): RawDecoded {
  const body = utf16Bom(bytes) === order ? bytes.subarray(2) : bytes;
  const { text, oddByte } = decodeUtf16(body, order);
  const warnings = oddByte
    ? [readMessage('warning', 'utf16-odd-length', 'UTF-16 input has an odd number of bytes; the last byte was dropped')]
    : [];
  return { text, warnings };
}

function fromTcvn3(bytes: Uint8Array): RawDecoded {
  const { text, recapitalised, marks } = decodeTcvn3(bytes);
  const warnings =
    recapitalised > 0
      ? [
          readMessage(
            'info',
            'tcvn3-capitals',
            `${recapitalised} word(s) set in capitals restored to capitals (TCVN3 has no capital toned letters)`,
          ),
        ]
      : [];
  if (marks) warnings.push(marks);
  return { text, warnings };
}

export function decodeAs(bytes: Uint8Array, encoding: EncodingName): RawDecoded {
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom':
      return fromUtf8(bytes);
    case 'utf-16le':
    case 'utf-16be':
      return fromUtf16(bytes, encoding);
    case 'windows-1258':
      // 1258 spells most toned letters as base + combining tone; NFC later composes them.
      return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'windows-1258'), warnings: [] };
    case 'tcvn3':
      return fromTcvn3(bytes);
    case 'vni':
      return { text: decodeVni(bytes), warnings: [] };
  }
}
