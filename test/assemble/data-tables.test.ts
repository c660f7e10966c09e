/**
 * A table of data appended to a directive (a list of mines with their licences and reserves):
 * its header prints labels, none of them a column a task table has, so its rows are no tasks;
 * the same rows under a header that names the task columns are.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';

const BODY = [
  'Kính gửi: Sở Nông nghiệp và Môi trường.',
  '1. Giao Sở Nông nghiệp và Môi trường rà soát danh mục các mỏ theo Phụ lục đính kèm.',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT.',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Nguyễn Văn A',
];

const ROWS = ['I', 'Đá xây dựng: 38', '1', 'Công ty Cổ phần Khoáng sản Bình Dương', 'Mỏ Phước Vĩnh, xã Phú Giáo', '137/GP-UBND ngày 13/07/2017', '10.627.089', '2', 'Công ty Cổ phần Miền Đông', 'Mỏ Rạch Rạc, xã Phú Giáo', '61/GP-UBND ngày 21/06/2019', '25.100.000'];

const appendix = (header: string[]) => [...BODY, 'Phụ lục:', 'DANH MỤC CÁC KHU VỰC MỎ KHOÁNG SẢN', ...header, ...ROWS].join('\n');

const tableTasks = async (text: string) => (await parse(text, { restore: false })).document.tasks.filter((t) => t.source === 'table');

describe('tables of data are not task tables', () => {
  it('takes no task from a table whose labels name no task column', async () => {
    const doc = (await parse(appendix(['TT', 'Đơn vị khai thác', 'Khu vực khoáng sản', 'Số giấy phép', 'Trữ lượng (m3)']), { restore: false })).document;
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.rows.length).toBeGreaterThan(1);
    expect(doc.tasks.filter((t) => t.source === 'table')).toEqual([]);
  });

  it('takes the rows of the same table under task columns', async () => {
    expect(await tableTasks(appendix(['STT', 'Nội dung', 'Đơn vị chủ trì', 'Thời gian']))).toHaveLength(2);
  });
});
