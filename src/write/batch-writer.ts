/**
 * Writes a batch's outputs: each document's files atomically into the output
 * folder, its rows into the batch CSVs, in the order it is given them. Errors
 * say which file could not be written and why (permission, disk full).
 */
import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { REAL_DISK, removeOwnTemporaries, removeStaleTemporaries, writeFileAtomic, type Disk } from './atomic.js';
import { CsvSink } from './csv-sink.js';
import { FolderLockedError, lockOutputFolder, type OutputLock } from './out-lock.js';
import { HtmlReport } from './html/html-report.js';
import type { BatchPageOptions } from './html/batch-page.js';
import type { RenderedDocument } from './render.js';

export class WriteError extends Error {
  override name = 'WriteError';
  /** No further output can be written (the disk is full): the batch should stop. */
  readonly stopsBatch: boolean;
  constructor(message: string, options: { stopsBatch?: boolean } = {}) {
    super(message);
    this.stopsBatch = options.stopsBatch ?? false;
  }
}

const DISK_FULL = new Set(['ENOSPC', 'EDQUOT']);
const isDiskFull = (err: unknown): boolean => DISK_FULL.has((err as NodeJS.ErrnoException).code ?? '');

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is exceeded';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    default:
      return e.message ?? String(err);
  }
}

export interface WriterOptions {
  /** Write the batch CSVs. */
  csv: boolean;
  /** Write the batch's report.html and complete the documents' pages (`--format html`); null or absent: not. */
  html?: BatchPageOptions | null;
  /** Where the bytes go; the real file system unless a test says otherwise. */
  disk?: Disk;
}

export class BatchWriter {
  private constructor(
    readonly outDir: string,
    private readonly csv: CsvSink | null,
    private readonly disk: Disk,
    private readonly lock: OutputLock,
    private readonly html: HtmlReport | null,
  ) {}

  /**
   * Creates the output folder if needed, checks it can be written, takes its
   * lock (out-lock.ts: a folder another run is writing to is refused), and
   * clears what a killed run left. The lock is held until close() or abort().
   */
  static async open(outDir: string, options: WriterOptions): Promise<BatchWriter> {
    const cannot = (err: unknown): WriteError => new WriteError(`${outDir}: cannot write outputs here: ${describe(err)}`);
    try {
      await mkdir(outDir, { recursive: true });
      if (!(await stat(outDir)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
      await access(outDir, constants.W_OK);
    } catch (err) {
      throw cannot(err);
    }
    let lock: OutputLock;
    try {
      lock = await lockOutputFolder(outDir);
    } catch (err) {
      throw err instanceof FolderLockedError ? new WriteError(err.message) : cannot(err);
    }
    try {
      // Only once the folder is this run's: another run's temporary files are not a killed run's.
      await removeStaleTemporaries(outDir);
      const disk = options.disk ?? REAL_DISK;
      const html = options.html ? new HtmlReport(outDir, options.html, disk) : null;
      return new BatchWriter(outDir, options.csv ? new CsvSink(outDir, disk) : null, disk, lock, html);
    } catch (err) {
      await lock.release();
      throw cannot(err);
    }
  }

  async write(doc: RenderedDocument): Promise<void> {
    for (const file of doc.files) {
      const path = join(this.outDir, file.fileName);
      try {
        await writeFileAtomic(path, file.content, this.disk);
      } catch (err) {
        if (isDiskFull(err)) throw new WriteError(`${path}: could not be written: ${describe(err)}; the batch stopped here (free some space and run it again with --resume)`, { stopsBatch: true });
        throw new WriteError(`${path}: could not be written: ${describe(err)}`);
      }
    }
    if (doc.html) this.html?.add(doc.html);
    if (!this.csv) return;
    try {
      await this.csv.write('tasks', doc.rows.tasks);
      await this.csv.write('references', doc.rows.references);
      await this.csv.write('documents', doc.rows.documents);
    } catch (err) {
      throw new WriteError(`${this.outDir}: the batch CSV files could not be written: ${describe(err)}`, { stopsBatch: true });
    }
  }

  /** Puts the batch CSVs in place, and gives the folder up. */
  async close(): Promise<void> {
    try {
      await this.csv?.close();
    } catch (err) {
      throw new WriteError(`${this.outDir}: the batch CSV files could not be written: ${describe(err)}`);
    } finally {
      await this.lock.release();
    }
  }

  /**
   * Ends the batch: its CSVs and its report.html are put in place when it is
   * `complete` (batchCompleted), else dropped, the previous ones staying as
   * they were. Returns what became of them ('none' without either). A report
   * that cannot be written is thrown once the CSVs are dealt with.
   */
  async finish(complete: boolean): Promise<'committed' | 'kept' | 'none'> {
    let reportError: WriteError | null = null;
    if (complete && this.html) {
      try {
        await this.html.commit();
      } catch (err) {
        reportError = new WriteError(`${this.outDir}: the HTML report could not be written: ${describe(err)}`, { stopsBatch: isDiskFull(err) });
      }
    }
    const result = await this.finishCsv(complete);
    if (reportError) throw reportError;
    return result;
  }

  private async finishCsv(complete: boolean): Promise<'committed' | 'kept' | 'none'> {
    if (!this.csv) {
      await this.close();
      return this.html === null ? 'none' : complete ? 'committed' : 'kept';
    }
    if (!complete) {
      await this.abort();
      return 'kept';
    }
    await this.close();
    return 'committed';
  }

  /** Drops the batch CSVs (the previous ones stay as they were), and gives the folder up. */
  async abort(): Promise<void> {
    try {
      await this.csv?.abort();
    } finally {
      await this.lock.release();
    }
  }

  /**
   * The run was interrupted (Ctrl-C) and the process is about to exit: the
   * batch CSVs are dropped, a document caught half-written leaves no
   * temporary file, and the folder is given up.
   */
  async interrupt(): Promise<void> {
    try {
      await this.abort();
    } finally {
      await removeOwnTemporaries(this.outDir);
    }
  }
}
