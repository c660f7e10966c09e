/**
 * Words an OCR engine read surely: a word Tesseract was confident of that is
 * a well-formed syllable with its marks was, in nearly every case, read
 * right — the Vietnamese model prints marks it saw, and its confidence falls
 * where it guessed — so the decoder keeps it as printed and only reconsiders
 * words read with doubt, markless words (a mark the engine may have missed)
 * and words that are no syllable.
 */
import { baseKey, isWellFormedSyllable } from '../syllable.js';
import type { Token } from '../tokenize.js';
import type { WordConfidence } from '../../text/word-confidence.js';

/** The engine's confidence (0–1) from which a well-formed accented word is kept as printed. */
export const CONFIDENT_OCR_WORD = 0.9;

/** Whether a printed word is a well-formed syllable carrying a mark (a tone, a modified vowel or đ). */
export function isAccentedSyllable(printed: string): boolean {
  const lower = printed.normalize('NFC').toLowerCase();
  return isWellFormedSyllable(lower) && baseKey(lower) !== lower;
}

/**
 * Flags, per token, the word tokens to keep as printed: accented syllables lying
 * inside one OCR word read with at least `minConfidence`. Both lists are in text
 * order, with offsets into the same text.
 */
export function confidentTokens(
  tokens: readonly Token[],
  words: readonly WordConfidence[],
  minConfidence = CONFIDENT_OCR_WORD,
): Uint8Array {
  const kept = new Uint8Array(tokens.length);
  let w = 0;
  for (let i = 0; i < tokens.length && w < words.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    while (w < words.length && words[w]!.end <= token.start) w++;
    const word = words[w];
    if (word === undefined || word.start > token.start || word.end < token.end) continue;
    if (word.confidence >= minConfidence && isAccentedSyllable(token.text)) kept[i] = 1;
  }
  return kept;
}
