/**
 * Pages copied from legal web sites keep the PDF's line breaks and its first-line indent: each
 * paragraph opens with a short line, and a task table's cells, one per line, make most lines
 * short. The paragraphs must still be those the page shows, and a heading naming bodies over a
 * sentence that says who does what leaves the sentence to decide.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { ignorable, type Entry } from '../../src/segment/body.js';
import { toParagraphs } from '../../src/segment/sections/paragraphs.js';
import { typicalWidth } from '../../src/segment/text/shape.js';
import { toLines } from './helpers.js';

const HEAD = ['ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'Số: 20/KH-UBND', 'Thành phố Hồ Chí Minh, ngày 3 tháng 5 năm 2025', 'KẾ HOẠCH', 'về kết nối dữ liệu', ''];
const PROSE = 'các đơn vị có liên quan tổ chức đào tạo, tập huấn và tuyên truyền nhằm trang bị';

/** A table's cells one per line: many short lines, which must not make the prose's lines read as short. */
const CELLS = Array.from({ length: 14 }, (_, i) => `Cột dữ liệu số ${i + 1} của bảng`);

const doc = [
  ...HEAD,
  'I. TỔ CHỨC THỰC HIỆN',
  '',
  '1. Sở',
  'Khoa học và Công nghệ, Sở Nội vụ',
  '',
  'Sở Khoa học và Công nghệ chủ',
  `trì, phối hợp với Sở Nội vụ và ${PROSE}`,
  'kiến thức cho cán bộ, công chức, viên chức.',
  '',
  '2. Trung',
  'tâm Chuyển đổi số Thành phố',
  '',
  'Trung tâm Chuyển đổi số',
  `Thành phố chủ trì, phối hợp với Công an Thành phố và ${PROSE}`,
  'kiến thức cho cán bộ, công chức, viên chức.',
  '',
  'II. PHỤ LỤC',
  ...CELLS,
].join('\n');

describe('a page copied from the web', () => {
  it('keeps a paragraph whole past its short first line, and the sentence decides the lead over a heading of names', async () => {
    const { document } = await parse(doc, { restore: false });
    const leads = document.tasks.map((t) => t.lead.map((a) => a.canonical));
    expect(leads).toEqual([['Sở Khoa học và Công nghệ'], ['Trung tâm Chuyển đổi số Thành phố']]);
    expect(document.tasks.map((t) => t.partners.map((a) => a.canonical))).toEqual([
      ['Sở Nội vụ', 'Các cơ quan, đơn vị liên quan'],
      ['Công an thành phố', 'Các cơ quan, đơn vị liên quan'],
    ]);
  });
});

describe("a body's name wrapped before its place", () => {
  it('runs on into the next line, so the heading names the whole body', async () => {
    const text = [
      ...HEAD,
      'I. TỔ CHỨC THỰC HIỆN',
      '',
      '1. Bộ Tư lệnh',
      `Thành phố chủ trì, phối hợp với Sở Nông nghiệp và Môi trường tổ chức diễn tập phòng thủ dân sự ${PROSE}.`,
      '',
      '2. Đề nghị Ủy ban Mặt trận',
      'Tổ quốc Việt Nam thành phố và các Đoàn thể',
      '- Đẩy mạnh công tác tuyên truyền, vận động Nhân dân tham gia.',
    ].join('\n');
    const { document } = await parse(text, { restore: false });
    expect(document.tasks.map((t) => t.lead.map((a) => a.canonical))).toEqual([
      ['Bộ Tư lệnh Thành phố'],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam thành phố', 'Các đoàn thể'],
    ]);
  });
});

describe('a dash item whose first line is short', () => {
  it('has no title: the line runs on into the sentence', async () => {
    const text = [
      ...HEAD,
      'I. TỔ CHỨC THỰC HIỆN',
      '',
      `- Phối hợp với lực lượng quân đội, công an hỗ trợ vận chuyển nước, ${PROSE}.`,
      '',
      '- Mặt trận Tổ quốc, Đoàn',
      `Thanh niên, Hội Phụ nữ hỗ trợ người dân khắc phục hậu quả, ${PROSE}.`,
    ].join('\n');
    const { document } = await parse(text, { restore: false });
    expect(document.tasks.at(-1)!.lead.map((a) => a.canonical)).toEqual(['Mặt trận Tổ quốc Việt Nam', 'Đoàn Thanh niên', 'Hội Phụ nữ']);
  });
});

describe('the measure of a page with a table', () => {
  it('is that of its prose at the upper quantile, where the median is a cell', () => {
    const texts = [...Array.from({ length: 30 }, () => 'x'.repeat(26)), ...Array.from({ length: 20 }, () => 'y'.repeat(80))];
    expect(typicalWidth(texts)).toBe(26);
    expect(typicalWidth(texts, 0.75)).toBe(80);
  });
});

describe('a paragraph opening with a short line after a blank', () => {
  const entries = (text: string): Entry[] =>
    toLines(text).map((line) => (line.value === '' ? { type: 'ignorable', node: ignorable([line], 'blank') } : { type: 'text', line }));
  const texts = (text: string) =>
    toParagraphs(entries(text), 80)
      .filter((b) => b.type === 'paragraph')
      .map((b) => (b as { data: { text: string } }).data.text);

  it('runs on past that line, which is its indent, not a paragraph', () => {
    expect(texts('Kết thúc đoạn trước.\n\nTrung tâm Chuyển đổi số\nThành phố chủ trì, phối hợp với các đơn vị có liên quan bảo đảm kết nối.')).toEqual([
      'Kết thúc đoạn trước.',
      'Trung tâm Chuyển đổi số Thành phố chủ trì, phối hợp với các đơn vị có liên quan bảo đảm kết nối.',
    ]);
  });

  it('still ends at a short line inside a paragraph, or at one that finishes its sentence', () => {
    expect(texts('Một dòng đầy đủ của đoạn văn bản dài hơn nhiều so với dòng ngắn ở dưới đây nữa.\nDòng ngắn cuối đoạn\nĐoạn mới bắt đầu ở đây.')).toHaveLength(2);
    expect(texts('\nĐã xong.\nĐoạn mới bắt đầu ở đây.')).toHaveLength(2);
  });
});
