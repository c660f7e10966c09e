/**
 * Rows of a page that prints every cell as its own paragraph: [STT] content,
 * lead, partners, deadline, cell after cell. The deadline cell closes a row
 * (it is the last column with text); an STT paragraph ("10.") opens one.
 * Rows whose number OCR lost are numbered from their neighbours, and say so.
 */
import { joinLines, spanOfLines } from '../../positions.js';
import type { LineNode } from '../../tree.js';
import type { TableRow } from '../../types.js';
import { issue, type Issue } from '../issues.js';
import { isBlank } from '../text/shape.js';
import type { Page } from './pages.js';
import { cellsByDeadline } from './cells.js';
import { trailingDeadline } from './vocabulary.js';

const STT_ONLY = /^\s{0,4}(\d{1,3})\.?\s{0,2}$/u;

interface Chunk {
  lines: LineNode[];
  text: string;
}

function chunks(page: Page): Chunk[] {
  const out: Chunk[] = [];
  let current: LineNode[] = [];
  const flush = () => {
    if (current.length > 0) out.push({ lines: current, text: joinLines(current).text.trim() });
    current = [];
  };
  for (const line of page.lines) {
    if (isBlank(line.value)) flush();
    else current.push(line);
  }
  flush();
  return out;
}

interface Building {
  stt: string | null;
  cells: Chunk[];
  deadline: Chunk | null;
}

const isDeadline = (c: Chunk): boolean => trailingDeadline(c.text) === 0;

/** A stray line this short after a deadline cell is the next page's first header label ("Stt"), run on without a break. */
const STRAY = 4;

/** The chunk as a deadline cell, without such a stray last line; null when it is no deadline. */
function asDeadline(c: Chunk): Chunk | null {
  if (isDeadline(c)) return c;
  const last = c.lines[c.lines.length - 1]!;
  if (c.lines.length < 2 || last.value.trim().length > STRAY) return null;
  const lines = c.lines.slice(0, -1);
  const head = { lines, text: joinLines(lines).text.trim() };
  return isDeadline(head) ? head : null;
}

/** The cells of a row from its chunks (the deadline last); a page break's leftover fragment is dropped. */
function toCells(row: Building, firstOnPage: boolean): Record<string, string> {
  let cells = row.cells;
  // A lower-case fragment at the top of a page ends a cell the page break cut.
  if (firstOnPage && cells.length > 3 && /^\p{Ll}/u.test(cells[0]!.text)) cells = cells.slice(1);
  const texts = cells.map((c) => c.text);
  if (row.deadline) return cellsByDeadline([...texts, row.deadline.text])!;
  return { content: texts.join(' '), lead: '', partners: '', deadline: '', notes: '' };
}

export function stackedRows(page: Page, group: { group: string | null; groupTitle: string | null }): { rows: TableRow[]; issues: Issue[] } {
  const built: Building[] = [];
  let current: Building | null = null;
  for (const chunk of chunks(page)) {
    const stt = STT_ONLY.exec(chunk.text);
    if (stt) {
      built.push((current = { stt: stt[1]!, cells: [], deadline: null }));
      continue;
    }
    if (!current || current.deadline) built.push((current = { stt: null, cells: [], deadline: null }));
    const deadline = current.cells.length > 0 ? asDeadline(chunk) : null;
    if (deadline) current.deadline = deadline;
    else current.cells.push(chunk);
  }
  const issues: Issue[] = [];
  const rows = built.filter((r) => r.cells.length > 0);
  numberFromNeighbours(rows, issues);
  return {
    rows: rows.map((row, k) => {
      const lines = [...row.cells.flatMap((c) => c.lines), ...(row.deadline?.lines ?? [])];
      const cells = toCells(row, k === 0);
      return { stt: row.stt, ...group, cells: { stt: row.stt ?? '', ...cells }, span: spanOfLines(lines)! };
    }),
    issues,
  };
}

/** Rows without a number take the one their position implies, counting from the nearest numbered row. */
function numberFromNeighbours(rows: Building[], issues: Issue[]): void {
  rows.forEach((row, k) => {
    if (row.stt !== null) return;
    const after = rows.findIndex((r, j) => j > k && r.stt !== null);
    let before = -1;
    for (let j = k - 1; j >= 0; j--) if (rows[j]!.stt !== null) {
      before = j;
      break;
    }
    const n = before >= 0 ? Number(rows[before]!.stt) + (k - before) : after >= 0 ? Number(rows[after]!.stt) - (after - k) : NaN;
    if (!(n >= 1)) return;
    row.stt = String(n);
    const line = row.cells[0]!.lines[0]!;
    issues.push(issue('table-row-number-inferred', `Row number lost in the scan; numbered ${n} from the rows around it`, line));
  });
}
