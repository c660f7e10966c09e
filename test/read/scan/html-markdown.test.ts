/** mammoth's HTML as the Markdown the reader parses. */
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../../src/read/scan/html-markdown.js';

describe('htmlToMarkdown', () => {
  it('writes headings and paragraphs as blocks, with entities decoded and inline markup dropped', () => {
    expect(htmlToMarkdown('<h1>KẾ HOẠCH</h1><p>Căn cứ <strong>Nghị quyết</strong> số 19-NQ/TW &amp; Kết luận</p><p></p><p>I. MỤC TIÊU</p>')).toBe(
      '# KẾ HOẠCH\n\nCăn cứ Nghị quyết số 19-NQ/TW & Kết luận\n\nI. MỤC TIÊU\n',
    );
  });

  it('numbers ordered lists, marks bulleted ones and indents nested lists', () => {
    const html = '<ol><li>Sở Tài chính<ul><li>bố trí vốn</li><li>báo cáo</li></ul></li><li>Sở Nội vụ</li></ol><p>Sau</p>';
    expect(htmlToMarkdown(html)).toBe('1. Sở Tài chính\n   - bố trí vốn\n   - báo cáo\n2. Sở Nội vụ\n\nSau\n');
  });

  it('writes a data table as a GFM table, cells joined and pipes escaped', () => {
    const html =
      '<table><tr><th><p>STT</p></th><th><p>Nhiệm vụ</p></th><th><p>Thời hạn</p></th></tr>' +
      '<tr><td><p>1</p></td><td><p>Rà soát a|b</p><p>và báo cáo</p></td><td><p>Quý I/2026</p></td></tr></table>';
    expect(htmlToMarkdown(html)).toBe('| STT | Nhiệm vụ | Thời hạn |\n| --- | --- | --- |\n| 1 | Rà soát a\\|b và báo cáo | Quý I/2026 |\n');
  });

  it('lays a two-column heading table out side by side, as the printed page has it', () => {
    const html =
      '<table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>TỈNH AN GIANG</p></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p></td></tr></table><p>KẾ HOẠCH</p>';
    expect(htmlToMarkdown(html)).toBe(
      'ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH AN GIANG          Độc lập - Tự do - Hạnh phúc\n\nKẾ HOẠCH\n',
    );
  });
});
