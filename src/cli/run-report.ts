/**
 * --report FILE: the run as JSON for programs (as pandoc's --log): the tool's
 * version, the options, each input with its status, output files, time
 * taken and messages, the batch files and what became of them, the totals
 * and the exit code. Written atomically once the batch is over.
 */
import { resolve } from 'node:path';
import { displayPath, type BatchTally, type Job, type Outcome } from '../batch/outcome.js';
import { VERSION } from '../run-info.js';
import type { Message } from '../types.js';
import { writeFileAtomic } from '../write/atomic.js';
import type { CliOptions } from './options.js';

export const REPORT_VERSION = 1;

export type InputStatus = 'written' | 'up-to-date' | 'failed' | 'not-written';

export interface InputReport {
  input: string;
  /** The output name (NAME of NAME.json); null for an input that could not be read. */
  name: string | null;
  part: { index: number; count: number } | null;
  status: InputStatus;
  /** Absolute paths of its per-document outputs. */
  outputs: string[];
  /** Milliseconds spent on it (reading, processing, rendering), in a worker. */
  ms: number | null;
  /** Why it failed or was not written. */
  error: string | null;
  messages: Message[];
}

export interface RunReportData {
  reportVersion: number;
  tool: { name: 'directive-parse'; version: string };
  startedAt: string;
  ms: number;
  options: Pick<CliOptions, 'formats' | 'restore' | 'toneStyle' | 'jobs' | 'resume' | 'stdout'> & { outDir: string | null };
  inputs: InputReport[];
  batchFiles: { files: string[]; status: 'committed' | 'kept' | 'none' | 'failed' };
  totals: BatchTally;
  exitCode: number;
}

export class RunReport {
  private readonly inputs: InputReport[] = [];
  private readonly started = Date.now();

  constructor(
    private readonly options: CliOptions,
    private readonly outDir: string,
  ) {}

  /** An input that could not even be listed (no such file, no match). */
  unreadable(message: string): void {
    this.inputs.push({ input: message.split(': ')[0] ?? message, name: null, part: null, status: 'failed', outputs: [], ms: null, error: message, messages: [] });
  }

  finished(job: Job, outcome: Outcome, writeError: string | null): void {
    const base = { input: displayPath(job.input), name: job.name, part: job.part ? { index: job.part.index, count: job.part.count } : null, ms: outcome.ms ?? null };
    if (outcome.kind === 'failed') {
      this.inputs.push({ ...base, status: 'failed', outputs: [], error: outcome.message, messages: [] });
      return;
    }
    const written = outcome.reused ? (job.reuse?.outputs ?? []) : outcome.rendered.files.map((f) => resolve(this.outDir, f.fileName));
    const status: InputStatus = writeError !== null ? 'not-written' : outcome.reused ? 'up-to-date' : 'written';
    this.inputs.push({ ...base, status, outputs: writeError !== null || this.options.stdout ? [] : written, error: writeError, messages: outcome.messages });
  }

  data(batchFiles: RunReportData['batchFiles'], totals: BatchTally, exitCode: number): RunReportData {
    const o = this.options;
    return {
      reportVersion: REPORT_VERSION,
      tool: { name: 'directive-parse', version: VERSION },
      startedAt: new Date(this.started).toISOString(),
      ms: Date.now() - this.started,
      options: { formats: o.formats, restore: o.restore, toneStyle: o.toneStyle, jobs: o.jobs, resume: o.resume, stdout: o.stdout, outDir: o.stdout ? null : this.outDir },
      inputs: this.inputs,
      batchFiles: { files: batchFiles.files.map((f) => resolve(this.outDir, f)), status: batchFiles.status },
      totals,
      exitCode,
    };
  }

  async write(path: string, data: RunReportData): Promise<void> {
    await writeFileAtomic(path, `${JSON.stringify(data, null, 2)}\n`);
  }
}
