/**
 * NAME.explain.tsv (--explain): the restorer's decisions, one row per token, for a person
 * (a spreadsheet or `column -t`) and a program alike. Tab-separated with a header row; a
 * field never holds a tab or a line break (written \t, \n, \r, and a backslash \\); an
 * empty field is "no value". The margin "inf" is a choice no other option came near.
 */
import type { ExplainRow } from '../restore/explain-rows.js';

export const EXPLAIN_SUFFIX = '.explain.tsv';
export const EXPLAIN_HEADER = 'line\tcolumn\tinput\toutput\tdecision\treason\tmargin\tconfidence\talternative';

const ESCAPES: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '\\': '\\\\' };
const field = (s: string): string => s.replace(/[\t\n\r\\]/gu, (c) => ESCAPES[c]!);
const num = (x: number | null): string => (x === null ? '' : Number.isFinite(x) ? String(x) : 'inf');

export function explainToTsv(rows: readonly ExplainRow[]): string {
  const lines = [EXPLAIN_HEADER];
  for (const r of rows) {
    lines.push([r.line, r.column, field(r.input), field(r.output), r.decision, r.reason, num(r.margin), num(r.confidence), field(r.alternative ?? '')].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
