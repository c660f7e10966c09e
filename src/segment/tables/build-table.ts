/**
 * One table node from its lines: the "Phụ lục N" label, the title and the
 * "(Kèm theo …)" caption, the header row's columns, then the rows. Markdown
 * tables arrive with their cells already split and only need their columns named.
 */
import type { LineNode, TableNode } from '../../tree.js';
import type { TableColumn, TableRow } from '../../types.js';
import { spanOfLines } from '../../positions.js';
import type { Issue } from '../issues.js';
import { fold } from '../text/fold.js';
import { isBlank, isUpperLine } from '../text/shape.js';
import { romanValue } from '../sections/numbering.js';
import { columnsOf, keyOfLabel, labelCount, slug } from './columns.js';
import { segmentRows, toRows } from './rows.js';

const APPENDIX = /^\s{0,8}phu luc(?:\s{1,2}(?:\d{1,2}|[ivx]{1,4}))?\s{0,2}[:.]?\s{0,2}$/u;

/** "Phụ lục 2": asked of every line, so the line is folded only when it starts with a "p". */
export function isAppendixLine(text: string): boolean {
  const first = /^\s{0,8}(\S)/u.exec(text)?.[1];
  return first !== undefined && fold(first) === 'p' && APPENDIX.test(fold(text));
}

const FIRST_ROW = /^\s{0,4}(?:I\.?\s{1,3}\S|\d{1,2}\.?(?:\s|$))/u;
const DEFAULT_COLUMNS: TableColumn[] = [
  { key: 'stt', label: 'STT' },
  { key: 'content', label: 'Nội dung' },
];

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
  if (i < lines.length && isAppendixLine(lines[i]!.value)) label = lines[i++]!.value.trim().replace(/[:.]$/u, '').trim();
  skipBlank();
  const titleLines: string[] = [];
  while (i < lines.length && titleLines.length < 3 && isUpperLine(lines[i]!.value) && labelCount(lines[i]!.value) < 2) {
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
  const columns = columnsOf(header) ?? DEFAULT_COLUMNS;
  // Header rows printed again at the top of later pages are not row text.
  const body = lines.slice(i).filter((l) => labelCount(l.value) < 2);
  const { rows: raw, issues } = segmentRows(body);
  const rows = toRows(raw, columns);
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
    },
  };
  return { node, issues };
}

const DELIMITER = /^\s{0,3}:?-{3,}:?\s{0,3}$/u;

export function buildMarkdownTable(lines: readonly LineNode[], ordinal: number): BuiltTable {
  const rowLines = lines.filter((l) => l.data?.cells && !l.data.cells.every((c) => DELIMITER.test(c)));
  const [head, ...rest] = rowLines;
  const columns: TableColumn[] = (head?.data?.cells ?? []).map((label, k) => ({ key: keyOfLabel(label, k), label: label.trim() }));
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c.key)) c.key = `${c.key}-${columns.indexOf(c) + 1}`;
    seen.add(c.key);
  }
  let group: string | null = null;
  let groupTitle: string | null = null;
  const rows: TableRow[] = rest.map((line) => {
    const cells: Record<string, string> = {};
    columns.forEach((c, k) => (cells[c.key] = (line.data?.cells?.[k] ?? '').trim()));
    const first = (line.data?.cells?.[0] ?? '').trim();
    const span = spanOfLines([line])!;
    const others = columns.slice(2).every((c) => (cells[c.key] ?? '') === '');
    if (/^[IVX]{1,5}\.?$/u.test(first) && romanValue(first.replace('.', '')) > 0 && others) {
      group = first.replace('.', '');
      groupTitle = cells[columns[1]?.key ?? 'content'] ?? null;
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
