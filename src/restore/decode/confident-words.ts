/**
 * Words an OCR engine read surely: a word Tesseract was confident of that is
 * a well-formed syllable with its marks was, in nearly every case, read
 * right — the Vietnamese model prints marks it saw, and its confidence falls
 * where it guessed — so the decoder keeps it as printed and only reconsiders
 * words read with doubt, markless words (a mark the engine may have missed)
 * and words that are no syllable. Words in capitals are not kept: their marks
 * sit crowded above the letters, and the engine confuses them (Í for Ỉ, Ễ for
 * É) as confidently as it reads them right ("TÍNH" at 0.96 for "TỈNH").
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

/** A word of two letters or more, all capitals ("TỈNH", "ỦY"); "Tỉnh" and "Ủ" are not. */
const IN_CAPITALS = /^\p{Lu}{2,}$/u;

/** Whether a word read with this confidence is kept as printed. */
export function keepsAsRead(printed: string, confidence: number, minConfidence = CONFIDENT_OCR_WORD): boolean {
  return confidence >= minConfidence && !IN_CAPITALS.test(printed) && isAccentedSyllable(printed);
}

/**
 * Flags, per token, the word tokens to keep as printed (keepsAsRead), each lying
 * inside one OCR word. Both lists are in text order, with offsets into the same text.
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
    if (keepsAsRead(token.text, word.confidence, minConfidence)) kept[i] = 1;
  }
  return kept;
}
