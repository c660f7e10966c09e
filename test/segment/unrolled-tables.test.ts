/**
 * Task tables copied out of a PDF: every cell on its own line or lines, no
 * blank line between them ("1" ⏎ content ⏎ lead ⏎ partners ⏎ deadline), a
 * group numeral alone with its title under it; and the same table from a
 * converter that wrote each cell between lone pipes.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { segmentLines } from '../../src/segment/segment.js';
import type { TableNode } from '../../src/tree.js';
import { toLines } from './helpers.js';

const TEXT = [
  'PHỤ LỤC',
  'NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN',
  'STT',
  'NHIỆM VỤ VÀ GIẢI PHÁP',
  'CHỦ TRÌ',
  'PHỐI HỢP',
  'THỜI GIAN',
  'I',
  'NHÓM',
  'GIẢI PHÁP VỀ CƠ CHẾ CHÍNH SÁCH',
  '1',
  'Rà soát, kịp thời cụ thể',
  'hoá các cơ chế, chính sách khuyến khích xã hội hóa.',
  'Sở Tài chính',
  'Sở, ban, ngành có liên quan',
  'Thường xuyên',
  '2',
  'Đề xuất giải pháp cải thiện',
  'môi trường đầu tư, kinh doanh.',
  'Ban Chỉ huy Phòng',
  'thủ dân sự tỉnh',
  'Sở Công Thương; Ban Quản lý khu Kinh tế tỉnh',
  '2026',
  '3',
  'Ban hành Quy chế phối hợp tìm kiếm, cứu nạn',
  'Sở Xây dựng',
  'Văn phòng Ban Chỉ',
  'huy và cơ quan, địa phương liên quan',
  'Sau khi có Quy chế',
  'của TW',
].join('\n');

const tableOf = (text: string) => (segmentLines(toLines(text)).blocks.find((b) => b.type === 'table') as TableNode).data.table;

describe('a table whose cells come one under another', () => {
  const table = tableOf(TEXT);

  it('names the columns from the labels stacked line by line', () => {
    expect(table.columns.map((c) => c.key)).toEqual(['stt', 'content', 'lead', 'partners', 'deadline']);
  });

  it('reads a group numeral alone on its line, with its title below', () => {
    expect(table.rows[0]).toMatchObject({ stt: null, group: 'I', groupTitle: 'NHÓM GIẢI PHÁP VỀ CƠ CHẾ CHÍNH SÁCH' });
  });

  it('starts a cell at a capital, keeps wrapped lines in their cell, and takes a bare year or an event as the deadline', () => {
    const [, first, second, third] = table.rows;
    expect(first!.cells).toMatchObject({
      content: 'Rà soát, kịp thời cụ thể hoá các cơ chế, chính sách khuyến khích xã hội hóa.',
      lead: 'Sở Tài chính',
      partners: 'Sở, ban, ngành có liên quan',
      deadline: 'Thường xuyên',
    });
    expect(second!.cells).toMatchObject({ lead: 'Ban Chỉ huy Phòng thủ dân sự tỉnh', deadline: '2026' });
    expect(third!.cells).toMatchObject({ lead: 'Sở Xây dựng', deadline: 'Sau khi có Quy chế của TW' });
  });

  it('gives the tasks their deadlines, and a lead the gazetteer does not know keeps its name', async () => {
    const { document } = await parse(TEXT, { restore: false });
    const second = document.tasks.find((t) => t.id.endsWith('I.2'))!;
    expect(second.lead.map((a) => a.canonical)).toEqual(['Ban Chỉ huy Phòng thủ dân sự tỉnh']);
    expect(second.deadlines.map((d) => d.due)).toEqual(['2026-12-31']);
    const third = document.tasks.find((t) => t.id.endsWith('I.3'))!;
    expect(third.deadlines.map((d) => d.kind)).toEqual(['conditional']);
  });
});

describe('cells between lone pipes (a Markdown table whose cells held line breaks)', () => {
  const md = ['**PHỤ LỤC**', '|', '**TT**', '|', '**Nội dung thực', 'hiện**', '|', '**Cơ quan chủ trì**', '|', '**Cơ quan phối hợp**', '|', '**Thời gian hoàn', 'thành**', '|', '|', '1', '|', 'Tổ chức lại Ban Chỉ huy cấp tỉnh,', 'cấp xã', '|', 'Bộ CHQS tỉnh', '|', 'Văn phòng Ban Chỉ huy', '|', 'Trước ngày', '30/11/2025', '|', '|'].join('\n');

  it('reads the pipes as the cells’ edges', async () => {
    const { document } = await parse(md, { restore: false, path: 'plan.md' });
    const task = document.tasks.find((t) => t.deadlines.length > 0)!;
    expect(task.lead.map((a) => a.canonical)).toEqual(['Bộ Chỉ huy Quân sự tỉnh']);
    expect(task.deadlines.map((d) => d.due)).toEqual(['2025-11-30']);
  });
});
