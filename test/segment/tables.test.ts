/** Appendix tables: real rows of seed 004, and Markdown tables. */
import { describe, expect, it } from 'vitest';
import { segmentLines } from '../../src/segment/segment.js';
import type { LineNode, TableNode } from '../../src/tree.js';
import type { TableRow } from '../../src/types.js';
import { seedText, toLines } from './helpers.js';

const tables = segmentLines(toLines(seedText('004'))).blocks.filter((b): b is TableNode => b.type === 'table');
const [indicators, tasks] = tables.map((t) => t.data.table);

function row(rows: TableRow[], group: string, stt: string): TableRow {
  const found = rows.find((r) => r.group === group && r.stt === stt);
  if (!found) throw new Error(`no row ${group}.${stt}`);
  return found;
}

describe('Phụ lục 1: indicators', () => {
  it('names the columns from the flattened header', () => {
    expect(indicators!.columns.map((c) => c.label)).toEqual([
      'STT',
      'Chỉ tiêu',
      'ĐVT',
      'Kết quả 9 tháng',
      'Mục tiêu Quý IV',
      'Mục tiêu năm 2025',
      'Đơn vị chủ trì thực hiện',
      'Đơn vị theo dõi tổng hợp báo cáo',
      'Ghi chú',
    ]);
    expect(indicators!.label).toBe('Phụ lục 1');
    expect(indicators!.caption).toMatch(/^\(Kèm theo Kế hoạch hành động/u);
  });

  it('splits a row whose cells wrap over several lines', () => {
    expect(row(indicators!.rows, 'II', '16').cells).toMatchObject({
      content: 'Tạo việc làm mới cho lao động',
      unit: 'Người',
      'ket-qua-9-thang': '45,400',
      'muc-tieu-quy-iv': '14.600 trở lên',
      'muc-tieu-nam-2025': '60.000 trở lên',
      lead: 'Sở Nội vụ; các xã, phường',
      'don-vi-theo-doi-tong-hop-bao-cao': 'Sở Nội vụ',
    });
  });

  it('tells the lead agencies from the monitoring ones', () => {
    expect(row(indicators!.rows, 'I', '2.2').cells).toMatchObject({
      content: 'Công nghiệp',
      lead: 'Sở Công thương; Ban Quản lý Khu kinh tế và các khu công nghiệp; Ban Quản lý các khu công nghiệp; các xã, phường',
      'don-vi-theo-doi-tong-hop-bao-cao': 'Sở Công Thương; Thống kê tỉnh',
    });
    expect(row(indicators!.rows, 'I', '2.3').cells['lead']).toBe('Sở Xây dựng; các Ban quản lý dự án;các xã, phường');
  });

  it('reads multi-word units and empty values', () => {
    expect(row(indicators!.rows, 'I', '8').cells).toMatchObject({ unit: 'Tỷ đồng', 'muc-tieu-nam-2025': '>74.400' });
    expect(row(indicators!.rows, 'I', '12').cells).toMatchObject({ unit: 'Triệu lượt khách', 'ket-qua-9-thang': '-', 'muc-tieu-nam-2025': '3.9' });
    expect(row(indicators!.rows, 'I', '3').cells).toMatchObject({ 'ket-qua-9-thang': '81.2', 'muc-tieu-quy-iv': '-', 'muc-tieu-nam-2025': '83.0' });
  });

  it('records group rows and the group of each row', () => {
    const groups = indicators!.rows.filter((r) => r.stt === null).map((r) => [r.group, r.groupTitle]);
    expect(groups).toEqual([
      ['I', 'Các chỉ tiêu kinh tế'],
      ['II', 'Các chỉ tiêu về văn hóa - xã hội'],
      ['III', 'Các chỉ tiêu môi trường'],
    ]);
    expect(row(indicators!.rows, 'III', '20').groupTitle).toBe('Các chỉ tiêu môi trường');
  });
});

describe('Phụ lục 2: tasks by agency', () => {
  it('groups the tasks under the agency that leads them', () => {
    expect(tasks!.columns.map((c) => c.key)).toEqual(['stt', 'content', 'deadline', 'notes']);
    expect(row(tasks!.rows, 'VII', '1').groupTitle).toBe('Thuế tỉnh');
    expect(tasks!.rows.filter((r) => r.stt === null)).toHaveLength(21);
  });

  it('splits the deadline off the end of a one-line row', () => {
    expect(row(tasks!.rows, 'III', '3').cells).toMatchObject({
      content: 'Tham mưu Phương án tổng thể về quản lý kiến trúc đô thị để áp dụng đồng bộ, thống nhất trong phạm vi toàn tỉnh',
      deadline: 'Quý IV',
    });
    expect(row(tasks!.rows, 'XIX', '1').cells['deadline']).toBe('Hàng tháng, quý');
  });

  it('takes a deadline printed below the content over several chunks', () => {
    expect(row(tasks!.rows, 'IX', '4').cells).toMatchObject({
      content: 'Tham mưu Chương trình phát triển tài sản trí tuệ tỉnh Hưng Yên giai đoạn 2026-2030',
      deadline:
        'Sau khi có Quyết định sửa đổi, bổ sung Quyết định số 1068/QĐ-TTg ngày 22/8/2019 của Thủ tướng Chính phủ về việc phê duyệt Chiến lược sở hữu trí tuệ đến năm 2030',
    });
    expect(row(tasks!.rows, 'VI', '12').cells['deadline']).toBe('Tháng 9-quý I/2026');
  });

  it('does not start a row at a wrapped line beginning with a number', () => {
    expect(row(tasks!.rows, 'X', '2').cells['content']).toMatch(/282\/NQ-CP ngày 15\/9\/ 2025/u);
  });
});

describe('Markdown tables', () => {
  it('names the columns of a GFM table and keeps its groups', () => {
    const cells = [
      ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
      ['---', '---', '---', '---'],
      ['I', 'Sở Nội vụ', '', ''],
      ['1', 'Rà soát biên chế', 'Sở Nội vụ', 'Quý IV'],
    ];
    const lines: LineNode[] = toLines(cells.map((c) => `| ${c.join(' | ')} |`).join('\n')).map((l, i) => ({
      ...l,
      data: { markdown: 'tableRow', cells: cells[i] },
    }));
    const table = segmentLines(lines).blocks.find((b): b is TableNode => b.type === 'table')!.data.table;
    expect(table.columns.map((c) => c.key)).toEqual(['stt', 'content', 'lead', 'deadline']);
    expect(table.rows.map((r) => [r.stt, r.group, r.cells['content']])).toEqual([
      [null, 'I', 'Sở Nội vụ'],
      ['1', 'I', 'Rà soát biên chế'],
    ]);
  });
});

import { appendixLabel } from '../../src/segment/tables/build-table.js';
describe('appendix titles', () => {
  it.each([
    ['PHỤ LỤC', 'PHỤ LỤC'],
    ['Phụ lục 2:', 'Phụ lục 2'],
    ['PHỤ LỤC II', 'PHỤ LỤC II'],
    // Specks a scan leaves after the title are not part of it.
    ['PHỤ LỤC , cũ ; ;', 'PHỤ LỤC'],
    ['PHU LUC , el ; ;', 'PHU LUC'],
    ['Phụ lục kèm theo Quyết định', null],
    ['Phụ lục I. DANH MỤC NHIỆM VỤ', null],
  ])('%s', (line, label) => expect(appendixLabel(line)).toBe(label));
});
