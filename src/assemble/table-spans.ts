/**
 * From an offset in a table cell's text back to the input (paragraphs and
 * footnotes go through their lines, block-text.ts): by finding the cell's
 * words among the row's lines.
 */
import type { BlockText } from './block-text.js';
import { joinLines, spanAt, spanOfLines, type JoinedText } from '../positions.js';
import type { LineNode, TableNode } from '../tree.js';
import type { Span } from '../types.js';

class CellText implements BlockText {
  constructor(
    readonly text: string,
    private readonly joined: JoinedText,
    /** Where the cell's text is in the row's lines joined, or -1. */
    private readonly cellAt: number,
    private readonly fallback: Span,
  ) {}

  spanOf(start: number, end: number): Span {
    const { joined, cellAt, fallback } = this;
    if (joined.pieces.length === 0) return fallback;
    if (cellAt !== -1) return spanAt(joined, cellAt + start, cellAt + end);
    // The cell was rebuilt from pieces of the row; look for the mention's own words instead.
    const at = joined.text.indexOf(this.text.slice(start, end));
    return at === -1 ? fallback : spanAt(joined, at, at + (end - start));
  }
}

interface RowText {
  joined: JoinedText;
  fallback: Span;
  /** Where the last cell found in the row ends: the next cell is looked for after it. */
  cursor: number;
}

/** The first of `lines` (in input order) that starts on `line` or after it. */
function firstFrom(lines: readonly LineNode[], line: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.position.start.line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Spans for hits in the cells of one table. Each row's lines are found by
 * bisection and joined once, when a cell of the row first has a hit, and a
 * row's cells are looked for one after the other: scanning every line of
 * the table for every cell, and the row's text from its start, was
 * quadratic (a 512 KB table of short rows took minutes).
 */
export class TableSpans {
  private readonly rows = new Map<number, RowText>();

  constructor(private readonly table: TableNode) {}

  private row(rowIndex: number): RowText {
    let row = this.rows.get(rowIndex);
    if (row) return row;
    const span = this.table.data.table.rows[rowIndex]!.span;
    const all = this.table.children;
    const lines: LineNode[] = [];
    for (let i = firstFrom(all, span.start.line); i < all.length && all[i]!.position.end.line <= span.end.line; i++) lines.push(all[i]!);
    row = { joined: joinLines(lines), fallback: spanOfLines(lines) ?? span, cursor: 0 };
    this.rows.set(rowIndex, row);
    return row;
  }

  /** Spans for hits in one cell of a row; a row's cells are best given in the order they are printed. */
  cell(rowIndex: number, cell: string): BlockText {
    const row = this.row(rowIndex);
    // A cell printed twice in a row is found at its own place, not at the first.
    let at = row.joined.text.indexOf(cell, row.cursor);
    if (at === -1) at = row.joined.text.indexOf(cell);
    else row.cursor = at + cell.length;
    return new CellText(cell, row.joined, at, row.fallback);
  }
}
