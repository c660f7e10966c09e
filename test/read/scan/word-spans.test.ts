/** OCR words' confidences travel with the text: found on the page's lines, then placed in the document's text. */
import { describe, expect, it } from 'vitest';
import { joinPages, ocrLines, type PageText } from '../../../src/read/scan/page-text.js';
import { locateWords } from '../../../src/read/scan/word-spans.js';
import { wordsInSlice } from '../../../src/text/word-confidence.js';

const word = (text: string, confidence: number): { text: string; confidence: number } => ({ text, confidence });

describe('locateWords', () => {
  it('finds each word after the one before, on its line, repeated words included', () => {
    const lines = ocrLines('Kế hoạch số 12\n\nkế hoạch này\n');
    const found = locateWords(lines, [word('Kế', 0.96), word('hoạch', 0.95), word('số', 0.9), word('12', 0.99), word('kế', 0.5), word('hoạch', 0.93), word('này', 0.97)]);
    expect(found.map((w) => lines[w.line]!.slice(w.start, w.end))).toEqual(['Kế', 'hoạch', 'số', '12', 'kế', 'hoạch', 'này']);
    expect(found.map((w) => w.line)).toEqual([0, 0, 0, 0, 2, 2, 2]);
    expect(found[4]).toEqual({ line: 2, start: 0, end: 2, confidence: 0.5 });
  });

  it('matches words given decomposed (NFD), as the text is NFC', () => {
    const lines = ocrLines('Tỉnh ủy\n');
    expect(locateWords(lines, [word('Tỉnh'.normalize('NFD'), 0.9), word('ủy', 0.8)])).toEqual([
      { line: 0, start: 0, end: 4, confidence: 0.9 },
      { line: 0, start: 5, end: 7, confidence: 0.8 },
    ]);
  });

  it('leaves out a word missing from the text without losing its place', () => {
    const lines = ['một hai', 'ba', 'bốn', 'năm', 'sáu'];
    const found = locateWords(lines, [word('một', 1), word('XYZ', 1), word('hai', 1), word('ba', 1)]);
    expect(found.map((w) => [w.line, w.start])).toEqual([[0, 0], [0, 4], [1, 0]]);
  });
});

describe('joinPages', () => {
  const page = (n: number, lines: string[], words: PageText['words']): PageText => ({ page: n, read: 'ocr', lines, ocrConfidence: 0.9, words });

  it('places each page\'s words in the document text, past blank lines trimmed and page breaks', () => {
    const one = page(1, ['', 'Điều 1.  ', 'Giao Sở'], [{ line: 1, start: 0, end: 4, confidence: 0.97 }, { line: 2, start: 5, end: 7, confidence: 0.4 }]);
    const two = page(2, ['Tỉnh ủy'], [{ line: 0, start: 5, end: 7, confidence: 0.8 }]);
    const joined = joinPages([one, two]);
    expect(joined.text).toBe('Điều 1.\nGiao Sở\n\f\nTỉnh ủy\n');
    expect(joined.words.map((w) => [joined.text.slice(w.start, w.end), w.confidence])).toEqual([['Điều', 0.97], ['Sở', 0.4], ['ủy', 0.8]]);
  });

  it('has no words for pages read from a text layer', () => {
    expect(joinPages([{ page: 1, read: 'text-layer', lines: ['Kế hoạch'], ocrConfidence: null, words: [] }]).words).toEqual([]);
  });
});

describe('wordsInSlice', () => {
  it('keeps the words of a part of the text, by offsets into the part', () => {
    const words = [{ start: 0, end: 2, confidence: 1 }, { start: 5, end: 8, confidence: 0.5 }, { start: 9, end: 12, confidence: 0.7 }];
    expect(wordsInSlice(words, 4, 10)).toEqual([{ start: 1, end: 4, confidence: 0.5 }]);
  });
});
