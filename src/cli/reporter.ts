/**
 * What the command tells the user while and after it runs: failures (always,
 * on standard error), per-document messages with --verbose, restoration
 * details with --explain, and the summary table unless --quiet.
 */
import type { ChalkInstance } from 'chalk';
import { displayPath, type Job, type Outcome } from '../batch/outcome.js';
import type { Message, RestoredToken } from '../types.js';
import type { SummaryRow } from '../write/render.js';
import { translator, type Translator } from '../i18n/catalogue.js';
import type { CliOptions } from './options.js';
import { printable } from './printable.js';
import { renderFailures, renderTable, renderTotals } from './summary.js';
import type { Io } from './terminal.js';

export class Reporter {
  private readonly rows: SummaryRow[] = [];
  private readonly failures: string[] = [];
  private readonly notices: string[] = [];
  private reused = 0;
  /** Where the summary and --explain go: stdout, unless stdout carries the documents. */
  private readonly out: Io['stdout'];

  constructor(
    private readonly io: Io,
    private readonly options: Pick<CliOptions, 'quiet' | 'verbose' | 'explain' | 'stdout'>,
    private readonly chalk: ChalkInstance,
    private readonly errChalk: ChalkInstance,
    private readonly t: Translator = translator('en'),
  ) {
    this.out = options.stdout ? io.stderr : io.stdout;
  }

  /** A note on standard error as the batch starts (an output name cut, say); not with --quiet. */
  notice(message: string): void {
    if (!this.options.quiet) this.io.stderr.write(`${this.errChalk.dim(this.t('run.note', { text: printable(message) }))}\n`);
  }

  inputError(message: string): void {
    this.failures.push(message);
  }

  writeError(message: string): void {
    this.failures.push(message);
  }

  /** Something the user must know about the outputs that is not a failure of one input (batch CSVs left as they were). Printed even with --quiet. */
  batchNotice(message: string): void {
    this.notices.push(message);
  }

  finished(job: Job, outcome: Outcome, writeError: string | null): void {
    if (outcome.kind === 'failed') {
      this.failures.push(outcome.message);
      return;
    }
    if (writeError !== null) this.failures.push(writeError);
    else this.rows.push(outcome.rendered.summary);
    if (outcome.reused && writeError === null) this.reused += 1;
    const path = printable(displayPath(job.input));
    if (this.options.verbose) this.io.stderr.write(outcome.messages.map((m) => this.message(path, m)).join(''));
    if (this.options.explain && !this.options.quiet) this.out.write(this.explain(path, outcome.explain));
  }

  private message(path: string, m: Message): string {
    const place = m.line === null ? '' : `:${m.line}:${m.column ?? 1}`;
    const tone = m.severity === 'error' ? this.errChalk.red : m.severity === 'warning' ? this.errChalk.yellow : this.errChalk.dim;
    return `${path}${place}: ${tone(m.severity)} ${printable(m.message)} ${this.errChalk.dim(`[${printable(`${m.source}/${m.ruleId}`)}]`)}\n`;
  }

  private explain(path: string, tokens: readonly RestoredToken[]): string {
    const c = this.chalk;
    const lines = tokens.map((t) => {
      const alts = t.alternatives.map((a) => `${printable(a.text)} ${a.confidence.toFixed(2)}`).join(', ');
      const change = t.original === t.restored ? c.yellow(printable(t.original)) : `${printable(t.original)} → ${c.green(printable(t.restored))}`;
      return `${path}:${t.span.start.line}:${t.span.start.column}  ${change}  ${t.confidence.toFixed(2)}${alts ? c.dim(`  (${alts})`) : ''}`;
    });
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
  }

  /** The summary, or only the failures and notices with --quiet. */
  finish(note: string | null): void {
    if (!this.options.quiet) {
      this.out.write(renderTable(this.rows, this.chalk, { t: this.t, columns: this.out.isTTY ? this.out.columns : undefined }));
    }
    this.io.stderr.write(renderFailures(this.failures, this.errChalk));
    this.io.stderr.write(this.notices.map((n) => `${this.errChalk.yellow(`! ${n}`)}\n`).join(''));
    if (!this.options.quiet) {
      this.out.write(renderTotals(this.rows, this.failures.length, this.chalk, this.reused, this.t));
      if (note) this.out.write(`${this.chalk.dim(printable(note))}\n`);
    }
  }
}
