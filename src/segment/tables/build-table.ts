/**
 * One table node from its lines: the "Phụ lục N" label, the title and the
 * "(Kèm theo …)" caption, the header row's columns, then the rows. Markdown
 * tables arrive with their cells already split and only need their columns named.
 */
import type { LineNode, TableNode } from '../../tree.js';
import type { TableColumn, TableRow } from '../../types.js';
import { spanOfLines } from '../../positions.js';
import type { Issue } from '../issues.js';
import { foldDroppingMarks } from '../text/fold.js';
import { isBlank, isUpperLine } from '../text/shape.js';
import { romanSum } from '../../text/roman.js';
import { splitPipeRow } from '../../text/pipe-rows.js';
import { splitWrappedRow } from '../../text/wrapped-pipe-rows.js';
import { columnsOf, keyOfLabel, labelCount, slug } from './columns.js';
import { isStacked, splitPages } from './pages.js';
import { segmentRows, toRows } from './rows.js';
import { stackedRows } from './stacked.js';
import { append } from '../../text/append.js';

const APPENDIX = /^\s{0,8}phu luc(?:\s{1,2}(?:\d{1,2}|[ivx]{1,4}))?/u;
/** What a scan leaves after the title: stops and specks read as one- to three-letter words ("PHỤ LỤC , cũ ; ;"). */
const DEBRIS = /^(?:[\s:.,;'"|`~_-]|(?<![\p{L}\p{N}])\p{L}{1,3}(?![\p{L}\p{N}]))*$/u;

/** The appendix label a line is ("Phụ lục 2"), its debris dropped, or null. */
export function appendixLabel(text: string): string | null {
  const first = /^\s{0,8}(\S)/u.exec(text)?.[1];
  if (first === undefined || foldDroppingMarks(first) !== 'p') return null;
  const m = APPENDIX.exec(foldDroppingMarks(text));
  if (m === null || !DEBRIS.test(text.slice(m[0].length))) return null;
  // At most two specks: a third word is the title's.
  if ((text.slice(m[0].length).match(/\p{L}+/gu) ?? []).length > 2) return null;
  return text.slice(0, m[0].length).trim();
}

/** "Phụ lục 2": asked of every line, so the line is folded only when it starts with a "p". */
export function isAppendixLine(text: string): boolean {
  return appendixLabel(text) !== null;
}

// A group "I" may stand alone on its line, its title on the lines below (cells one under another).
const FIRST_ROW = /^\s{0,4}(?:I\.?(?:\s{1,3}\S|\s{0,3}$)|\d{1,2}\.?(?:\s|$))/u;
const DEFAULT_COLUMNS: TableColumn[] = [
  { key: 'stt', label: 'STT' },
  { key: 'content', label: 'Nội dung' },
];

/** A title line: capitals naming no columns ("STT" alone is a header's first label, printed one label per line). */
const isTitle = (text: string): boolean => isUpperLine(text) && labelCount(text) < 2 && !/^\s{0,4}(?:STT|TT)\s{0,4}$/u.test(text);

/** Words of a header beyond its row-number label: a header that names columns, known or not. */
const LABEL_WORDS = 3;
function printsLabels(header: string): boolean {
  const words = header.replace(/^\s*(?:STT|TT)\b/iu, '').match(/\p{L}{2,}/gu) ?? [];
  return words.length >= LABEL_WORDS;
}

export interface BuiltTable {
  node: TableNode;
  issues: Issue[];
}

export function buildTextTable(lines: readonly LineNode[], ordinal: number): BuiltTable {
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && isBlank(lines[i]!.value)) i++;
  };
  skipBlank();
  let label: string | null = null;
  if (i < lines.length) label = appendixLabel(lines[i]!.value);
  if (label !== null) i++;
  skipBlank();
  const titleLines: string[] = [];
  while (i < lines.length && titleLines.length < 3 && isTitle(lines[i]!.value)) {
    titleLines.push(lines[i++]!.value.trim());
  }
  skipBlank();
  const captionLines: string[] = [];
  if (i < lines.length && /^\s{0,8}\(/u.test(lines[i]!.value)) {
    while (i < lines.length && captionLines.length < 4) {
      const text = lines[i++]!.value.trim();
      captionLines.push(text);
      if (/\)\s*$/u.test(text)) break;
    }
  }
  const headerStart = i;
  while (i < lines.length && !FIRST_ROW.test(lines[i]!.value)) i++;
  // The header ends before the first long line that names no column; lines from there to the
  // first numbered row are a row whose number OCR lost, and are left out of the rows.
  let headerEnd = headerStart;
  // Labels wrap inside their cells ("Ghi" / "chú"), so short lines continue the header too.
  for (let k = headerStart; k < i; k++) {
    const text = lines[k]!.value;
    if (labelCount(text + ' Ghi chú') >= 2 || text.trim().length <= 30) headerEnd = k + 1;
    else break;
  }
  const header = lines
    .slice(headerStart, Math.max(headerEnd, Math.min(i, headerStart + 1)))
    .map((l) => l.value.trim())
    .filter((t) => t !== '')
    .join(' ');
  const named = columnsOf(header);
  const columns = inReadingOrder(named ?? DEFAULT_COLUMNS, headerEnd - headerStart > 1);
  const { rows, issues } = bodyRows(lines.slice(i), columns);
  const id = label ? slug(label) : `table-${ordinal}`;
  const node: TableNode = {
    type: 'table',
    children: [...lines],
    data: {
      table: {
        id,
        label,
        title: titleLines.length > 0 ? titleLines.join(' ') : null,
        caption: captionLines.length > 0 ? captionLines.join(' ') : null,
        columns,
        rows,
      },
      ...(named === null && printsLabels(header) ? { unlabelled: true } : {}),
    },
  };
  return { node, issues };
}

/** Where each known column stands in a directive's task or indicator table, left to right. */
const CANONICAL = ['stt', 'content', 'unit', 'lead', 'partners', 'deadline', 'notes'];

/**
 * A header printed over several lines (labels of two lines centred beside
 * labels of one) comes out of OCR with its labels out of order; the known
 * columns are put back in the order such tables always have, and the others
 * stay after the known column they followed.
 */
function inReadingOrder(columns: TableColumn[], multiLine: boolean): TableColumn[] {
  if (!multiLine) return columns;
  let rank = -1;
  const ranked = columns.map((c, k) => {
    const known = CANONICAL.indexOf(c.key);
    if (known >= 0) rank = known;
    return { c, rank: known >= 0 ? known : rank + 0.5, k };
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.k - b.k).map((r) => r.c);
}

/**
 * The rows of the body, page by page: pages that print each cell as its own
 * paragraph are read cell after cell (stacked.ts), the rest as rows of lines
 * (rows.ts); rows come out in print order.
 */
function bodyRows(body: readonly LineNode[], columns: readonly TableColumn[]): { rows: TableRow[]; issues: Issue[] } {
  const rows: TableRow[] = [];
  const issues: Issue[] = [];
  // The stacked layout is that of task tables with lead and deadline columns (content, lead, partners, deadline).
  const taskTable = columns.some((c) => c.key === 'deadline') && columns.some((c) => c.key === 'lead');
  let run: LineNode[] = [];
  // Consecutive pages of line rows are read together, so groups and numbering run across them.
  const flushRun = () => {
    if (run.length === 0) return;
    const found = segmentRows(run);
    append(rows, toRows(found.rows, columns));
    append(issues, found.issues);
    run = [];
  };
  for (const page of splitPages(body)) {
    if (!taskTable || !isStacked(page)) {
      append(run, page.lines);
      continue;
    }
    flushRun();
    const before = rows[rows.length - 1];
    const found = stackedRows(page, { group: before?.group ?? null, groupTitle: before?.groupTitle ?? null });
    append(rows, found.rows);
    append(issues, found.issues);
  }
  flushRun();
  return { rows, issues };
}

const DELIMITER = /^\s{0,3}:?-{3,}:?\s{0,3}$/u;

/** A row's cells: as Markdown parsing split them, or from the (restored) line of a pipe table in plain text. */
const cellsOf = (l: LineNode): string[] | undefined => l.data?.cells ?? (l.data?.markdown === 'tableRow' ? splitPipeRow(l.value) : undefined);

/** A row of a Markdown table: its lines (more than one where OCR wrapped it) and cells. */
interface MarkdownRow {
  lines: LineNode[];
  cells: string[];
}

/** The rows of a Markdown table's lines, a wrapped row's lines joined; delimiter rows and debris left out. */
function markdownRows(lines: readonly LineNode[]): MarkdownRow[] {
  const rows: MarkdownRow[] = [];
  let wrapped: LineNode[] = [];
  const flush = () => {
    // The header's cell count tells a row short of cells, whose pipes OCR may have read as letters.
    if (wrapped.length > 0) rows.push({ lines: wrapped, cells: splitWrappedRow(wrapped.map((l) => l.value).join(' '), rows[0]?.cells.length) });
    wrapped = [];
  };
  for (const l of lines) {
    const part = l.data?.wrappedRow;
    if (part !== undefined) {
      if (part === 'start') flush();
      if (part === 'start' || (part === 'more' && wrapped.length > 0)) wrapped.push(l);
      continue;
    }
    flush();
    const cells = cellsOf(l);
    if (cells !== undefined && !cells.every((c) => DELIMITER.test(c))) rows.push({ lines: [l], cells });
  }
  flush();
  return rows;
}

/** A group row's numeral as OCR printed it ("1" for I, "11" for II, "Il"): strokes read as I. */
const WRAPPED_GROUP = /^[IVXl1]{1,5}$/u;

export function buildMarkdownTable(lines: readonly LineNode[], ordinal: number): BuiltTable {
  const [head, ...rest] = markdownRows(lines);
  const columns: TableColumn[] = (head?.cells ?? []).map((label, k) => ({ key: keyOfLabel(label, k), label: label.trim() }));
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c.key)) c.key = `${c.key}-${columns.indexOf(c) + 1}`;
    seen.add(c.key);
  }
  let group: string | null = null;
  let groupTitle: string | null = null;
  const rows: TableRow[] = rest.map((row) => {
    const cells: Record<string, string> = {};
    const split = row.cells;
    columns.forEach((c, k) => (cells[c.key] = (split[k] ?? '').trim()));
    const first = (split[0] ?? '').trim();
    const span = spanOfLines(row.lines)!;
    const others = columns.slice(2).every((c) => (cells[c.key] ?? '') === '');
    const title = cells[columns[1]?.key ?? 'content'] ?? null;
    if (/^[IVX]{1,5}\.?$/u.test(first) && romanSum(first.replace('.', '')) > 0 && others) {
      group = first.replace('.', '');
      groupTitle = title;
      return { stt: null, group, groupTitle, cells, span };
    }
    // OCR turns the strokes of a group's numeral into digits or letters; its capitals title tells it from a task.
    if (row.lines[0]!.data?.wrappedRow !== undefined && WRAPPED_GROUP.test(first) && others && title !== null && isUpperLine(title)) {
      group = first.replace(/[l1]/gu, 'I');
      groupTitle = title;
      return { stt: null, group, groupTitle, cells, span };
    }
    return { stt: first === '' ? null : first.replace(/\.$/u, ''), group, groupTitle, cells, span };
  });
  const node: TableNode = {
    type: 'table',
    children: [...lines],
    data: { table: { id: `table-${ordinal}`, label: null, title: null, caption: null, columns, rows } },
  };
  return { node, issues: [] };
}
