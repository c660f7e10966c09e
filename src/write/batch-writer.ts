/**
 * Writes a batch's outputs: each document's files atomically into the output
 * folder, what it gives the batch formats (the CSVs, the workbook) into their
 * writers, in the order it is given them. Errors say which file could not be
 * written and why (permission, disk full).
 */
import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { REAL_DISK, removeOwnTemporaries, removeStaleTemporaries, stopWrites, syncFolder, writeFileAtomic, type Disk } from './atomic.js';
import type { BatchSink } from './batch-sink.js';
import { batchFormats, type BatchFormat, type OutputFormat } from './formats.js';
import { FolderLockedError, lockOutputFolder, type OutputLock } from './out-lock.js';
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
  /** The formats of the batch; its batch formats (csv, xlsx) are written here, its per-document ones come rendered. */
  formats: readonly OutputFormat[];
  /** --as-of: the day report.html counts deadlines as overdue from (ISO); null or absent: none is. */
  asOf?: string | null;
  /** Where the bytes go; the real file system unless a test says otherwise. */
  disk?: Disk;
  /** The language of the workbook's headings. */
  lang?: Lang;
}

interface OpenSink {
  format: BatchFormat;
  sink: BatchSink<unknown>;
}

/** The files of the batch formats, named for messages ("tasks.csv, references.csv, documents.csv"). */
export function batchFileNames(formats: readonly OutputFormat[]): string[] {
  return batchFormats(formats).flatMap((f) => f.files);
}

export class BatchWriter {
  private constructor(
    readonly outDir: string,
    private readonly sinks: readonly OpenSink[],
    private readonly disk: Disk,
    private readonly lock: OutputLock,
  ) {}

  private get fileList(): string {
    return this.sinks.flatMap((s) => s.format.files).join(', ');
  }

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
      const context = { outDir, disk, lang: options.lang ?? 'en', asOf: options.asOf ?? null };
      const sinks: OpenSink[] = [];
      for (const format of batchFormats(options.formats)) sinks.push({ format, sink: await format.open(context) });
      return new BatchWriter(outDir, sinks, disk, lock);
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
    try {
      for (const { format, sink } of this.sinks) await sink.write(doc.batch[format.contribution.key]);
    } catch (err) {
      throw new WriteError(`${this.outDir}: ${this.fileList} could not be written: ${describe(err)}`, { stopsBatch: true });
    }
  }

  /**
   * Puts the batch files in place (every one finished before any is renamed),
   * flushes the folder so that every rename of the batch survives a power
   * cut, and gives the folder up.
   */
  async close(): Promise<void> {
    let committing: string | null = null;
    try {
      const finished = await Promise.allSettled(this.sinks.map(({ sink }) => sink.finish()));
      const failed = finished.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
      for (const { format, sink } of this.sinks) {
        committing = format.files.join(', ');
        await sink.commit();
      }
      committing = null;
      await syncFolder(this.outDir, this.disk);
    } catch (err) {
      await Promise.all(this.sinks.map(({ sink }) => sink.abort().catch(() => undefined)));
      // A format that failed as it was put in place (report.html, completing the pages) is named alone: the ones before it are in place.
      throw new WriteError(`${this.outDir}: ${committing ?? (this.fileList || 'the outputs')} could not be written: ${describe(err)}`);
    } finally {
      await this.lock.release();
    }
  }

  /**
   * Ends the batch: its batch files are put in place when it is `complete`
   * (batchCompleted), else dropped, the previous ones staying as they were.
   * Returns what became of them ('none' without batch formats).
   */
  async finish(complete: boolean): Promise<'committed' | 'kept' | 'none'> {
    if (this.sinks.length === 0) {
      await this.close();
      return 'none';
    }
    if (!complete) {
      await this.abort();
      return 'kept';
    }
    await this.close();
    return 'committed';
  }

  /** Drops the batch files (the previous ones stay as they were), and gives the folder up. */
  async abort(): Promise<void> {
    try {
      await Promise.all(this.sinks.map(({ sink }) => sink.abort()));
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
      await Promise.all([stopWrites(), this.abort()]);
    } finally {
      await removeOwnTemporaries(this.outDir);
    }
  }
}
