/**
 * The workbook writer holds rows back while the zip is behind (book.ts),
 * which is what keeps memory flat on large batches: with a file that takes
 * nothing, the writer says it is backlogged after a bounded amount of XML
 * and waits until the file takes the bytes, or until the file fails. And a
 * batch of megabytes of XML still gives every row, in order.
 */
import { join } from 'node:path';
import { Writable } from 'node:stream';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { BatchWriter } from '../../src/write/batch-writer.js';
import { DOCUMENT_COLUMNS, REFERENCE_COLUMNS, TASK_COLUMNS } from '../../src/write/csv-rows.js';
import { PacedWorkbookWriter } from '../../src/write/xlsx/book.js';
import { tempDir } from '../cli/helpers.js';

const TEXT = 'Sở Nội vụ chủ trì, phối hợp với Sở Tài chính và các cơ quan liên quan tham mưu Ban Thường vụ Tỉnh ủy. '.repeat(4);

/** A file that takes each write only when told to. */
function heldFile(): { stream: Writable; release(): void } {
  const held: Array<() => void> = [];
  const stream = new Writable({
    write(_chunk, _encoding, callback) {
      held.push(callback);
    },
  });
  return { stream, release: () => held.splice(0).forEach((callback) => callback()) };
}

/**
 * Text that deflate cannot shrink, so the backlog cannot hide in the zip's
 * own buffers: repeated text compresses about a hundredfold, and a megabyte
 * of it fits in the few kilobytes the zip and the file stream hold, which let
 * the writer drain with a file that took nothing.
 */
function incompressible(length: number, seed: number): string {
  const letters = 'aăâbcdđeêghiklmnoôơpqrstuưvxy ';
  let state = seed >>> 0 || 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out += letters[(state >>> 0) % letters.length];
  }
  return out;
}

function fillUntilBacklogged(book: PacedWorkbookWriter): number {
  const sheet = book.addWorksheet('Tasks');
  let rows = 0;
  while (!book.backlogged() && rows < 100_000) {
    sheet.addRow([`task ${rows}`, incompressible(TEXT.length, rows + 1)]).commit();
    rows += 1;
  }
  return rows;
}

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const never = new Promise<Error>(() => {});

describe('the workbook writer paced by the zip', () => {
  it('is backlogged after a bounded amount of XML while the file takes nothing, and goes on once the file takes it', async () => {
    const file = heldFile();
    const book = new PacedWorkbookWriter({ stream: file.stream, useStyles: true, useSharedStrings: false });
    const rows = fillUntilBacklogged(book);
    expect(book.backlogged()).toBe(true);
    // About a megabyte of rows of ~450 characters: far fewer than the bound the loop had.
    expect(rows).toBeLessThan(10_000);
    let drained = false;
    const waiting = book.drained(never).then(() => (drained = true));
    for (let i = 0; i < 200; i++) await turn();
    expect(drained).toBe(false);
    while (!drained) {
      file.release();
      await turn();
    }
    await waiting;
    expect(book.backlogged()).toBe(false);
  });

  it('stops waiting with the file’s error when the file fails', async () => {
    const file = heldFile();
    const book = new PacedWorkbookWriter({ stream: file.stream, useStyles: true, useSharedStrings: false });
    fillUntilBacklogged(book);
    await expect(book.drained(Promise.resolve(new Error('no space left on device')))).rejects.toThrow('no space left on device');
  });

  it('gives every row, in order, of a batch of megabytes of XML', async () => {
    const out = tempDir();
    const writer = await BatchWriter.open(out, { formats: ['xlsx'] });
    const documents = 40;
    for (let d = 0; d < documents; d++) {
      const tasks = Array.from({ length: 100 }, (_, i) => TASK_COLUMNS.map((c) => (c === 'text' ? `${d}.${i} ${TEXT}` : c === 'line' ? String(i + 1) : c === 'file' ? `doc${d}` : '')));
      const references = [REFERENCE_COLUMNS.map((c) => (c === 'file' ? `doc${d}` : ''))];
      const docs = [DOCUMENT_COLUMNS.map((c) => (c === 'file' ? `doc${d}` : ''))];
      await writer.write({ name: `doc${d}`, files: [], batch: { tables: { tasks, references, documents: docs } }, summary: {} as never });
    }
    expect(await writer.finish(true)).toBe('committed');
    const sheets = await readXlsxFile(join(out, 'directives.xlsx'));
    const tasks = sheets.find((s) => s.sheet === 'Tasks')!.data;
    expect(tasks).toHaveLength(1 + documents * 100);
    const textAt = TASK_COLUMNS.indexOf('text');
    expect(tasks.slice(1).map((r) => String(r[textAt]).split(' ')[0])).toEqual(Array.from({ length: documents * 100 }, (_, n) => `${Math.floor(n / 100)}.${n % 100}`));
    expect(tasks.at(-1)![TASK_COLUMNS.indexOf('line')]).toBe(100);
  });
});
