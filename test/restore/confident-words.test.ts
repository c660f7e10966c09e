/** Which words a confident OCR engine read are kept as printed (src/restore/decode/confident-words.ts). */
import { describe, expect, it } from 'vitest';
import { confidentTokens, CONFIDENT_OCR_WORD, isAccentedSyllable } from '../../src/restore/decode/confident-words.js';
import { tokenize } from '../../src/restore/tokenize.js';
import type { WordConfidence } from '../../src/text/word-confidence.js';

/** The OCR words of `text` split at spaces, with these confidences in order. */
function ocrWords(text: string, confidences: readonly number[]): WordConfidence[] {
  return [...text.matchAll(/\S+/gu)].map((m, i) => ({ start: m.index, end: m.index + m[0].length, confidence: confidences[i]! }));
}

function keptWords(text: string, confidences: readonly number[]): string[] {
  const tokens = tokenize(text);
  const kept = confidentTokens(tokens, ocrWords(text, confidences));
  return tokens.filter((_, i) => kept[i]).map((t) => t.text);
}

describe('isAccentedSyllable', () => {
  it('is a well-formed syllable with a mark, in any case', () => {
    expect(['Tỉnh', 'ỦY', 'đi', 'phúng', 'của'].every(isAccentedSyllable)).toBe(true);
    expect(['ban', 'Tinh', 'ctia', 's6', 'Kêt', 'ưong', 'Kế2'].some(isAccentedSyllable)).toBe(false);
  });
});

describe('confidentTokens', () => {
  it('keeps the accented syllables read confidently, and no other word', () => {
    const text = 'Tỉnh ủy s6 ctia ban đạo';
    expect(keptWords(text, [0.96, 0.5, 0.97, 0.4, 0.99, CONFIDENT_OCR_WORD])).toEqual(['Tỉnh', 'đạo']);
  });

  it('keeps no word in capitals, whose marks the engine confuses confidently', () => {
    expect(keptWords('ỦY BAN NHÂN DÂN TÍNH Tỉnh', [0.96, 0.96, 0.96, 0.96, 0.96, 0.96])).toEqual(['Tỉnh']);
  });

  it('finds a word inside an OCR word that holds punctuation too', () => {
    expect(keptWords('(Tỉnh ủy),', [0.95, 0.95])).toEqual(['Tỉnh', 'ủy']);
  });

  it('keeps nothing the OCR words do not cover', () => {
    const text = 'Tỉnh ủy chỉ đạo';
    const tokens = tokenize(text);
    expect([...confidentTokens(tokens, [{ start: 0, end: 4, confidence: 0.99 }])].filter(Boolean).length).toBe(1);
    expect([...confidentTokens(tokens, [])].some(Boolean)).toBe(false);
  });
});
