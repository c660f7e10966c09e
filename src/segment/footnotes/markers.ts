/**
 * The marks in the body that point at footnotes: a superscript digit after a
 * word, or what OCR makes of it — "’", "'", "®", "*", "™" glued to the end of a
 * word ("chỉ ra’", "Tỉnh ủy®"). Apostrophes inside OCR'd words ("THU'C") are
 * followed by a letter and are not taken.
 */
import type { LineNode } from '../../tree.js';
import { pointInLine } from '../../positions.js';
import type { Span } from '../../types.js';

export interface MarkHit {
  line: LineNode;
  offset: number;
  length: number;
  /** The digit when the mark is a superscript, else null. */
  digit: string | null;
}

const MARK = /(?<=\p{L}[.)]?)([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}|[’'®*™])(?=[\s.,;:)]|$)/gu;
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export function findMarks(lines: readonly LineNode[]): MarkHit[] {
  const out: MarkHit[] = [];
  for (const line of lines) {
    for (const m of line.value.matchAll(MARK)) {
      const digits = [...m[1]!].every((c) => SUPERSCRIPTS.includes(c))
        ? String(Number([...m[1]!].map((c) => SUPERSCRIPTS.indexOf(c)).join('')))
        : null;
      out.push({ line, offset: m.index, length: m[1]!.length, digit: digits });
    }
  }
  return out;
}

/**
 * Pairs footnotes with marks, in order: each footnote takes the first unused
 * mark that stands before it (a footnote sits at the foot of the page its mark
 * is on); a superscript mark must carry the footnote's number.
 */
export function pairMarks(
  footnotes: ReadonlyArray<{ marker: string; firstLine: number }>,
  marks: readonly MarkHit[],
): Span[][] {
  const used = new Set<number>();
  let from = 0;
  return footnotes.map((fn) => {
    for (let k = from; k < marks.length; k++) {
      const mark = marks[k]!;
      if (mark.line.position.start.line >= fn.firstLine) break;
      if (used.has(k) || (mark.digit !== null && mark.digit !== fn.marker)) continue;
      used.add(k);
      from = k + 1;
      return [{ start: pointInLine(mark.line, mark.offset), end: pointInLine(mark.line, mark.offset + mark.length) }];
    }
    return [];
  });
}
