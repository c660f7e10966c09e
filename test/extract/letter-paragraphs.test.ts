/**
 * Letters that hand out work in plain paragraphs, no numbered items: the paragraph that gives the
 * order is the letter's task, the request after the quoted law stands apart from it, and the
 * formula sending the letter "để … biết, thực hiện" is none.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const HEAD = ['VĂN PHÒNG CHÍNH PHỦ', 'Số: 11/VPCP-CN', 'V/v triển khai Kết luận', 'Hà Nội, ngày 26 tháng 11 năm 2025', 'Kính gửi: Bộ Xây dựng.'];

const tasksOf = async (lines: string[]) => {
  const { document } = await parse([...HEAD, ...lines].join('\n'), { restore: false });
  return document.tasks.map((t) => ({ lead: t.lead.map((a) => a.canonical), text: t.text.slice(0, 20) }));
};

describe('a letter with no items', () => {
  it('has the paragraph giving the order as its task, led by the body after the opening clause', async () => {
    const tasks = await tasksOf([
      'Trên cơ sở Báo cáo số 1052/BC-CP ngày 12/11/2025 của Chính phủ và Kết luận của Văn phòng Quốc hội, Bộ Xây dựng làm việc với các cơ quan của Quốc hội để bổ sung các văn bản cần thiết, bảo đảm tiến độ hoàn thành Dự án vào năm 2026.',
      'Văn phòng Chính phủ xin thông báo để Bộ Xây dựng và các cơ quan liên quan biết, thực hiện./.',
    ]);
    expect(tasks).toEqual([{ lead: ['Bộ Xây dựng'], text: 'Trên cơ sở Báo cáo s' }]);
  });

  it('takes a request after a finished sentence as a paragraph of its own, even wrapped without a blank line', async () => {
    const tasks = await tasksOf([
      'Cục Thuế có ý kiến như sau:',
      '- Tại khoản 1 Điều 60 Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài chính hướng dẫn:',
      '"Hồ sơ miễn, giảm tiền sử dụng đất gồm văn bản đề nghị theo mẫu."',
      'Căn cứ các quy định nêu trên, người có công được miễn hoặc giảm tiền sử dụng đất một lần theo quy định.',
      'Đề nghị Thuế tỉnh Nghệ An phối hợp với các cơ quan chức năng của địa phương căn cứ quy định để thực hiện.',
    ]);
    expect(tasks).toEqual([{ lead: ['Thuế tỉnh Nghệ An'], text: 'Đề nghị Thuế tỉnh Ng' }]);
  });
});
