/**
 * The running text a block was analysed as, with the way back to input
 * positions. A section's first paragraph starts after its marker, so its
 * `data.text` is a suffix of its lines joined; the offset shift recovers the
 * marker's length without the segmenter having to record it.
 */
import { joinLines, spanAt, spanOfLines, type JoinedText } from '../positions.js';
import type { LineNode } from '../tree.js';
import type { Span } from '../types.js';

export interface BlockText {
  text: string;
  spanOf(start: number, end: number): Span;
}

export function blockText(lines: readonly LineNode[], text?: string): BlockText {
  const joined: JoinedText = joinLines(lines);
  const own = text ?? joined.text;
  const shift = joined.text.endsWith(own) ? joined.text.length - own.length : 0;
  const fallback = spanOfLines(lines) ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  return {
    text: own,
    spanOf: (start, end) =>
      joined.pieces.length === 0 ? fallback : spanAt(joined, start + shift, end + shift),
  };
}
