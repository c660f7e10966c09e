/**
 * Marks Vietnamese-model OCR puts wrong on valid syllables (src/restore/vie/): a word of
 * clean accented text gets the other reading of a learnt confusion only where the language
 * model wants it by far; the same word where it is right, and words of no learnt confusion,
 * stay as printed.
 */
import { describe, expect, it } from 'vitest';
import { loadRestorer, restoreText } from '../../src/restore/index.js';
import { parseVieConfusions } from '../../src/restore/vie/confusions.js';
import { lmGain, repairMarks } from '../../src/restore/vie/mark-repair.js';
import { VIE_MARK_THRESHOLD } from '../../src/restore/vie/threshold.js';
import { confusionRows } from '../../scripts/dict/vie-confusions.js';
import { emptyCounts } from '../../scripts/dict/channel-counts.js';

/** The confusions of the brief, as the table would count them. */
const TABLE = ['đối\tđổi\t6\t40\t30\t30', 'hãng\thằng\t3\t10\t0\t0', 'chỉ\tchi\t15\t26\t35\t35'].join('\n');
const restorer = loadRestorer({ vieMarks: { confusions: parseVieConfusions(TABLE), threshold: VIE_MARK_THRESHOLD } });
const without = loadRestorer({ vieMarks: null });
const BODY = 'Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành phối hợp thực hiện nghiêm túc các nội dung trên.';
const inDocument = (line: string) => `${BODY}\n${line}\n${BODY}`;

describe('vie marks in clean accented text', () => {
  it('gives a learnt confusion its other reading where the context wants it', () => {
    const line = 'Tiếp tục đẩy mạnh công cuộc đối mới, nâng cao hiệu quả hoạt động hãng năm của các cơ quan, đơn vị.';
    const out = restoreText(inDocument(line), restorer).text;
    expect(out).toBe(inDocument('Tiếp tục đẩy mạnh công cuộc đổi mới, nâng cao hiệu quả hoạt động hằng năm của các cơ quan, đơn vị.'));
    // Without the table the line is clean text, kept as printed.
    expect(restoreText(inDocument(line), without).text).toBe(inDocument(line));
  });

  it('keeps the same syllables where they are right', () => {
    const line = 'Đối với các nội dung chỉ đạo của tỉnh, các cơ quan chỉ được thực hiện theo đúng quy định; Đối tượng áp dụng.';
    expect(restoreText(inDocument(line), restorer).text).toBe(inDocument(line));
  });

  it('does not follow a phrase the model saw misprinted: the reading must sit better beside each neighbour too', () => {
    // The language model gives "hành chính và tố chức chính quyền" 7.5 nats over "tổ chức" (a typo
    // repeated in its training text); beside "và" and "chức" alone, "tổ" is far likelier.
    const withTo = loadRestorer({ vieMarks: { confusions: parseVieConfusions('tổ\ttố\t5\t74\t392\t392\n'), threshold: VIE_MARK_THRESHOLD } });
    const line = 'Thực hiện sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp.';
    expect(restoreText(inDocument(line), withTo).text).toBe(inDocument(line));
  });

  it('keeps case, and lists the decision with its odds for --explain', () => {
    const result = restoreText(inDocument('Báo cáo kết quả thực hiện HÃNG NĂM và chỉ tiết các nhiệm vụ.'), restorer, { explain: true });
    expect(result.text).toContain('HẰNG NĂM và chi tiết');
    const rows = (result.explained ?? []).filter((e) => e.reason.startsWith('vie-confusion'));
    expect(rows.map((e) => [e.input, e.output, e.reason])).toEqual([
      ['HÃNG', 'HẰNG', 'vie-confusion/clean'],
      ['chỉ', 'chi', 'vie-confusion/clean'],
    ]);
    for (const e of rows) expect(e.margin!).toBeGreaterThanOrEqual(VIE_MARK_THRESHOLD);
  });

  it('leaves English-model OCR (a noisy document) to the decoder', () => {
    const noisy = 'Tiep tuc day manh cong cuoc đối mới, nang cao hieu qua hoat dong cua cac co quan, don vi trong tinh.';
    const a = restoreText(noisy, restorer);
    const b = restoreText(noisy, without);
    expect(a.text).toBe(b.text);
  });
});

describe('repairMarks', () => {
  const lm = restorer.parts.lm;
  const ids = (words: string[]) => Int32Array.from(['<s>', ...words, '</s>'], (w) => lm.id(w));

  it('scores only the n-grams holding the word: no gain for the same word', () => {
    const s = ids(['công', 'cuộc', 'đối', 'mới']);
    expect(lmGain(s, 3, lm.id('đối'), lm)).toBe(0);
    expect(lmGain(s, 3, lm.id('đổi'), lm)).toBeGreaterThan(5);
  });

  it('needs the threshold: at an unreachable one nothing changes', () => {
    const s = ids(['công', 'cuộc', 'đối', 'mới']);
    expect(repairMarks(s, [{ at: 3, form: 'đối' }], parseVieConfusions(TABLE), lm, 1e9)).toEqual([]);
    const made = repairMarks(s, [{ at: 3, form: 'đối' }], parseVieConfusions(TABLE), lm, 0);
    expect(made.map((r) => r.intended)).toEqual(['đổi']);
    expect(s[3]).toBe(lm.id('đổi'));
  });
});

describe('the learnt table', () => {
  it('keeps pairs of valid syllables of the same letters seen twice or more, in classic tone placement', () => {
    const counts = emptyCounts();
    counts.intended.set('đổi', 40).set('đối', 30).set('hòa', 10).set('cao', 50);
    counts.printed.set('đối', new Map([['đối', 30], ['đổi', 5]]));
    counts.printed.set('hoà', new Map([['hòa', 4]]));
    counts.printed.set('cáo', new Map([['cao', 1]]));
    counts.printed.set('đôi', new Map([['đổi', 3], ['tôi', 2]]));
    expect(confusionRows(counts)).toEqual(['đôi\tđổi\t3\t40\t0\t0', 'đối\tđổi\t5\t40\t30\t30']);
  });

  it('reads the table into log ratios of the print under each reading', () => {
    const table = parseVieConfusions('đối\tđổi\t5\t40\t30\t30\n');
    expect(table.get('đối')![0]!.intended).toBe('đổi');
    expect(table.get('đối')![0]!.logRatio).toBeCloseTo(Math.log(5 / 40) - Math.log(31 / 31));
    expect(() => parseVieConfusions('đối\tđổi\tx\n')).toThrow(/malformed/u);
  });
});
