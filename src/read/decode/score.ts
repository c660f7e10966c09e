/**
 * How Vietnamese a decoded text looks. Every 8-bit decoding of the same bytes
 * "succeeds", so detection decodes with each candidate and keeps the one whose
 * output reads most like Vietnamese: words with diacritics that are real
 * syllables count for it; foreign letters, impossible syllables, control
 * characters, replacement characters and symbols glued to letters count
 * against it. Plain ASCII words are the same under every candidate and count
 * for nothing.
 */
import { VIETNAMESE_LETTERS, isVietnameseSyllable } from './vietnamese.js';

export interface VietnameseScore {
  /** Words with diacritics that are valid Vietnamese syllables. */
  good: number;
  /** Words with a foreign letter or an impossible syllable shape. */
  bad: number;
  /** Control, replacement or private-use characters, and Latin-1 symbols stuck to letters. */
  odd: number;
  /** All words, ASCII ones included. */
  words: number;
  /** good − bad − 2·odd: higher is more Vietnamese. */
  score: number;
}

const WORD = /[\p{L}\p{M}]+/gu;
const LETTER = /[\p{L}\p{M}]/u;

function isAscii(word: string): boolean {
  return !/[^\x00-\x7f]/u.test(word);
}

function isForeign(word: string): boolean {
  for (const ch of word) if (!VIETNAMESE_LETTERS.has(ch)) return true;
  return false;
}

/** Characters that no clean text has. */
function isControlLike(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c;
  return (
    (code >= 0x7f && code <= 0x9f) || code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff)
  );
}

/** Latin-1 symbols (¡…¿, ×, ÷): legacy letters shown as cp1252 land here, wedged inside words. */
function isLatin1Symbol(code: number): boolean {
  return (code >= 0xa1 && code <= 0xbf) || code === 0xd7 || code === 0xf7;
}

function countOdd(text: string): number {
  let odd = 0;
  const chars = Array.from(text);
  chars.forEach((ch, i) => {
    const code = ch.codePointAt(0)!;
    if (isControlLike(code)) odd++;
    else if (isLatin1Symbol(code)) {
      const before = chars[i - 1];
      const after = chars[i + 1];
      if ((before && LETTER.test(before)) || (after && LETTER.test(after))) odd++;
    }
  });
  return odd;
}

/** Scores NFC text; see the module comment. */
export function scoreVietnamese(text: string): VietnameseScore {
  let good = 0;
  let bad = 0;
  let words = 0;
  for (const [word] of text.matchAll(WORD)) {
    words++;
    if (isAscii(word)) continue;
    if (isForeign(word) || !isVietnameseSyllable(word)) bad++;
    else good++;
  }
  const odd = countOdd(text);
  return { good, bad, odd, words, score: good - bad - 2 * odd };
}
