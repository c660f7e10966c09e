/**
 * From an offset in the text a block was analysed as back to the input:
 * paragraphs and footnotes through their lines (blockText), table cells by
 * finding the cell's words among the row's lines.
 */
import { blockText, type BlockText } from '../assemble/block-text.js';
import { joinLines, spanAt, spanOfLines } from '../positions.js';
import type { LineNode, TableNode } from '../tree.js';
import type { Span } from '../types.js';

export { blockText, type BlockText };

function within(line: LineNode, span: Span): boolean {
  return line.position.start.line >= span.start.line && line.position.end.line <= span.end.line;
}

/** Spans for hits in one cell of one table row. */
export function cellText(table: TableNode, rowIndex: number, cell: string): BlockText {
  const row = table.data.table.rows[rowIndex]!;
  const lines = table.children.filter((l) => within(l, row.span));
  const joined = joinLines(lines);
  const fallback = spanOfLines(lines) ?? row.span;
  const cellAt = joined.text.indexOf(cell);
  return {
    text: cell,
    spanOf(start, end) {
      if (joined.pieces.length === 0) return fallback;
      if (cellAt !== -1) return spanAt(joined, cellAt + start, cellAt + end);
      // The cell was rebuilt from pieces of the row; look for the mention's own words instead.
      const at = joined.text.indexOf(cell.slice(start, end));
      return at === -1 ? fallback : spanAt(joined, at, at + (end - start));
    },
  };
}
