/**
 * Task tables whose scanned pages OCR printed differently: a page of rows on
 * lines, then a page that prints every cell as its own paragraph under its
 * own header, with row numbers lost.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { segmentLines } from '../../src/segment/segment.js';
import { cellsByDeadline } from '../../src/segment/tables/cells.js';
import type { TableNode } from '../../src/tree.js';
import { toLines } from './helpers.js';

const TEXT = [
  'PHỤ LỤC',
  'STT Nội dung nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành Ghi chú',
  '1 Xây dựng quy chế làm việc của Ban Chỉ đạo tỉnh Sở Nội vụ Các sở, ngành Trước ngày 15/9/2025',
  '2 Tổng kết công tác chuyển đổi số năm 2025 Sở Khoa học và Công nghệ Các xã, phường Tháng 12/2025',
  ' Nội dung, nhiệm vụ',
  '',
  'Cơ quan chủ trì',
  '',
  'Cơ quan phối hợp',
  '',
  'Thời gian',
  'hoàn thành',
  '',
  'Ghi chú',
  '',
  'Rà soát, sắp xếp các trường học trên địa bàn',
  'các xã, phường sau sáp nhập.',
  '',
  '- Sở Giáo dục và Đào tạo',
  '',
  'Ủy ban nhân dân các',
  'xã, phường',
  '',
  'Trong tháng 10/2025',
  '',
  '5.',
  '',
  'Kiểm tra việc quản lý tài sản công tại các đơn vị sự nghiệp.',
  '',
  'Sở Tài chính',
  '',
  'Thanh tra tỉnh',
  '',
  'Trước ngày',
  '30/11/2025',
  '',
].join('\n');

describe('a task table printed one cell per paragraph on a later page', () => {
  const table = (segmentLines(toLines(TEXT)).blocks.find((b) => b.type === 'table') as TableNode).data.table;

  it('reads the rows of every page, cell by cell where the page prints them so', () => {
    expect(table.rows.map((r) => r.stt)).toEqual(['1', '2', '4', '5']);
    const [, , lost, fifth] = table.rows;
    expect(lost!.cells).toMatchObject({
      content: 'Rà soát, sắp xếp các trường học trên địa bàn các xã, phường sau sáp nhập.',
      lead: '- Sở Giáo dục và Đào tạo',
      partners: 'Ủy ban nhân dân các xã, phường',
      deadline: 'Trong tháng 10/2025',
    });
    expect(fifth!.cells).toMatchObject({ lead: 'Sở Tài chính', partners: 'Thanh tra tỉnh', deadline: 'Trước ngày 30/11/2025' });
  });

  it('numbers a row whose number was lost from the next numbered row, and says so', () => {
    const { issues } = segmentLines(toLines(TEXT));
    expect(issues.map((i) => i.ruleId)).toContain('table-row-number-inferred');
  });

  it('gives the tasks their lead, partners and deadline', async () => {
    const { document } = await parse(TEXT, { restore: false });
    const task = document.tasks.find((t) => t.id === 'table:phu-luc:5')!;
    expect(task.lead.map((a) => a.canonical)).toEqual(['Sở Tài chính']);
    expect(task.deadlines.map((d) => d.due)).toEqual(['2025-11-30']);
  });
});

describe('cells printed one under another', () => {
  it('close at the deadline and fill content, lead and partners from the right', () => {
    expect(cellsByDeadline(['Nội dung', 'tiếp nội dung', 'Sở Nội vụ', 'Các xã, phường', 'Trước ngày 30/7/2025'])).toEqual({
      content: 'Nội dung tiếp nội dung',
      lead: 'Sở Nội vụ',
      partners: 'Các xã, phường',
      deadline: 'Trước ngày 30/7/2025',
      notes: '',
    });
    expect(cellsByDeadline(['Nội dung', 'Sở Nội vụ', 'Tháng 9/2025'])).toMatchObject({ lead: 'Sở Nội vụ', partners: '', deadline: 'Tháng 9/2025' });
    expect(cellsByDeadline(['Nội dung', 'Sở Nội vụ'])).toBeNull();
  });
});

describe('task ids of a table', () => {
  it('tell apart a number printed twice ("5", then "5#2")', async () => {
    // The stacked page numbers its rows anew (a group whose title OCR lost): its "5." is the second 5.
    const text = TEXT.replace('1 Xây dựng', '4 Xây dựng').replace('2 Tổng kết', '5 Tổng kết');
    const { document } = await parse(text, { restore: false });
    expect(document.tasks.map((t) => t.id)).toEqual(['table:phu-luc:4', 'table:phu-luc:5', 'table:phu-luc:4#2', 'table:phu-luc:5#2']);
  });
});
