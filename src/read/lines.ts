/** Splitting text into `line` nodes with their unist positions. */
import type { LineData, LineNode } from '../tree.js';

const BREAK = /\r\n|\r|\n/gu;

export function lineNode(value: string, line: number, column: number, offset: number, data?: LineData): LineNode {
  return {
    type: 'line',
    value,
    position: {
      start: { line, column, offset },
      end: { line, column: column + value.length, offset: offset + value.length },
    },
    ...(data ? { data } : {}),
  };
}

/**
 * One node per line, blank lines included; a final line break does not open
 * another line. Any of LF, CRLF and CR ends a line, so offsets stay true even
 * for text that was not normalised.
 */
export function splitLines(text: string): LineNode[] {
  const lines: LineNode[] = [];
  let start = 0;
  let n = 1;
  for (const match of text.matchAll(BREAK)) {
    lines.push(lineNode(text.slice(start, match.index), n++, 1, start));
    start = match.index + match[0].length;
  }
  if (start < text.length) lines.push(lineNode(text.slice(start), n, 1, start));
  return lines;
}

/** The point just past the end of the text. */
export function endPoint(text: string): { line: number; column: number; offset: number } {
  let line = 1;
  for (const _ of text.matchAll(BREAK)) line++;
  const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  return { line, column: text.length - lastBreak, offset: text.length };
}
