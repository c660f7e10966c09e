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
import { trailingDeadline } from './vocabulary.js';

const GROUP = /^\s{0,4}([IVX]{1,5})\.?\s{1,3}(\S.{0,200})$/u;
/** A group numeral alone on its line, its title on the lines under it. */
const BARE_GROUP = /^\s{0,4}([IVX]{1,5})\.?\s{0,3}$/u;
/** A row number alone on its line: the row's cells follow one under another. */
const BARE_STT = /^\s{0,4}\d{1,3}(?:\.\d{1,2})?\.?\s{0,3}$/u;
/** How many lines a bare group's title may take. */
const TITLE_LINES = 4;
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
  lines.forEach((line, at) => {
    const text = line.value;
    const current = rows[rows.length - 1];
    const g = GROUP.exec(text) ?? BARE_GROUP.exec(text);
    const expectedGroup = toRoman(group === null ? 1 : romanSum(group) + 1);
    if (g && g[1] === expectedGroup) {
      group = g[1];
      groupTitle = g[2]?.trim() ?? titleBelow(lines, at + 1);
      rows.push({ stt: null, group, groupTitle, lines: [line], skip: g[2] === undefined ? text.length : text.length - g[2].length });
      afterGroup = true;
      return;
    }
    const s = STT.exec(text);
    const how = s ? follows(last, s[1]!, afterGroup) : null;
    if (s && how) {
      if (how === 'gap') issues.push(issue('table-row-number-skipped', `Row ${s[1]} does not follow row ${last}`, line));
      rows.push({ stt: s[1]!, group, groupTitle, lines: [line], skip: s[0].length });
      last = s[1]!;
      afterGroup = false;
      return;
    }
    if (current) current.lines.push(line);
  });
  return { rows, issues };
}

/** The title of a group whose numeral stands alone: the lines under it, up to the first row's number. */
function titleBelow(lines: readonly LineNode[], from: number): string {
  const title: string[] = [];
  for (let k = from; k < Math.min(lines.length, from + TITLE_LINES); k++) {
    const text = lines[k]!.value.trim();
    if (text === '' || STT.test(text)) break;
    title.push(text);
  }
  return title.join(' ');
}

/** A line that leaves its cell open: it ends on a comma, a semicolon, a dash or a joining word. */
const OPEN_END = /(?:[,;:(–-]|(?:^|\s)(?:và|của|với|các|cho|tại|theo|ngày|tháng|năm|quý|từ|đến|trước|hết))\s{0,3}$/iu;

/**
 * The row's text in chunks separated by blank lines, the STT cut off. A row
 * whose number stands alone on its line and that has no blank line prints its
 * cells one under another, each on one or more lines: a cell starts on a line
 * that begins with a capital letter, unless the line above left its cell open.
 */
export function chunksOf(row: RawRow): string[] {
  const chunks: LineNode[][] = [[]];
  const unrolled = row.stt !== null && BARE_STT.test(row.lines[0]!.value) && !row.lines.some((l) => isBlank(l.value));
  row.lines.forEach((line, k) => {
    const above = row.lines[k - 1]?.value ?? '';
    // A year or date alone on its line is a deadline cell of its own ("2026").
    const opens = unrolled && k > 1 && (/^\s{0,4}\p{Lu}/u.test(line.value) || trailingDeadline(line.value) === 0) && !OPEN_END.test(above);
    if (isBlank(line.value)) chunks.push([]);
    else if (opens) chunks.push([line]);
    else chunks[chunks.length - 1]!.push(line);
  });
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
