import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldDroppingMarks, wordKey } from '../../src/segment/text/fold.js';

/** The segmenter's fold as first written, before it was built on src/vi/fold.ts. */
function reference(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

const vietnamese = fc.constantFrom(
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵẠẶỆỰẞ ’“”–0123456789\u0300\u0301\u0303\u0309\u0323'.split(''),
);

describe('foldDroppingMarks', () => {
  it('folds like the shared fold and drops the marks no letter took', () => {
    expect(foldDroppingMarks('Nơi nhận:')).toBe('noi nhan:');
    expect(foldDroppingMarks('ngà\u0301y')).toBe('ngay');
  });

  it('is the fold segmentation always had, on Vietnamese text with stray marks, NFC or not', () => {
    fc.assert(
      fc.property(fc.string({ unit: vietnamese, maxLength: 40 }), (text) => {
        expect(foldDroppingMarks(text)).toBe(reference(text));
        expect(foldDroppingMarks(text.normalize('NFC'))).toBe(reference(text.normalize('NFC')));
        for (const word of text.split(' ')) expect(wordKey(word)).toBe(reference(word).replace(/[^a-z0-9]/g, ''));
      }),
      { numRuns: 3000 },
    );
  });
});
