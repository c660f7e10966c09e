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

/* Classes rather than object literals with a closure made per block (the hot-path convention of ARCHITECTURE.md). */
class LinesText implements BlockText {
  constructor(
    readonly text: string,
    private readonly joined: JoinedText,
    private readonly shift: number,
    private readonly fallback: Span,
  ) {}

  spanOf(start: number, end: number): Span {
    return this.joined.pieces.length === 0 ? this.fallback : spanAt(this.joined, start + this.shift, end + this.shift);
  }
}

/** Text whose every hit is placed at one span (a table row, when the cell's own place is unknown). */
export class FixedSpanText implements BlockText {
  constructor(
    readonly text: string,
    private readonly span: Span,
  ) {}

  spanOf(): Span {
    return this.span;
  }
}

export function blockText(lines: readonly LineNode[], text?: string): BlockText {
  const joined: JoinedText = joinLines(lines);
  const own = text ?? joined.text;
  const shift = joined.text.endsWith(own) ? joined.text.length - own.length : 0;
  const fallback = spanOfLines(lines) ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  return new LinesText(own, joined, shift, fallback);
}
