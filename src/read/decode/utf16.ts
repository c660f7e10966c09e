/**
 * UTF-16 without a byte order mark. Text is mostly ASCII letters, digits and
 * spaces even in Vietnamese, and each of those has a zero high byte: zeros
 * pile up at odd offsets in little-endian and at even offsets in big-endian,
 * and almost never at the other parity. Binary data has zeros at both.
 */

export type Utf16Order = 'utf-16le' | 'utf-16be';

const SAMPLE_UNITS = 4096;
/** At least this share of units must have a zero high byte… */
const MIN_ZERO_HIGH = 0.2;
/** …and at most this share a zero low byte. */
const MAX_ZERO_LOW = 0.02;

/** Guesses UTF-16 byte order from the zero-byte pattern, or null when the bytes do not look like UTF-16. */
export function sniffUtf16(bytes: Uint8Array): Utf16Order | null {
  const units = Math.min(SAMPLE_UNITS, bytes.length >> 1);
  if (units < 2) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let u = 0; u < units; u++) {
    if (bytes[2 * u] === 0) zeroEven++;
    if (bytes[2 * u + 1] === 0) zeroOdd++;
  }
  if (zeroOdd / units >= MIN_ZERO_HIGH && zeroEven / units <= MAX_ZERO_LOW) return 'utf-16le';
  if (zeroEven / units >= MIN_ZERO_HIGH && zeroOdd / units <= MAX_ZERO_LOW) return 'utf-16be';
  return null;
}

export interface Utf16Decoded {
  text: string;
  /** True when a trailing odd byte had to be dropped. */
  oddByte: boolean;
}

const LE = new TextDecoder('utf-16le', { fatal: false, ignoreBOM: true });

/** Decodes UTF-16 (BOM kept for the caller); lone surrogates become U+FFFD. */
export function decodeUtf16(bytes: Uint8Array, order: Utf16Order): Utf16Decoded {
  const oddByte = bytes.length % 2 === 1;
  const even = bytes.subarray(0, bytes.length - (oddByte ? 1 : 0));
  // Big-endian is read as little-endian after swapping each pair, on a copy.
  const le = order === 'utf-16le' ? even : Buffer.from(even).swap16();
  return { text: LE.decode(le), oddByte };
}
