import { describe, expect, it } from 'vitest';
import { loadRestorer, restoreText } from '../../src/restore/index.js';
import { tokenize } from '../../src/restore/tokenize.js';
import { correctionSpans, parseUserDictionary, UserDictionaryError } from '../../src/restore/user-dict.js';

describe('parseUserDictionary', () => {
  it('reads phrases, corrections and comments', () => {
    const dict = parseUserDictionary('# names\nPhố Hiến\n\nctia => của  # OCR\nTinh ty => Tỉnh ủy\n');
    expect(dict.phrases).toEqual([['phố', 'hiến']]);
    expect(dict.corrections).toEqual([
      { observed: ['ctia'], correct: 'của' },
      { observed: ['tinh', 'ty'], correct: 'Tỉnh ủy' },
    ]);
  });
  it('says which line is wrong', () => {
    expect(() => parseUserDictionary('Phố Hiến\n => của')).toThrow(UserDictionaryError);
    expect(() => parseUserDictionary('Phố Hiến\n => của')).toThrow(/line 2/);
  });
});

describe('correctionSpans', () => {
  it('matches whole words across spaces only, longest first, in the printed case', () => {
    const dict = parseUserDictionary('ctia => của\nTinh => Tỉnh\nTinh ty => Tỉnh ủy');
    const tokens = tokenize('CTIA Tinh ty, Tinh\nty');
    const spans = correctionSpans(tokens, dict.corrections);
    expect(spans.map((s) => s.text)).toEqual(['CỦA', 'Tỉnh ủy', 'Tỉnh']);
    expect(spans.map((s) => s.unit)).toEqual(['của', 'ủy', 'tỉnh']);
  });
});

describe('user dictionary in the restorer', () => {
  it('applies fixed corrections', () => {
    const restorer = loadRestorer({ userDict: parseUserDictionary('ctia => của\nTinh ty => Tỉnh ủy') });
    expect(restoreText('Ban Thuong vu Tinh ty ctia tinh', restorer).text).toBe('Ban Thường vụ Tỉnh ủy của tỉnh');
  });
  it('teaches new syllables and phrases', () => {
    const plain = loadRestorer();
    const taught = loadRestorer({ userDict: parseUserDictionary('Xuân Quýnh\nphường Phố Hiến') });
    expect(restoreText('thuoc xa Xuan Quynh', plain).text).not.toContain('Xuân Quýnh');
    expect(restoreText('thuoc xa Xuan Quynh', taught).text).toContain('Xuân Quýnh');
    expect(restoreText('phuong Pho Hien', taught).text).toBe('phường Phố Hiến');
  });
});
