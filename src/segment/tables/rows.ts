/**
 * Rows of a flattened table. A row starts at a line that begins with the next
 * STT ("13", "2.1", after a group "1" again) or with the next group numeral
 * ("II Sở Xây dựng"); its lines run to the next row. Blank lines inside a row
 * separate cells that the flattening printed one under another.
 */
import { joinLines, spanOfLines } from '../../positions.js';
import type { LineNode } from '../../tree.js';
import type { TableColumn, TableRow } from '../../types.js';
import { issue, type Issue } from '../issues.js';
import { isBlank } from '../text/shape.js';
import { romanSum, toRoman } from '../../text/roman.js';
import { splitIndicatorRow, splitTaskRow } from './cells.js';

const GROUP = /^\s{0,4}([IVX]{1,5})\.?\s{1,3}(\S.{0,200})$/u;
const STT = /^\s{0,4}(\d{1,3}(?:\.\d{1,2})?)\.?(?:\s{1,3}|$)/u;

interface RawRow {
  stt: string | null;
  group: string | null;
  groupTitle: string | null;
  lines: LineNode[];
  /** Characters of the first line taken by the STT. */
  skip: number;
}

/** Whether `stt` may follow `last` (STT numbering runs on across groups or restarts at 1). */
function follows(last: string | null, stt: string, afterGroup: boolean): 'next' | 'gap' | null {
  if (last === null || (afterGroup && stt === '1')) return stt === '1' || last === null ? 'next' : null;
  const [a, b] = last.split('.').map(Number) as [number, number | undefined];
  const [c, d] = stt.split('.').map(Number) as [number, number | undefined];
  if (d !== undefined) return c === a && (b === undefined ? d === 1 : d === b + 1) ? 'next' : null;
  if (c === a + 1) return 'next';
  // OCR loses row numbers in bad scans; a small jump forward is still a row.
  return c > a && c <= a + 3 ? 'gap' : null;
}

export function segmentRows(lines: readonly LineNode[]): { rows: RawRow[]; issues: Issue[] } {
  const rows: RawRow[] = [];
  const issues: Issue[] = [];
  let last: string | null = null;
  let group: string | null = null;
  let groupTitle: string | null = null;
  let afterGroup = false;
  for (const line of lines) {
    const text = line.value;
    const current = rows[rows.length - 1];
    const g = GROUP.exec(text);
    const expectedGroup = toRoman(group === null ? 1 : romanSum(group) + 1);
    if (g && g[1] === expectedGroup) {
      group = g[1];
      groupTitle = g[2]!.trim();
      rows.push({ stt: null, group, groupTitle, lines: [line], skip: text.length - g[2]!.length });
      afterGroup = true;
      continue;
    }
    const s = STT.exec(text);
    const how = s ? follows(last, s[1]!, afterGroup) : null;
    if (s && how) {
      if (how === 'gap') issues.push(issue('table-row-number-skipped', `Row ${s[1]} does not follow row ${last}`, line));
      rows.push({ stt: s[1]!, group, groupTitle, lines: [line], skip: s[0].length });
      last = s[1]!;
      afterGroup = false;
      continue;
    }
    if (current) current.lines.push(line);
  }
  return { rows, issues };
}

/** The row's text in chunks separated by blank lines, the STT cut off. */
export function chunksOf(row: RawRow): string[] {
  const chunks: LineNode[][] = [[]];
  for (const line of row.lines) {
    if (isBlank(line.value)) chunks.push([]);
    else chunks[chunks.length - 1]!.push(line);
  }
  return chunks
    .map((c, i) => joinLines(c, i === 0 && c[0] === row.lines[0] ? row.skip : 0).text.trim())
    .filter((t) => t !== '');
}

const INDICATOR_KEYS = new Set(['stt', 'content', 'unit', 'lead', 'partners', 'deadline', 'notes']);

export function toRows(raw: readonly RawRow[], columns: readonly TableColumn[]): TableRow[] {
  const valueColumns = columns.filter((c) => !INDICATOR_KEYS.has(c.key));
  const hasUnit = columns.some((c) => c.key === 'unit');
  return raw.map((row): TableRow => {
    const span = spanOfLines(row.lines)!;
    const base = { stt: row.stt, group: row.group, groupTitle: row.groupTitle, span };
    if (row.stt === null) return { ...base, cells: { content: row.groupTitle ?? '' } };
    const chunks = chunksOf(row);
    const cells =
      hasUnit && valueColumns.length > 0
        ? splitIndicatorRow(chunks.join(' '), columns)
        : splitTaskRow(chunks, columns);
    const all: Record<string, string> = { stt: row.stt, ...cells };
    return { ...base, cells: all };
  });
}
