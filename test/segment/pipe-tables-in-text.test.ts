import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { isDelimiterRow, pipeTableLines, splitPipeRow } from '../../src/text/pipe-rows.js';

const DOC = [
  'ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA',
  'Số: 11/KH-UBND Khánh Hòa, ngày 28 tháng 7 năm 2026',
  'KẾ HOẠCH',
  'Triển khai nhiệm vụ trọng tâm',
  '',
  'PHỤ LỤC: DANH MỤC NHIỆM VỤ',
  '',
  '| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |',
  '| :---: | :--- | :--- | :--- | :---: |',
  '| **I** | **NHÓM THỂ CHẾ** | | | |',
  '| 1 | Rà soát, ban hành Khung kiến trúc số cấp tỉnh | Sở Khoa học và Công nghệ | Sở Nội vụ | 30/11/2026 |',
  '| 2 | Rà soát quy định nội bộ \\| quy trình | Sở Tư pháp | Sở Tài chính | 30/9/2026 |',
  '',
].join('\n');

describe('pipe tables in plain text', () => {
  it('splits rows on unescaped pipes and tells the delimiter row', () => {
    expect(splitPipeRow('| **I** | a \\| b | |')).toEqual(['I', 'a | b', '']);
    expect(isDelimiterRow('| :---: | :--- |')).toBe(true);
    expect(isDelimiterRow('| 1 | --- |')).toBe(false);
    expect([...pipeTableLines(['x', '| a | b |', '|---|---|', '| 1 | 2 |', 'y', '| c | d |'])]).toEqual([1, 2, 3]);
  });

  it('gives the same tasks as the same table in Markdown', async () => {
    const asText = await parse(DOC, { path: 'plan.txt', restore: false });
    const asMarkdown = await parse(DOC, { path: 'plan.md', restore: false });
    const view = (r: typeof asText) =>
      r.document.tasks.map((t) => [t.text, t.lead.map((a) => a.canonical), t.partners.map((a) => a.canonical), t.deadlines.map((d) => d.due)]);
    expect(view(asText)).toEqual([
      ['Rà soát, ban hành Khung kiến trúc số cấp tỉnh', ['Sở Khoa học và Công nghệ'], ['Sở Nội vụ'], ['2026-11-30']],
      ['Rà soát quy định nội bộ | quy trình', ['Sở Tư pháp'], ['Sở Tài chính'], ['2026-09-30']],
    ]);
    expect(view(asText)).toEqual(view(asMarkdown));
  });
});
