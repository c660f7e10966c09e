/**
 * The batch CSVs (tasks.csv, references.csv, documents.csv), written row by
 * row as documents finish, so a batch of any size holds none of them in
 * memory. Each file is a fast-csv stream into a temporary file that is renamed
 * into place when the batch closes; an aborted batch (one that stopped before
 * its end) leaves the previous files untouched.
 *
 * Excel-friendly: UTF-8 with a byte order mark (or Excel reads the Vietnamese
 * as Windows-1252), CRLF row ends, every field quoted when needed, and a
 * field that Excel would run as a formula (=, +, -, @ first) prefixed with an
 * apostrophe.
 */
import { format, type CsvFormatterStream } from 'fast-csv';
import { join } from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { openAtomicStream, REAL_DISK, syncFolder, type AtomicStream, type Disk } from './atomic.js';
import type { BatchSink, BatchSinkContext } from './batch-sink.js';
import type { DocumentTables } from './batch-tables.js';
import { DOCUMENT_COLUMNS, REFERENCE_COLUMNS, TASK_COLUMNS, type CsvRow } from './csv-rows.js';

export const CSV_FILES = { tasks: 'tasks.csv', references: 'references.csv', documents: 'documents.csv' } as const;
export type CsvTable = keyof typeof CSV_FILES;

const HEADERS: Record<CsvTable, readonly string[]> = {
  tasks: TASK_COLUMNS,
  references: REFERENCE_COLUMNS,
  documents: DOCUMENT_COLUMNS,
};

/** Numbers and ISO dates stay as they are; text that only looks like a formula is defused. */
const FORMULA_START = /^[=+\-@\t\r]/u;
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/u;

export function excelSafe(field: string): string {
  return FORMULA_START.test(field) && !PLAIN_NUMBER.test(field) ? `'${field}` : field;
}

interface Table {
  file: AtomicStream;
  csv: CsvFormatterStream<CsvRow, CsvRow>;
}

export class CsvSink {
  private readonly tables: Record<CsvTable, Table>;

  constructor(
    private readonly outDir: string,
    disk: Disk = REAL_DISK,
  ) {
    const open = (name: CsvTable): Table => {
      const file = openAtomicStream(join(outDir, CSV_FILES[name]), disk);
      const csv = format<CsvRow, CsvRow>({
        headers: [...HEADERS[name]],
        writeBOM: true,
        rowDelimiter: '\r\n',
        includeEndRowDelimiter: true,
        alwaysWriteHeaders: true,
        transform: (row: CsvRow) => row.map(excelSafe),
      });
      csv.pipe(file.stream);
      return { file, csv };
    };
    this.tables = { tasks: open('tasks'), references: open('references'), documents: open('documents') };
  }

  /** Appends rows, waiting when the disk is slower than the batch; throws the file's write error. */
  async write(table: CsvTable, rows: readonly CsvRow[]): Promise<void> {
    const { csv, file } = this.tables[table];
    for (const row of rows) {
      if (csv.write(row)) continue;
      const failure = await Promise.race([once(csv, 'drain').then(() => null), file.failed]);
      if (failure) throw failure;
    }
  }

  /**
   * Finishes every file (its bytes flushed to the disk) without renaming any:
   * all three are put in place or none, so that a file that could not be
   * finished (a full disk) never leaves the other two new beside its
   * previous self.
   */
  async finish(): Promise<void> {
    const all = Object.values(this.tables);
    // The CSV stream ends its file through the pipe; finish only once the last bytes are in.
    const results = await Promise.allSettled(
      all.map(async ({ csv, file }) => {
        csv.end();
        await finished(file.stream).catch(() => undefined);
        await file.finish();
      }),
    );
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) {
      await this.abort();
      throw failed.reason;
    }
  }

  /** Renames the finished files into place, then flushes the folder so that the renames survive a power cut. */
  async commit(): Promise<void> {
    try {
      for (const { file } of Object.values(this.tables)) await file.commit();
      await syncFolder(this.outDir);
    } catch (err) {
      await this.abort();
      throw err;
    }
  }

  async close(): Promise<void> {
    await this.finish();
    await this.commit();
  }

  /** Drops every file: nothing is renamed into place. */
  async abort(): Promise<void> {
    await Promise.all(Object.values(this.tables).map(({ csv, file }) => (csv.destroy(), file.abort())));
  }
}

/** The batch CSVs as a batch format's writer (formats.ts). */
export async function openCsvSink(context: BatchSinkContext): Promise<BatchSink<DocumentTables>> {
  const sink = new CsvSink(context.outDir, context.disk);
  return {
    async write(tables) {
      await sink.write('tasks', tables.tasks);
      await sink.write('references', tables.references);
      await sink.write('documents', tables.documents);
    },
    finish: () => sink.finish(),
    commit: () => sink.commit(),
    abort: () => sink.abort(),
  };
}
