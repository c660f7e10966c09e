/**
 * From an offset in the text a block was analysed as back to the input:
 * paragraphs and footnotes through their lines (blockText), table cells by
 * finding the cell's words among the row's lines.
 */
import { blockText, type BlockText } from '../assemble/block-text.js';
import { joinLines, spanAt, spanOfLines, type JoinedText } from '../positions.js';
import type { LineNode, TableNode } from '../tree.js';
import type { Span } from '../types.js';

export { blockText, type BlockText };

function within(line: LineNode, span: Span): boolean {
  return line.position.start.line >= span.start.line && line.position.end.line <= span.end.line;
}

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

/** Spans for hits in one cell of one table row. */
export function cellText(table: TableNode, rowIndex: number, cell: string): BlockText {
  const row = table.data.table.rows[rowIndex]!;
  const lines: LineNode[] = [];
  for (const line of table.children) if (within(line, row.span)) lines.push(line);
  const joined = joinLines(lines);
  return new CellText(cell, joined, joined.text.indexOf(cell), spanOfLines(lines) ?? row.span);
}
