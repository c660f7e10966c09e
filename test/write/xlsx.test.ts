/**
 * directives.xlsx read back by a real reader (exceljs's own reading side,
 * which parses the file's XML, not our writer's objects): sheets, typed
 * cells, headings in both languages, frozen and filtered headings, widths,
 * wrapped text; text that looks like a formula stays text; the same rows
 * give the same bytes.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BatchWriter } from '../../src/write/batch-writer.js';
import type { DocumentTables } from '../../src/write/batch-tables.js';
import { DOCUMENT_COLUMNS, REFERENCE_COLUMNS, TASK_COLUMNS } from '../../src/write/csv-rows.js';
import { MAX_CELL_CHARS } from '../../src/write/xlsx/cells.js';
import { missingHeadings } from '../../src/write/xlsx/columns.js';
import { run, tempDir } from '../cli/helpers.js';

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

async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

/** A sheet's rows as objects keyed by heading. */
function records(sheet: ExcelJS.Worksheet): Array<Record<string, ExcelJS.CellValue>> {
  const headings = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const out: Array<Record<string, ExcelJS.CellValue>> = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    out.push(Object.fromEntries(headings.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return out;
}

function row(columns: readonly string[], values: Record<string, string>): string[] {
  return columns.map((c) => values[c] ?? '');
}

describe('directives.xlsx', () => {
  it('is written by --format xlsx with typed cells that a reader reads back', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.txt'), TEXT);
    const result = await run(['plan.txt', '-o', 'out', '-f', 'json,xlsx', '-j', '1'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['directives.xlsx', 'plan.json']);
    const book = await readBook(join(dir, 'out', 'directives.xlsx'));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Documents', 'Tasks', 'References']);

    const [doc] = records(book.getWorksheet('Documents')!);
    expect(doc!['document_id']).toBe('03-KH/TU');
    expect(doc!['number']).toBe('03');
    expect(doc!['date']).toEqual(new Date(Date.UTC(2025, 3, 28)));
    expect(doc!['tasks']).toBe(2);
    expect(doc!['is_directive']).toBe(true);

    const tasks = records(book.getWorksheet('Tasks')!);
    expect(tasks).toHaveLength(2);
    expect(tasks[0]!['deadline_due']).toEqual(new Date(Date.UTC(2025, 9, 31)));
    expect(typeof tasks[0]!['line']).toBe('number');
    // Shown as written: a string cell, never a formula, and no apostrophe in front.
    expect(tasks[1]!['text']).toMatch(/^=HYPERLINK/u);
    const cell = book.getWorksheet('Tasks')!.getRow(3).getCell(TASK_COLUMNS.indexOf('text') + 1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);

    const refs = records(book.getWorksheet('References')!);
    expect(refs.map((r) => r['reference_id'])).toContain('148-KL/TW');
  });

  it('has its headings frozen and filtered, widths that fit, long text wrapped, headings in Vietnamese with --lang vi', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.txt'), TEXT);
    expect((await run(['plan.txt', '-o', 'out', '-f', 'xlsx', '--lang', 'vi', '-j', '1'], { cwd: dir })).code).toBe(0);
    const book = await readBook(join(dir, 'out', 'directives.xlsx'));
    const tasks = book.getWorksheet('Tasks')!;
    expect(tasks.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(tasks.autoFilter).toBe(`A1:${tasks.getColumn(TASK_COLUMNS.length).letter}1`);
    expect(tasks.getRow(1).getCell(TASK_COLUMNS.indexOf('lead') + 1).value).toBe('Cơ quan chủ trì');
    const text = tasks.getColumn(TASK_COLUMNS.indexOf('text') + 1);
    expect(text.width).toBe(60);
    expect(tasks.getRow(2).getCell(TASK_COLUMNS.indexOf('text') + 1).alignment?.wrapText).toBe(true);
    expect(tasks.getColumn(TASK_COLUMNS.indexOf('task_id') + 1).width).toBeLessThan(20);
    const doc = book.getWorksheet('Documents')!;
    expect(doc.getRow(1).getCell(1).value).toBe('Tệp');
    expect(doc.getRow(2).getCell(DOCUMENT_COLUMNS.indexOf('date') + 1).numFmt).toBe('dd/mm/yyyy');
  });

  it('carries any text: control characters replaced, over-long text cut, text that looks like a date or a number left as text', async () => {
    const out = tempDir();
    const tables: DocumentTables = {
      documents: [row(DOCUMENT_COLUMNS, { file: 'a', document_id: '007/QĐ-UBND', number: '007', date: '2025-02-30', tasks: '1' })],
      tasks: [row(TASK_COLUMNS, { file: 'a', task_id: '1', text: `ab\u0001c\uD800d ${'x'.repeat(40_000)}`, deadline_text: '30/11/2025', line: '12' })],
      references: [row(REFERENCE_COLUMNS, { file: 'a', reference_id: '+84', year: '2025' })],
    };
    const writer = await BatchWriter.open(out, { formats: ['xlsx'] });
    await writer.write({ name: 'a', files: [], batch: { tables }, summary: {} as never });
    expect(await writer.finish(true)).toBe('committed');
    const book = await readBook(join(out, 'directives.xlsx'));
    const [task] = records(book.getWorksheet('Tasks')!);
    const text = task!['text'] as string;
    expect(text.startsWith('ab\uFFFDc\uFFFDd ')).toBe(true);
    expect(text).toHaveLength(MAX_CELL_CHARS);
    expect(task!['deadline_text']).toBe('30/11/2025');
    expect(task!['line']).toBe(12);
    const [doc] = records(book.getWorksheet('Documents')!);
    expect(doc!['number']).toBe('007');
    // No such day: left as the text the document gave.
    expect(doc!['date']).toBe('2025-02-30');
    expect(records(book.getWorksheet('References')!)[0]!['reference_id']).toBe('+84');
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
