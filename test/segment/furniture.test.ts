/** Page furniture: a line without words is noise, unless it is a year or date the wrap pushed down. */
import { describe, expect, it } from 'vitest';
import { findFurniture } from '../../src/segment/furniture.js';
import { toLines } from './helpers.js';

const reasons = (text: string) => [...findFurniture(toLines(text))].filter(([, r]) => r !== 'blank');

describe('furniture', () => {
  it('keeps a year, a span of years or a date that ends the sentence above', () => {
    expect(reasons('1. Thời gian: từ nay đến năm\n2030.\n')).toEqual([]);
    expect(reasons('đảm bảo cung cấp dịch vụ công trực tuyến\n(2027 - 2030).\n')).toEqual([]);
    expect(reasons('huy động doanh nghiệp tham gia (xuyên suốt 2025 -\n2035).\n')).toEqual([]);
    expect(reasons('báo cáo Sở Nông nghiệp và Môi trường trước ngày\n15/01/2026.\n')).toEqual([]);
  });

  it('still drops a stray line without words, and a timestamp under a signature', () => {
    expect(reasons('tổ chức thực hiện.\n* * *\nII. NHIỆM VỤ')).toEqual([[1, 'noise']]);
    expect(reasons('ĐẢNG UỶ XÃ CÔNG HẢI\n13-11-2025 15:21:37 +07:00\n')).toEqual([[1, 'noise']]);
    // A year after a finished sentence is no part of it.
    expect(reasons('Hoàn thành các nhiệm vụ.\n2025\n')).toEqual([[1, 'noise']]);
  });
});
