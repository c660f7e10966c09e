/**
 * The summary printed after a batch: a table with one line per document
 * (type, id, date and counts; yellow when it drew warnings), and a total line.
 * Failures are listed apart, in red, naming the file and the problem.
 */
import type { ChalkInstance } from 'chalk';
import type { SummaryRow } from '../write/render.js';
import { printable, printableLines } from './printable.js';
import { pad, truncate, width } from './terminal.js';

const COLUMNS = ['file', 'type', 'id', 'date', 'sections', 'tasks', 'refs', 'deadlines', 'warnings'] as const;
const NUMERIC = new Set<string>(['sections', 'tasks', 'refs', 'deadlines', 'warnings']);
const MAX_NAME = 32;
const MAX_TYPE = 24;

function cells(row: SummaryRow): string[] {
  return [
    truncate(printable(row.name), MAX_NAME),
    truncate(printable(row.type ?? (row.isDirective ? '?' : 'not a directive')), MAX_TYPE),
    printable(row.id ?? '—'),
    printable(row.date ?? '—'),
    String(row.sections),
    String(row.tasks),
    String(row.references),
    String(row.deadlines),
    String(row.warnings),
  ];
}

export function renderTable(rows: readonly SummaryRow[], chalk: ChalkInstance): string {
  if (rows.length === 0) return '';
  const table = rows.map(cells);
  // A loop, not Math.max(...rows): a spread of one argument per document overflows the stack in a large batch.
  const widths: number[] = COLUMNS.map((c) => c.length);
  for (const r of table) r.forEach((cell, i) => (widths[i] = Math.max(widths[i]!, width(cell))));
  const format = (r: readonly string[]): string => r.map((c, i) => pad(c, widths[i]!, NUMERIC.has(COLUMNS[i]!))).join('  ');
  const lines = [chalk.bold(format(COLUMNS))];
  table.forEach((r, i) => lines.push(rows[i]!.warnings > 0 ? chalk.yellow(format(r)) : format(r)));
  return `${lines.join('\n')}\n`;
}

/** Each failure on a line of its own, what it quotes made printable (a stack trace's lines indented under it). */
export function renderFailures(messages: readonly string[], chalk: ChalkInstance): string {
  return messages.map((m) => `${chalk.red(`✗ ${printableLines(m, '    ')}`)}\n`).join('');
}

/** `reused`: rows of documents whose outputs were already up to date (--resume), counted apart. */
export function renderTotals(rows: readonly SummaryRow[], failed: number, chalk: ChalkInstance, reused = 0): string {
  const tasks = rows.reduce((n, r) => n + r.tasks, 0);
  const refs = rows.reduce((n, r) => n + r.references, 0);
  const written = rows.length - reused;
  const docs = `${written} document${written === 1 ? '' : 's'} written${reused > 0 ? `, ${reused} up to date` : ''}`;
  const line = `${docs}, ${tasks} tasks, ${refs} references${failed > 0 ? `, ${failed} failed` : ''}`;
  return `${failed > 0 ? chalk.red(line) : chalk.green(line)}\n`;
}
