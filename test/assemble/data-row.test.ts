import { describe, expect, it } from 'vitest';
import { isFiguresRow } from '../../src/assemble/data-row.js';
describe('isFiguresRow: a statistics row is no task', () => {
  it('tells rows of figures from rows of work', () => {
    expect(isFiguresRow('Bộ Tư pháp 19 07 12 12 12 0 100')).toBe(true);
    expect(isFiguresRow('TP Hà Nội 1149 - 1149 1149 1149 0 100')).toBe(true);
    expect(isFiguresRow('Tổ chức hội nghị sơ kết 6 tháng, báo cáo trước ngày 15/7/2025')).toBe(false);
    expect(isFiguresRow('Rà soát 100% hồ sơ của 34 xã, phường trong năm 2025')).toBe(false);
  });
});
