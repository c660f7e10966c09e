import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { bodyAfterHeading, documentToMarkdown } from '../../src/write/markdown.js';

const TEXT = [
  'TỈNH ỦY HƯNG YÊN',
  'Số 642-KH/TU',
  'Hưng Yên, ngày 28 tháng 4 năm 2025',
  '',
  'KẾ HOẠCH',
  'thực hiện Kết luận số 148-KL/TW',
  '',
  'I- MỤC ĐÍCH, YÊU CẦU',
  '1. Mục đích',
  'Thống nhất cao nhận thức về *nhiệm vụ* và [kế hoạch].',
  '- Các sở, ban, ngành quán triệt.',
  '+ Báo cáo hằng quý.',
  '- Văn phòng Tỉnh ủy theo dõi.',
  '',
].join('\n');

describe('Markdown output', () => {
  it('prints the header, headings for numbered sections, lists for dash and plus items', async () => {
    const { document } = await parse(TEXT, { restore: false });
    const md = documentToMarkdown(document);
    expect(md).toMatch(/^# Kế hoạch 642-KH\/TU$/mu);
    expect(md).toMatch(/^## I- MỤC ĐÍCH, YÊU CẦU$/mu);
    expect(md).toMatch(/^### 1\. Mục đích$/mu);
    expect(md).toMatch(/^- Các sở, ban, ngành quán triệt\.$/mu);
    expect(md).toMatch(/^ {2}- Báo cáo hằng quý\.$/mu);
    // Text that Markdown would read as markup is escaped.
    expect(md).toContain('\\*nhiệm vụ\\*');
    expect(md.match(/MỤC ĐÍCH, YÊU CẦU/gu)).toHaveLength(1);
  });

  it('finds the body after a heading repeated in the text, across wrapped lines', () => {
    expect(bodyAfterHeading('Mục đích\nThống nhất', 'Mục đích')).toBe('Thống nhất');
    expect(bodyAfterHeading('Việc khắc phục\nhạn chế\nNội dung', 'Việc khắc phục hạn chế')).toBe('Nội dung');
    expect(bodyAfterHeading('Khác hẳn', 'Mục đích')).toBe('Khác hẳn');
    expect(bodyAfterHeading('Văn bản', null)).toBe('Văn bản');
  });
});
