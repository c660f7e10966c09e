import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/extract/text/fold.js';

/** Folding as first written: a character at a time, through toLowerCase and NFD. */
function reference(text: string): string {
  return text.replace(/[A-Z\u0080-\uffff]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return c;
    let out = c.toLowerCase();
    if (out.length !== 1) out = c;
    if (out === 'đ') return 'd';
    if (out.charCodeAt(0) <= 0x7f) return out;
    const base = out.normalize('NFD')[0] ?? out;
    return base.length === 1 && !/\p{M}/u.test(out) ? base : out;
  });
}

const vietnamese = fc.constantFrom(
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵẠẶỆỰİẞ ’“”–0123456789\u0301\u0323😀'.split(''),
);

describe('fold', () => {
  it('folds Vietnamese to lower-case unmarked letters, keeping every offset', () => {
    expect(fold('Ủy ban Nhân dân TỈNH Đồng Tháp')).toBe('uy ban nhan dan tinh dong thap');
    expect(fold('Kết luận số 148-KL/TW')).toBe('ket luan so 148-kl/tw');
  });

  it('returns plain lower-case text as it is', () => {
    const text = 'so 148 ngay 08/4/2025 '.repeat(1000);
    expect(fold(text)).toBe(text);
  });

  it('matches the character-by-character fold on any text, long or short', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: vietnamese, maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
        expect(fold(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
    const long = 'Tỉnh ủy Hưng Yên, Sở Nội vụ. '.repeat(2000);
    expect(fold(long)).toBe(reference(long));
  });
});
