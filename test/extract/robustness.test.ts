/**
 * No input makes extraction slow: every grammar is linear in its text and
 * every lookup between entities is indexed, so long runs of what the
 * grammars look for (digits, slashes, "số", Roman numerals, names, lists,
 * cues) finish in seconds where quadratic time would take hours. A quarter megabyte is enough to
 * tell linear from quadratic (which would take hours); the grammar tests run
 * a full megabyte.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { analyse } from '../../src/extract/analyse.js';

const SIZE = 1 << 18;
const run = (unit: string, size = SIZE) => unit.repeat(Math.ceil(size / unit.length));

describe.each([
  '7',
  '/',
  '-',
  '.',
  'số ',
  'XIV',
  '1.',
  ', ',
  'Sở Nội vụ; ',
  'Ban Tổ chức Tỉnh ủy chủ trì, ',
  'phối hợp với Sở Tài chính, ',
  '148-KL/TW của Bộ Chính trị, ',
  'Kế hoạch số 1, 2, 3-KH/TU; ',
  '(Thực hiện thường xuyên). ',
  'trước ngày 1/1/2025 sau khi có ý kiến, ',
  'Nghị quyết Đại hội XIII, ',
  'céc cơ quan, đơn vị, ',
])('a quarter megabyte of %j', (unit) => {
  it('is analysed in linear time', () => {
    const e = analyse(run(unit), { documentDate: '2025-04-28' });
    expect(e.references.length + e.deadlines.length + e.agencies.length).toBeGreaterThanOrEqual(0);
  });
});

describe('a long document', () => {
  it('assembles its references and tasks in linear time', async () => {
    const body = run('- Sở Nội vụ chủ trì thực hiện Kết luận số 148-KL/TW ngày 08/4/2025 của Bộ Chính trị (Hoàn thành trong Quý IV/2025).\n', SIZE);
    const text = `TỈNH ỦY HƯNG YÊN ĐẢNG CỘNG SẢN VIỆT NAM\nSố 1-KH/TU Hưng Yên, ngày 28 tháng 4 năm 2025\nKẾ HOẠCH\nthực hiện\n\nI- NHIỆM VỤ\n\n1. Nhiệm vụ:\n${body}`;
    const { document } = await parse(text, { restore: false });
    expect(document.references.map((r) => r.id)).toEqual(['148-KL/TW']);
    expect(document.tasks.length).toBeGreaterThan(1000);
  });
});
