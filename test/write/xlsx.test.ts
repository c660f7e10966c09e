/**
 * directives.xlsx read back by readers that are not the library that wrote
 * it: the cells by read-excel-file (its own unzip and XML parsing, typing a
 * cell by its type and number format as Excel does), and what that reader
 * does not show — frozen headings, filter, widths, wrapping, formulas — from
 * the sheet and style XML (helpers/xlsx-parts.ts). Checked: sheets, typed
 * cells, headings in both languages, text that looks like a formula, a date
 * or a number stays text; the same rows give the same bytes.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { BatchWriter } from '../../src/write/batch-writer.js';
import type { DocumentTables } from '../../src/write/batch-tables.js';
import { DOCUMENT_COLUMNS, REFERENCE_COLUMNS, TASK_COLUMNS } from '../../src/write/csv-rows.js';
import { MAX_CELL_CHARS } from '../../src/write/xlsx/cells.js';
import { missingHeadings } from '../../src/write/xlsx/columns.js';
import { run, tempDir } from '../cli/helpers.js';
import { cell, cellFormat, columnLetters, columnWidth, elements, openXlsx } from './helpers/xlsx-parts.js';

const TEXT = [
  'TỈNH ỦY HƯNG YÊN',
  'Số 03-KH/TU',
  'Hưng Yên, ngày 28 tháng 4 năm 2025',
  '',
  'KẾ HOẠCH',
  'thực hiện Kết luận số 148-KL/TW',
  '',
  'II- NHIỆM VỤ, GIẢI PHÁP',
  '1. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tham mưu sắp xếp, hoàn thành trước ngày 31/10/2025.',
  '2. =HYPERLINK("http://x") Sở Tài chính chủ trì rà soát, hoàn thành trong tháng 11/2025.',
  '',
].join('\n');

type Value = string | number | boolean | Date | null;
type Book = Map<string, Array<Record<string, Value>>>;

/** Every sheet's rows as objects keyed by heading, in the order of the sheets. */
async function readBook(path: string): Promise<Book> {
  const book: Book = new Map();
  for (const { sheet, data } of await readXlsxFile(path)) {
    const [headings, ...rows] = data as unknown as Value[][];
    book.set(sheet, rows.map((r) => Object.fromEntries(headings!.map((h, i) => [String(h), r[i] ?? null]))));
  }
  return book;
}

function row(columns: readonly string[], values: Record<string, string>): string[] {
  return columns.map((c) => values[c] ?? '');
}

const col = (name: (typeof TASK_COLUMNS)[number]): number => TASK_COLUMNS.indexOf(name) + 1;

describe('directives.xlsx', () => {
  it('is written by --format xlsx with typed cells that a reader reads back', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.txt'), TEXT);
    const result = await run(['plan.txt', '-o', 'out', '-f', 'json,xlsx', '-j', '1'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['directives.xlsx', 'plan.json']);
    const path = join(dir, 'out', 'directives.xlsx');
    const book = await readBook(path);
    expect([...book.keys()]).toEqual(['Documents', 'Tasks', 'References']);

    const [doc] = book.get('Documents')!;
    // Ids and symbols as printed are text: "03" keeps its zero, "03-KH/TU" is no date.
    expect(doc!['document_id']).toBe('03-KH/TU');
    expect(doc!['number']).toBe('03');
    expect(doc!['symbol']).toBe('KH/TU');
    expect(doc!['date']).toEqual(new Date(Date.UTC(2025, 3, 28)));
    expect(doc!['tasks']).toBe(2);
    expect(doc!['is_directive']).toBe(true);

    const tasks = book.get('Tasks')!;
    expect(tasks).toHaveLength(2);
    expect(tasks[0]!['deadline_due']).toEqual(new Date(Date.UTC(2025, 9, 31)));
    expect(tasks[0]!['line']).toBe(9);
    // Shown as written, with no apostrophe in front, and never a formula: no sheet has a <f>.
    expect(tasks[1]!['text']).toMatch(/^=HYPERLINK\("http:\/\/x"\) Sở Tài chính/u);
    const parts = openXlsx(path);
    for (const name of book.keys()) expect(parts.sheet(name)).not.toMatch(/<f[\s>]/u);
    const formulaLike = cell(parts.sheet('Tasks'), `${columnLetters(col('text'))}3`);
    expect(formulaLike.attributes['t']).toMatch(/^(str|inlineStr|s)$/u);
    // Nor is it kept text by an apostrophe Excel would show when the cell is edited.
    expect(parts.part('xl/styles.xml')).not.toContain('quotePrefix');

    const refs = book.get('References')!;
    expect(refs.map((r) => r['reference_id'])).toContain('148-KL/TW');
  });

  it('has its headings frozen and filtered, widths that fit, long text wrapped, headings in Vietnamese with --lang vi', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.txt'), TEXT);
    expect((await run(['plan.txt', '-o', 'out', '-f', 'xlsx', '--lang', 'vi', '-j', '1'], { cwd: dir })).code).toBe(0);
    const path = join(dir, 'out', 'directives.xlsx');
    const book = await readBook(path);
    expect(Object.keys(book.get('Tasks')![0]!)[col('lead') - 1]).toBe('Cơ quan chủ trì');
    expect(Object.keys(book.get('Documents')![0]!)[0]).toBe('Tệp');

    const parts = openXlsx(path);
    const styles = parts.part('xl/styles.xml');
    for (const [name, columns] of [['Documents', DOCUMENT_COLUMNS], ['Tasks', TASK_COLUMNS], ['References', REFERENCE_COLUMNS]] as const) {
      const sheet = parts.sheet(name);
      expect(elements(sheet, 'pane')).toEqual([expect.objectContaining({ state: 'frozen', ySplit: '1', topLeftCell: 'A2' })]);
      expect(elements(sheet, 'autoFilter')).toEqual([{ ref: `A1:${columnLetters(columns.length)}1` }]);
    }
    const tasks = parts.sheet('Tasks');
    expect(columnWidth(tasks, col('text'))).toBe(60);
    expect(columnWidth(tasks, col('task_id'))).toBeLessThan(20);
    expect(cellFormat(styles, Number(cell(tasks, `${columnLetters(col('text'))}2`).attributes['s'])).wrapText).toBe(true);
    expect(cellFormat(styles, Number(cell(tasks, `${columnLetters(col('task_id'))}2`).attributes['s'])).wrapText).toBe(false);
    const date = cell(parts.sheet('Documents'), `${columnLetters(DOCUMENT_COLUMNS.indexOf('date') + 1)}2`);
    // A date is a number of days shown through a date format, not text.
    expect(date.attributes['t']).toBeUndefined();
    expect(date.inner).toBe('<v>45775</v>');
    expect(cellFormat(styles, Number(date.attributes['s'])).numFmt).toBe('dd/mm/yyyy');
  });

  it('carries any text: control characters replaced, over-long text cut, text that looks like a date or a number left as text', async () => {
    const out = tempDir();
    const tables: DocumentTables = {
      documents: [row(DOCUMENT_COLUMNS, { file: 'a', document_id: '007/QĐ-UBND', number: '007', symbol: '24/KH-MTTQ-BTT', date: '2025-02-30', tasks: '1' })],
      tasks: [row(TASK_COLUMNS, { file: 'a', task_id: '1', text: `ab\u0001c\uD800d ${'x'.repeat(40_000)}`, deadline_text: '30/11/2025', line: '12' })],
      references: [row(REFERENCE_COLUMNS, { file: 'a', reference_id: '+84', number: '1/2', year: '2025' })],
    };
    const writer = await BatchWriter.open(out, { formats: ['xlsx'] });
    await writer.write({ name: 'a', files: [], batch: { tables }, summary: {} as never });
    expect(await writer.finish(true)).toBe('committed');
    const book = await readBook(join(out, 'directives.xlsx'));
    const [task] = book.get('Tasks')!;
    const text = task!['text'] as string;
    expect(text.startsWith('ab\uFFFDc\uFFFDd ')).toBe(true);
    expect(text).toHaveLength(MAX_CELL_CHARS);
    expect(text.endsWith('x…')).toBe(true);
    expect(task!['deadline_text']).toBe('30/11/2025');
    expect(task!['line']).toBe(12);
    const [doc] = book.get('Documents')!;
    expect(doc!['number']).toBe('007');
    expect(doc!['symbol']).toBe('24/KH-MTTQ-BTT');
    // No such day: left as the text the document gave.
    expect(doc!['date']).toBe('2025-02-30');
    const [ref] = book.get('References')!;
    expect(ref!['reference_id']).toBe('+84');
    expect(ref!['number']).toBe('1/2');
    expect(readdirSync(out)).toEqual(['directives.xlsx']);
  });

  it('is the same bytes on a rerun, with --jobs 2, and rebuilt by --resume', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.txt'), TEXT);
    writeFileSync(join(dir, 'other.txt'), TEXT.replace('03-KH/TU', '04-KH/TU'));
    const bytes = async (args: string[]): Promise<Buffer> => {
      const result = await run(['plan.txt', 'other.txt', '-o', 'out', '-f', 'json,xlsx', ...args], { cwd: dir });
      expect(result.code, result.stderr).toBe(0);
      return readFileSync(join(dir, 'out', 'directives.xlsx'));
    };
    const first = await bytes(['-j', '1']);
    expect((await bytes(['-j', '2'])).equals(first)).toBe(true);
    expect((await bytes(['-j', '1', '--resume'])).equals(first)).toBe(true);
  });

  it('has a Vietnamese heading for every column', () => {
    expect(missingHeadings()).toEqual([]);
  });
});
