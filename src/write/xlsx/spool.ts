/**
 * A table's rows kept on disk until the workbook is written. A workbook is a
 * zip whose sheets are written one after the other, while a batch gives rows
 * of all three tables as each document finishes: spooled, the rows of a
 * batch of any size are never all in memory, and the column widths are known
 * before the first row is written. The spool file is named by the scheme of
 * temporary files (atomic.ts), so one a killed run left is cleared.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { temporaryPath } from '../atomic.js';
import type { CsvRow } from '../csv-rows.js';

function longestLine(field: string): number {
  let longest = 0;
  let start = 0;
  for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', start)) {
    longest = Math.max(longest, i - start);
    start = i + 1;
  }
  return Math.max(longest, field.length - start);
}

export class RowSpool {
  readonly path: string;
  private readonly stream: WriteStream;
  private failure: Error | null = null;
  /** The widest field of each column, in characters of its longest line. */
  readonly widths: number[] = [];
  rows = 0;

  constructor(target: string) {
    this.path = temporaryPath(target);
    this.stream = createWriteStream(this.path, { flags: 'wx' });
    this.stream.on('error', (err) => (this.failure ??= err));
  }

  async write(rows: readonly CsvRow[]): Promise<void> {
    for (const row of rows) {
      if (this.failure) throw this.failure;
      row.forEach((field, i) => (this.widths[i] = Math.max(this.widths[i] ?? 0, longestLine(field))));
      this.rows += 1;
      if (!this.stream.write(`${JSON.stringify(row)}\n`)) await this.drained();
    }
    if (this.failure) throw this.failure;
  }

  /** Until the stream takes more, or fails (a stream that failed drains no more). */
  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        this.stream.off('drain', done).off('error', done);
        resolve();
      };
      this.stream.on('drain', done).on('error', done);
    });
  }

  async close(): Promise<void> {
    this.stream.end();
    await finished(this.stream).catch(() => undefined);
    if (this.failure) throw this.failure;
  }

  async *read(): AsyncGenerator<CsvRow> {
    const lines = createInterface({ input: createReadStream(this.path, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) if (line !== '') yield JSON.parse(line) as CsvRow;
  }

  async remove(): Promise<void> {
    this.stream.destroy();
    await rm(this.path, { force: true });
  }
}
