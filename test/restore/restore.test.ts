import { describe, expect, it } from 'vitest';
import { loadRestorer, restoreText } from '../../src/restore/index.js';
import { strip } from './helpers.js';

const restorer = loadRestorer();

const CLEAN = `Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, cơ quan, địa phương,
đơn vị thực hiện nghiêm túc, hiệu quả các nhiệm vụ trọng tâm sau:

1. Tiếp tục quán triệt, thực hiện nghiêm Kết luận số 186-KL/TW ngày 29/8/2025 của Bộ
Chính trị, Ban Bí thư về tình hình, kết quả hoạt động của bộ máy hệ thống chính trị.

2. Ủy ban nhân dân tỉnh chỉ đạo rà soát, hoàn thiện quy chế làm việc, bảo đảm
hoạt động thông suốt, hiệu quả; báo cáo kết quả trước ngày 15/10/2025.`;

describe('restoreText', () => {
  it('passes correctly accented text through untouched', () => {
    const result = restoreText(CLEAN, restorer);
    expect(result.text).toBe(CLEAN);
    expect(result.applied).toBe(false);
    expect(result.stats.changed).toBe(0);
  });

  it('restores accent-stripped text, keeping line structure, case and protected tokens', () => {
    const result = restoreText(strip(CLEAN), restorer);
    const out = result.text.split('\n');
    const want = CLEAN.split('\n');
    expect(out.length).toBe(want.length);
    // Protected tokens and layout come back byte for byte.
    for (const kept of ['186-KL/TW', '29/8/2025', '15/10/2025', '1. ', '2. ']) expect(result.text).toContain(kept);
    const words = (s: string): string[] => s.match(/\p{L}+/gu) ?? [];
    const got = words(result.text);
    const truth = words(CLEAN);
    expect(got.length).toBe(truth.length);
    const right = got.filter((w, i) => w === truth[i]).length;
    expect(right / truth.length).toBeGreaterThan(0.95);
    expect(result.applied).toBe(true);
    expect(result.stats.changed).toBeGreaterThan(30);
  });

  it('keeps UPPER and Title case as printed', () => {
    expect(restoreText('CONG HOA XA HOI CHU NGHIA VIET NAM', restorer).text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(restoreText('Uy ban nhan dan tinh', restorer).text).toBe('Ủy ban nhân dân tỉnh');
  });

  it('writes restored syllables in the requested tone style', () => {
    expect(restoreText('CONG HOA XA HOI', restorer, { toneStyle: 'modern' }).text).toBe('CỘNG HOÀ XÃ HỘI');
    // Printed syllables that are already right keep their own style.
    expect(restoreText('Cộng hoà xã hội chủ nghĩa', restorer).text).toBe('Cộng hoà xã hội chủ nghĩa');
  });

  it('reports changed tokens with offsets, confidence and alternatives', () => {
    const input = 'Ban Thuong vu Tinh uy';
    const result = restoreText(input, restorer);
    expect(result.tokens.length).toBeGreaterThan(0);
    for (const t of result.tokens) {
      expect(input.slice(t.start, t.end)).toBe(t.original);
      expect(t.confidence).toBeGreaterThan(0);
      expect(t.confidence).toBeLessThanOrEqual(1);
      for (const a of t.alternatives) expect(a.confidence).toBeLessThanOrEqual(t.confidence + 1e-9);
    }
    expect(result.stats.meanConfidence).toBeGreaterThan(0);
    expect(result.stats.meanConfidence).toBeLessThanOrEqual(1);
  });

  it('is deterministic: same input, same output, with a fresh restorer too', () => {
    const input = strip(CLEAN) + '\nThue hién Két luén sé 148-KL/TW ngiy 08/4/2025 ctia B Chinh tri';
    const a = restoreText(input, restorer);
    const b = restoreText(input, restorer);
    const c = restoreText(input, loadRestorer());
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it('handles empty and wordless input', () => {
    expect(restoreText('', restorer).text).toBe('');
    expect(restoreText('\n\n 12/3/2025 - 148-KL/TW\n', restorer).text).toBe('\n\n 12/3/2025 - 148-KL/TW\n');
    expect(restoreText('', restorer).stats.meanConfidence).toBe(1);
  });
});

describe('OCR-damaged text with the default dictionary', () => {
  const SCAN = `Ban Thuong vu Tinh 1y yéu ciu cac cép 1y, t6 chirc dang, co quan, dia phuong
thuc hién nghiém tuc Két ludn s6 186-KL/TW ngay 29/8/2025 ctia B¢ Chinh tri, nang
cao ty 16 dang vién tré va hoan thanh trong nam 2025.
12 Uy ban nhan dan tinh chi dao thuc hién.`;

  it('repairs letters OCR garbled and reads short numbers it printed for words', () => {
    const out = restoreText(SCAN, restorer).text;
    expect(out).toContain('Ban Thường vụ Tỉnh ủy');
    expect(out).toContain('Kết luận số 186-KL/TW ngày 29/8/2025 của Bộ Chính trị');
    expect(out).toContain('nâng\ncao tỷ lệ đảng viên');
    // A number first on its line is a number, whatever the channel thinks of it.
    expect(out.split('\n')[3]!.startsWith('12 Ủy ban nhân dân tỉnh')).toBe(true);
    expect(out.split('\n').length).toBe(4);
  });

  it('gives the same bytes every time', () => {
    expect(restoreText(SCAN, loadRestorer()).text).toBe(restoreText(SCAN, restorer).text);
  });
});
