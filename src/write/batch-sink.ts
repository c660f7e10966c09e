/**
 * What a batch format's writer does: takes each document's contribution in
 * input order, then puts its files in place only when the batch went through
 * (every batch format's files are finished before any is renamed, so a full
 * disk never leaves one new beside the others old), or drops them.
 */
import type { Disk } from './atomic.js';
import type { Lang } from '../i18n/lang.js';

export interface BatchSinkContext {
  outDir: string;
  disk: Disk;
  /** The language of column headings and the like. */
  lang: Lang;
  /** --as-of: the day report.html counts deadlines as overdue from (ISO); null: none is. */
  asOf: string | null;
}

export interface BatchSink<T> {
  /** Appends one document's contribution, waiting when the disk is slower than the batch. */
  write(contribution: T): Promise<void>;
  /** Writes out and flushes everything, under temporary names; throws the first write error. */
  finish(): Promise<void>;
  /** Renames the finished files into place. */
  commit(): Promise<void>;
  /** Drops every file: nothing is renamed into place. */
  abort(): Promise<void>;
}
