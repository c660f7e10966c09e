import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { splitWrappedRow, startsWrappedRow, wrappedPipeTables } from '../../src/text/wrapped-pipe-rows.js';

// A task table as an English-model OCR gives it back: rows wrapped, blank lines inside a row,
// the delimiter row read as debris, a group numeral read as "11", a pipe read as a brace.
const OCR_TABLE = [
  '| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời',
  'hạn |',
  '',
  '[mnt | oe | oe [ge |',
  '',
  '| 1 | Rà soát, ban hành Khung kiến trúc số cấp tỉnh | Sở Khoa học và',
  'Công nghệ | Sở Nội vụ | 30/11/2026 |',
  '',
  '| 11| NHÓM HẠ TẦNG SỐ || ||',
  '',
  '| 2 | Rà soát quy định nội bộ, quy trình |',
  '',
  'Sở Tư pháp | Sở Tài chính { 30/9/2026 |',
  '| 3 | Tổ chức diễn tập | Công an tỉnh | Sở Nội vụ | 31/10/2026 |',
  '',
  'Kế hoạch này được phổ biến đến các cơ quan.',
];

describe('pipe tables that OCR wrapped', () => {
  it('tells row starts, their wrapped lines and the debris apart, and stops at the text after the table', () => {
    const parts = wrappedPipeTables(OCR_TABLE);
    expect([...parts].sort((a, b) => a[0] - b[0]).map(([i, p]) => `${i}:${p}`)).toEqual([
      '0:start', '1:more', '2:skip', '3:skip', '4:skip',
      '5:start', '6:more', '7:skip', '8:start', '9:skip', '10:start', '11:skip', '12:more', '13:start',
    ]);
    expect(parts.has(15)).toBe(false);
  });

  it('reads brackets and braces printed for pipes as borders', () => {
    expect(splitWrappedRow('| 2 | Rà soát | Sở Tư pháp | Sở Tài chính { 30/9/2026 |')).toEqual(['2', 'Rà soát', 'Sở Tư pháp', 'Sở Tài chính', '30/9/2026']);
    // A row short of the header's cells: a lone I before a capital was a pipe.
    expect(splitWrappedRow('| 37 | Phối hợp | Sở Công Thương I Công an tỉnh | 30/9/2026 |', 4)).toEqual(['37', 'Phối hợp', 'Sở Công Thương I Công an tỉnh', '30/9/2026']);
    expect(splitWrappedRow('| 37 | Phối hợp | Sở Công Thương I Công an tỉnh | 30/9/2026 |', 5)).toEqual(['37', 'Phối hợp', 'Sở Công Thương', 'Công an tỉnh', '30/9/2026']);
    expect(splitWrappedRow('| 7 | Quý I Năm 2026 | Sở Nội vụ | Sở Y tế | 30/9/2026 |', 5)).toEqual(['7', 'Quý I Năm 2026', 'Sở Nội vụ', 'Sở Y tế', '30/9/2026']);
    expect(startsWrappedRow('119] Tổ chức diễn tập | Công an tỉnh')).toBe(true);
    expect(startsWrappedRow('| Sở Tư pháp | Sở Tài chính |')).toBe(false);
  });

  it('leaves one numbered line with pipes in running text alone', () => {
    expect(wrappedPipeTables(['Các mục | a | b | c', '1 | xem trên', 'Hết.']).size).toBe(0);
  });

  it('gives the tasks, leads, partners and deadlines of the rows', async () => {
    const doc = ['ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA', 'Số: 11/KH-UBND Khánh Hòa, ngày 28 tháng 7 năm 2026', 'KẾ HOẠCH', 'Triển khai nhiệm vụ', '', 'PHỤ LỤC', '', ...OCR_TABLE].join('\n');
    const r = await parse(doc, { path: 'plan.txt', restore: false });
    expect(r.document.tasks.map((t) => [t.lead.map((a) => a.canonical), t.partners.map((a) => a.canonical), t.deadlines.map((d) => d.due)])).toEqual([
      [['Sở Khoa học và Công nghệ'], ['Sở Nội vụ'], ['2026-11-30']],
      [['Sở Tư pháp'], ['Sở Tài chính'], ['2026-09-30']],
      [['Công an tỉnh'], ['Sở Nội vụ'], ['2026-10-31']],
    ]);
  });
});
