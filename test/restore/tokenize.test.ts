import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../src/restore/tokenize.js';

const show = (tokens: Token[]): string[] =>
  tokens.filter((t) => t.kind !== 'space').map((t) => `${t.kind}:${t.text}`);

describe('tokenize', () => {
  it('rebuilds the input exactly, with consistent offsets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const tokens = tokenize(text);
        expect(tokens.map((t) => t.text).join('')).toBe(text);
        let at = 0;
        for (const t of tokens) {
          expect(t.start).toBe(at);
          expect(t.end - t.start).toBe(t.text.length);
          at = t.end;
        }
      }),
    );
  });

  it('finds with its plain scans the tokens its patterns define', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u2028', '\r\n', '\n', '\r', '-', '/', '@', 'http://a.b', 'www.x', '12', '3.5', '¢', '@6', '‘', '’', 'ế', 'e\u0301', 'Đ', '𝐀', 'ctia', 's642'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        expect(tokenize(text)).toEqual(tokenize(text, false));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps OCR junk inside words', () => {
    const words = tokenize('s6 x4 B¢ s§ K&t d€ ctia cé‘lp Ngh1 v1ec @6 co’ 1én tAm z‘hong')
      .filter((t) => t.kind === 'word')
      .map((t) => t.text);
    expect(words).toEqual(['s6', 'x4', 'B¢', 's§', 'K&t', 'd€', 'ctia', 'cé‘lp', 'Ngh1', 'v1ec', '@6', 'co’', '1én', 'tAm', 'z‘hong']);
  });

  it('separates numbers, dates, symbols and punctuation', () => {
    expect(show(tokenize('số 148-KL/TW ngày 08/4/2025, 178/2024/NĐ-CP; 10-10,5% (UBND) QĐ-TTg.'))).toEqual([
      'word:số', 'symbol:148-KL/TW', 'word:ngày', 'number:08/4/2025', 'punct:,', 'symbol:178/2024/NĐ-CP',
      'punct:;', 'number:10-10,5%', 'punct:(', 'word:UBND', 'punct:)', 'symbol:QĐ-TTg', 'punct:.',
    ]);
  });

  it('parts a word from the number glued to it (three digits or more), so the number is kept', () => {
    expect(show(tokenize('s642.5 -KH/TU'))).toEqual(['word:s6', 'number:42.5', 'punct:-', 'symbol:KH/TU']);
    expect(show(tokenize('năm2025 a2025'))).toEqual(['word:năm', 'number:2025', 'word:a', 'number:2025']);
    // One or two digits inside a word stand for letters ("h01" hội, "B52" is left to the decoder).
    expect(show(tokenize('h01 B52 Ngh1'))).toEqual(['word:h01', 'word:B52', 'word:Ngh1']);
  });

  it('leaves a broken symbol in pieces for the symbol repair', () => {
    expect(show(tokenize('148- KL/TW'))).toEqual(['number:148', 'punct:-', 'symbol:KL/TW']);
  });

  it('splits hyphenated words that are not symbols', () => {
    expect(show(tokenize('Mác-Lênin'))).toEqual(['word:Mác', 'punct:-', 'word:Lênin']);
    expect(show(tokenize('COVID-19'))).toEqual(['symbol:COVID-19']);
  });

  it('keeps URLs and e-mails whole without their trailing punctuation', () => {
    expect(show(tokenize('https://hungyen.gov.vn/a?b=1. vp@hungyen.gov.vn;'))).toEqual([
      'symbol:https://hungyen.gov.vn/a?b=1', 'punct:.', 'symbol:vp@hungyen.gov.vn', 'punct:;',
    ]);
  });

  it('makes one token per newline and per run of repeated punctuation', () => {
    const kinds = tokenize('a\r\n\nb ----- ...').map((t) => `${t.kind}:${JSON.stringify(t.text)}`);
    expect(kinds).toEqual([
      'word:"a"', 'newline:"\\r\\n"', 'newline:"\\n"', 'word:"b"', 'space:" "', 'punct:"-----"', 'space:" "', 'punct:"..."',
    ]);
  });
});
