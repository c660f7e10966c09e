/**
 * The summary printed after a batch: a table with one line per document
 * (type, id, date and counts; yellow when it drew warnings), and a total line.
 * Failures are listed apart, in red, naming the file and the problem.
 *
 * A batch of ten thousand documents is not read on a terminal: the table
 * shows the first rows, says how many more there are and where they all are
 * (documents.csv, the run report). On a terminal the table fits its width:
 * the name and type columns give way first, then the columns on the right.
 */
import type { ChalkInstance } from 'chalk';
import { translator, type MessageId, type Translator } from '../i18n/catalogue.js';
import type { SummaryRow } from '../write/render.js';
import { printable, printableLines } from './printable.js';
import { pad, truncate, width } from './terminal.js';

const COLUMNS = ['file', 'type', 'id', 'date', 'sections', 'tasks', 'refs', 'deadlines', 'warnings'] as const;
const NUMERIC = new Set<string>(['sections', 'tasks', 'refs', 'deadlines', 'warnings']);
const MAX_NAME = 32;
const MAX_TYPE = 24;
/** Narrowest the name and type columns get before columns are dropped instead. */
const MIN_NAME = 12;
const MIN_TYPE = 8;
const GAP = 2;
/** Rows shown before the table says how many more there are. */
export const MAX_ROWS = 50;

export interface TableLayout {
  t?: Translator;
  /** The terminal's width; undefined when not a terminal (a file, a pipe: nothing to fit). */
  columns?: number | undefined;
  maxRows?: number;
}

function cells(row: SummaryRow, t: Translator): string[] {
  return [
    printable(row.name),
    printable(row.type ?? (row.isDirective ? '?' : t('summary.notDirective'))),
    printable(row.id ?? '—'),
    printable(row.date ?? '—'),
    String(row.sections),
    String(row.tasks),
    String(row.references),
    String(row.deadlines),
    String(row.warnings),
  ];
}

function fit(widths: number[], columns: number | undefined): number {
  const total = (n: number): number => widths.slice(0, n).reduce((a, b) => a + b, 0) + GAP * (n - 1);
  if (columns === undefined || columns <= 0) return widths.length;
  for (const [i, least] of [[0, MIN_NAME], [1, MIN_TYPE]] as const) {
    const over = total(widths.length) - columns;
    if (over > 0) widths[i] = Math.max(least, widths[i]! - over);
  }
  let shown = widths.length;
  while (shown > 4 && total(shown) > columns) shown -= 1;
  return shown;
}

export function renderTable(rows: readonly SummaryRow[], chalk: ChalkInstance, layout: TableLayout = {}): string {
  if (rows.length === 0) return '';
  const t = layout.t ?? translator('en');
  const maxRows = layout.maxRows ?? MAX_ROWS;
  const shownRows = rows.slice(0, maxRows);
  const headings = COLUMNS.map((c) => t(`summary.${c}` as MessageId));
  const table = shownRows.map((r) => cells(r, t));
  // A loop, not Math.max(...rows): a spread of one argument per document overflows the stack in a large batch.
  const widths: number[] = headings.map((h) => width(h));
  for (const r of table) r.forEach((cell, i) => (widths[i] = Math.max(widths[i]!, width(cell))));
  widths[0] = Math.min(widths[0]!, MAX_NAME);
  widths[1] = Math.min(widths[1]!, MAX_TYPE);
  const shown = fit(widths, layout.columns);
  const format = (r: readonly string[]): string =>
    r
      .slice(0, shown)
      .map((c, i) => pad(truncate(c, widths[i]!), widths[i]!, NUMERIC.has(COLUMNS[i]!)))
      .join(' '.repeat(GAP))
      .trimEnd();
  const lines = [chalk.bold(format(headings))];
  table.forEach((r, i) => lines.push(shownRows[i]!.warnings > 0 ? chalk.yellow(format(r)) : format(r)));
  if (rows.length > shownRows.length) lines.push(chalk.dim(t('summary.more', { count: rows.length - shownRows.length })));
  return `${lines.join('\n')}\n`;
}

/** Each failure on a line of its own, what it quotes made printable (a stack trace's lines indented under it). */
export function renderFailures(messages: readonly string[], chalk: ChalkInstance): string {
  return messages.map((m) => `${chalk.red(`✗ ${printableLines(m, '    ')}`)}\n`).join('');
}

/** `reused`: rows of documents whose outputs were already up to date (--resume), counted apart. */
export function renderTotals(rows: readonly SummaryRow[], failed: number, chalk: ChalkInstance, reused = 0, t: Translator = translator('en')): string {
  const tasks = rows.reduce((n, r) => n + r.tasks, 0);
  const refs = rows.reduce((n, r) => n + r.references, 0);
  const written = rows.length - reused;
  const documents = `${t('summary.written', { count: written })}${reused > 0 ? `, ${t('summary.upToDate', { count: reused })}` : ''}`;
  const line = `${t('summary.totals', { documents, tasks, refs })}${failed > 0 ? `, ${t('summary.failed', { count: failed })}` : ''}`;
  return `${failed > 0 ? chalk.red(line) : chalk.green(line)}\n`;
}
