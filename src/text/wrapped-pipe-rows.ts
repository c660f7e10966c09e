/**
 * Pipe tables that came through OCR ("| 1 | Rà soát … | Sở Tư\npháp | … |"): the page was read
 * line by line, so a row wraps over several lines, rows are parted by blank lines or not at all,
 * the delimiter row under the header is debris ("[mnt | oe | oe [ge"), and pipes come back as
 * brackets or braces. Such a table has no delimiter row to find it by, so it is found by its
 * shape: a line of three or more pipes, then, within a few lines, a row that starts with its
 * number. Each line is told apart as the start of a row, more of the row above, or a line to
 * skip (the header's debris, blank lines); cells are split once the row's lines are joined.
 */

/** What a line of a wrapped pipe table is. */
export type WrappedRowPart = 'start' | 'more' | 'skip';

/** What OCR prints for a cell border: the pipe, or a bracket or brace read in its place. */
const BORDER = /[|[\]{}]/u;
const BORDERS = /[|[\]{}]/gu;
/** A row's number cell at the line start: "| 12 |", "4|", "| 1]", "|IV|", "11|" (II read as 11). */
const ROW_START = /^\s{0,3}[|[\]{}]?\s{0,2}(\d{1,3}|[IVXl1]{1,5})\s{0,2}[|[\]{}]/u;
/** A line that starts at a border: after a blank line, the table goes on there ("| Ml} DỮ LIỆU SỐ |||"). */
const AT_BORDER = /^\s{0,3}[|[\]{}]/u;
/** How far below the header the first row may start (the header wraps, its debris follows). */
const FIRST_ROW_WITHIN = 8;
/** A row is at most this many lines; a longer run is no table row. */
const MAX_ROW_LINES = 14;

const borderCount = (line: string): number => (line.match(BORDERS) ?? []).length;

/** Whether the line opens a row: a number cell, and text after it. */
export function startsWrappedRow(line: string): boolean {
  const m = ROW_START.exec(line);
  return m !== null && line.slice(m[0].length).trim() !== '';
}

/** A pipe OCR read as a capital I or small l between two cells ("Sở Công Thương I Công an tỉnh"). */
const LETTER_BORDER = /(?<=\S) [Il] (?=\p{Lu})/gu;

/**
 * The cells of a wrapped row once its lines are joined, borders read as pipes and outer ones
 * dropped. Given the header's cell count, a row short of it has its lone I's and l's before a
 * capital read as borders too, when that does not make it longer than the header.
 */
export function splitWrappedRow(joined: string, columns?: number): string[] {
  let t = joined.trim();
  if (t.length > 0 && BORDER.test(t[0]!)) t = t.slice(1);
  if (t.length > 0 && BORDER.test(t[t.length - 1]!)) t = t.slice(0, -1);
  const cells = t.split(BORDERS);
  if (columns !== undefined && cells.length < columns) {
    const more = t.replace(LETTER_BORDER, ' | ').split(BORDERS);
    if (more.length <= columns) return more.map((c) => c.replace(/\s+/gu, ' ').trim());
  }
  return cells.map((c) => c.replace(/\s+/gu, ' ').trim());
}

/**
 * The parts of the lines of every wrapped pipe table in the text, by line index; lines outside
 * such tables are absent. Lines already in a well-formed pipe table (`taken`) are left alone.
 */
export function wrappedPipeTables(values: readonly string[], taken: ReadonlySet<number> = new Set()): Map<number, WrappedRowPart> {
  const out = new Map<number, WrappedRowPart>();
  for (let i = 0; i < values.length; i++) {
    if (taken.has(i) || borderCount(values[i]!) < 3 || startsWrappedRow(values[i]!)) continue;
    let first = -1;
    for (let k = i + 1; k < Math.min(values.length, i + FIRST_ROW_WITHIN); k++) {
      if (taken.has(k)) break;
      if (startsWrappedRow(values[k]!)) {
        first = k;
        break;
      }
    }
    if (first < 0) continue;
    let headEnd = i + 1;
    while (headEnd < first && values[headEnd]!.trim() !== '') headEnd++;
    const columns = splitWrappedRow(values.slice(i, headEnd).join(' ')).length;
    const end = tableEnd(values, first, columns, taken);
    // One row is no table: a numbered line with pipes in running text must not become one.
    const rows = countRows(values, first, end);
    if (rows < 2) continue;
    // The header may wrap over the lines down to its first blank one; what follows it is debris.
    out.set(i, 'start');
    for (let k = i + 1; k < first; k++) out.set(k, k < headEnd ? 'more' : 'skip');
    for (let j = first; j < end; j++) out.set(j, values[j]!.trim() === '' ? 'skip' : startsWrappedRow(values[j]!) ? 'start' : 'more');
    i = end - 1;
  }
  return out;
}

function countRows(values: readonly string[], from: number, to: number): number {
  let n = 0;
  for (let j = from; j < to; j++) if (startsWrappedRow(values[j]!)) n++;
  return n;
}

/**
 * Where the table stops: at a blank line after a row that has all its cells, when the next text
 * opens no row; or when a row runs longer than any row does (the text after the table, with no
 * blank line between). OCR breaks a row with blank lines too, so a row short of cells goes on.
 */
function tableEnd(values: readonly string[], first: number, columns: number, taken: ReadonlySet<number>): number {
  let j = first;
  let rowLines = 0;
  let borders = 0;
  let lastText = first;
  while (j < values.length && !taken.has(j)) {
    const line = values[j]!;
    if (line.trim() === '') {
      let k = j + 1;
      while (k < values.length && values[k]!.trim() === '') k++;
      if (k >= values.length || taken.has(k)) break;
      // A border lost to OCR is allowed for: a row with one fewer is complete.
      if (!startsWrappedRow(values[k]!) && !AT_BORDER.test(values[k]!) && borders >= columns) break;
      j = k;
      continue;
    }
    if (startsWrappedRow(line)) {
      rowLines = 0;
      borders = 0;
    }
    if (++rowLines > MAX_ROW_LINES) break;
    borders += borderCount(line);
    lastText = j;
    j++;
  }
  return lastText + 1;
}
