/**
 * UTF-8 checking that counts what it cannot read. The decoder itself
 * (TextDecoder) replaces bad input, but one U+FFFD can stand for several
 * bytes, so the bytes are counted here, by the same "maximal subpart" rule
 * the decoder follows.
 */
import { isUtf8 } from 'node:buffer';

export interface Utf8Check {
  /** Bytes that belong to no valid sequence. */
  invalidBytes: number;
  /** Offset of the first of them, or -1. */
  firstInvalid: number;
  /** Valid sequences of two to four bytes. */
  multibyte: number;
}

/** Length of the valid sequence starting at `i`, or the length of the invalid prefix to skip (negative). */
export function sequenceAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  if (lead < 0x80) return 1;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) need = 1;
  else if (lead >= 0xe0 && lead <= 0xef) {
    need = 2;
    if (lead === 0xe0) lo = 0xa0;
    if (lead === 0xed) hi = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    need = 3;
    if (lead === 0xf0) lo = 0x90;
    if (lead === 0xf4) hi = 0x8f;
  } else return -1;
  for (let k = 1; k <= need; k++) {
    const b = bytes[i + k];
    const min = k === 1 ? lo : 0x80;
    const max = k === 1 ? hi : 0xbf;
    if (b === undefined || b < min || b > max) return -k;
  }
  return need + 1;
}

/** Walks the bytes; callers try the much faster `isValidUtf8` first. */
export function checkUtf8(bytes: Uint8Array): Utf8Check {
  let invalidBytes = 0;
  let multibyte = 0;
  let firstInvalid = -1;
  let i = 0;
  while (i < bytes.length) {
    const step = sequenceAt(bytes, i);
    if (step < 0) {
      if (firstInvalid < 0) firstInvalid = i;
      invalidBytes += -step;
      i += -step;
    } else {
      if (step > 1) multibyte++;
      i += step;
    }
  }
  return { invalidBytes, firstInvalid, multibyte };
}

/** Native check, no counts. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

/** True when every byte is below 0x80. */
export function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

const DECODER = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Decodes with replacement; a BOM, if any, is kept for the caller to strip. */
export function decodeUtf8(bytes: Uint8Array): string {
  return DECODER.decode(bytes);
}
