/** The two parsers: text and Markdown onto the same root of `line` nodes, with true positions. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import parseMarkdown from '../../src/read/parse-markdown.js';
import parseText from '../../src/read/parse-text.js';
import type { LineNode, Root } from '../../src/tree.js';
import { FIXTURES } from './helpers/fixtures.js';

const text = (doc: string): Root => unified().use(parseText).parse(doc) as Root;
const markdown = (doc: string): Root => unified().use(parseMarkdown).parse(doc) as Root;
const lines = (root: Root): LineNode[] => root.children as LineNode[];

describe('text parser', () => {
  it('makes one line node per line, blank lines included, with line, column and offset', () => {
    const doc = 'KẾ HOẠCH\n\n  1. Mục đích\n';
    const nodes = lines(text(doc));
    expect(nodes.map((n) => n.value)).toEqual(['KẾ HOẠCH', '', '  1. Mục đích']);
    expect(nodes.map((n) => n.position.start)).toEqual([
      { line: 1, column: 1, offset: 0 },
      { line: 2, column: 1, offset: 9 },
      { line: 3, column: 1, offset: 10 },
    ]);
    expect(nodes[2]!.position.end).toEqual({ line: 3, column: 14, offset: 23 });
    for (const n of nodes) expect(doc.slice(n.position.start.offset, n.position.end.offset)).toBe(n.value);
  });

  it('keeps a last line without a line break and adds none for a final break', () => {
    expect(lines(text('a\nb')).map((n) => n.value)).toEqual(['a', 'b']);
    expect(lines(text('a\nb\n')).map((n) => n.value)).toEqual(['a', 'b']);
    expect(lines(text('a\n\n')).map((n) => n.value)).toEqual(['a', '']);
    expect(lines(text(''))).toEqual([]);
  });

  it('counts CRLF and CR as one break each, with offsets into the text as given', () => {
    const crlf = 'một\r\nhai\rba\n';
    const nodes = lines(text(crlf));
    expect(nodes.map((n) => [n.value, n.position.start.line])).toEqual([['một', 1], ['hai', 2], ['ba', 3]]);
    for (const n of nodes) expect(crlf.slice(n.position.start.offset, n.position.end.offset)).toBe(n.value);
  });

  it('spans the whole text from the root', () => {
    expect(text('a\nbc').position).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: 2, column: 3, offset: 4 } });
  });
});

describe('Markdown parser', () => {
  const source = readFileSync(join(FIXTURES, 'sample.md'), 'utf8');
  const nodes = lines(markdown(source));
  const byLine = (line: number): LineNode => {
    const node = nodes.find((n) => n.position.start.line === line);
    if (!node) throw new Error(`no node on line ${line}`);
    return node;
  };

  it('maps headings with inline markup stripped', () => {
    expect(byLine(1)).toMatchObject({ value: 'KẾ HOẠCH thực hiện Kết luận số 148-KL/TW', data: { markdown: 'heading', depth: 1 } });
    expect(byLine(6)).toMatchObject({ value: 'I- MỤC ĐÍCH, YÊU CẦU', data: { markdown: 'heading', depth: 2 } });
    expect(byLine(1).position.start).toMatchObject({ line: 1, column: 3 });
  });

  it('keeps each line of a paragraph as its own node, links and emphasis as plain text', () => {
    expect(byLine(3)).toMatchObject({ value: 'Thực hiện Kết luận số 148-KL/TW ngày 08/4/2025 của Bộ Chính trị,', data: { markdown: 'paragraph' } });
    expect(byLine(4).value).toBe('Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch như sau:');
  });

  it('keeps list markers as written, bullets, numbers and pluses, with the nesting depth', () => {
    expect([8, 9, 10, 11, 12].map((l) => [byLine(l).value, byLine(l).data?.depth])).toEqual([
      ['1. Mục đích', 1],
      ['2. Yêu cầu:', 1],
      ['- Bảo đảm đúng tiến độ;', 2],
      ['+ Phân công rõ người, rõ việc.', 2],
      ['- [x] Đã gửi báo cáo', 1],
    ]);
    expect(byLine(10).data?.markdown).toBe('listItem');
    expect(byLine(10).position.start).toMatchObject({ line: 10, column: 4 });
  });

  it('makes one node per table row with the cells split, and none for the delimiter row', () => {
    expect(nodes.some((n) => n.position.start.line === 15)).toBe(false);
    expect(byLine(14).data).toEqual({ markdown: 'tableRow', cells: ['STT', 'Nội dung', 'Chủ trì', 'Thời gian'] });
    expect(byLine(16)).toMatchObject({
      value: '1 | Quán triệt Kết luận | Ban Tuyên giáo | Tháng 5/2025',
      data: { markdown: 'tableRow', cells: ['1', 'Quán triệt Kết luận', 'Ban Tuyên giáo', 'Tháng 5/2025'] },
    });
  });

  it('reads block quotes, and footnotes with their number in front as in print', () => {
    expect(byLine(19).value).toBe('Ghi chú: trích dẫn¹ trong khối.');
    expect(byLine(21).value).toBe('Nơi nhận¹');
    expect(byLine(23).value).toBe('¹ Tại Báo cáo số 247-BC/UBKTTW.');
  });

  it('keeps blank lines as blank nodes, in source order', () => {
    expect(byLine(2)).toMatchObject({ value: '' });
    expect(byLine(2).data).toBeUndefined();
    const order = nodes.map((n) => n.position.start.line);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
  });

  it('points every node at its place in the Markdown source', () => {
    for (const n of nodes) {
      const { line, column, offset } = n.position.start;
      const lineStart = source.split('\n').slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0);
      expect(offset, `line ${line}`).toBe(lineStart + column - 1);
    }
    // Where no markup was stripped, the value is the source text itself.
    for (const l of [6, 8, 9, 11, 17]) {
      const n = byLine(l);
      expect(source.slice(n.position.start.offset, n.position.start.offset! + n.value.length)).toBe(n.value);
    }
  });

  it('gives code blocks verbatim, one node per line, and thematic breaks an empty line', () => {
    const root = lines(markdown('Trước\n\n```\nmã  1\nmã 2\n```\n\n---\n'));
    expect(root.map((n) => [n.position.start.line, n.value, n.data?.markdown])).toEqual([
      [1, 'Trước', 'paragraph'],
      [2, '', undefined],
      [4, 'mã  1', 'code'],
      [5, 'mã 2', 'code'],
      [7, '', undefined],
      [8, '', 'thematicBreak'],
    ]);
  });

  it('puts a marker whose text starts on the next line on a line of its own', () => {
    expect(lines(markdown('-\n  việc một\n')).map((n) => n.value)).toEqual(['-', 'việc một']);
  });
});

describe('Markdown scraped from the web', () => {
  it('drops emphasis delimiters the parser could not pair, keeps "(*)"', () => {
    const doc = '**1.**\n**Trên cơ sở tài liệu, các cơ quan thực hiện\n\n*4.1. *Giao Sở Y tế chủ trì\n\nĐiểm (*) như trên\n';
    const values = lines(markdown(doc)).map((n) => n.value).filter((v) => v !== '');
    expect(values).toEqual(['1.', 'Trên cơ sở tài liệu, các cơ quan thực hiện', '4.1. Giao Sở Y tế chủ trì', 'Điểm (*) như trên']);
  });
});
