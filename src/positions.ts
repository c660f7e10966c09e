/**
 * Running text from wrapped lines, and the way back from an offset in that
 * text to the line and column of the input it came from. Restoration changes
 * token lengths, so a line's `anchors` translate restored offsets to the
 * original ones before columns are reported.
 */
import type { LineNode, OffsetAnchors } from './tree.js';
import type { Point, Span } from './types.js';

interface Piece {
  /** Where this line's text starts in the joined text. */
  textStart: number;
  /** Offset in line.value where the taken text starts. */
  valueStart: number;
  length: number;
  line: LineNode;
}

export interface JoinedText {
  text: string;
  pieces: Piece[];
}

/** A document number split over a line break ("247-" / "BC/UBKTTW") is rejoined without a space. */
const GLUE_END = /[\d\p{L}][-/]$/u;

/**
 * Joins lines into one running string: each line trimmed, lines separated by
 * one space. `skip` drops that many characters from the start of the first
 * line (a section marker, say).
 */
export function joinLines(lines: readonly LineNode[], skip = 0): JoinedText {
  let text = '';
  let previous = '';
  const pieces: Piece[] = [];
  lines.forEach((line, i) => {
    const from = i === 0 ? skip : 0;
    const raw = line.value.slice(from);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body === '') return;
    // The text ends as the previous line did: testing (or slicing) the growing text itself would be quadratic.
    if (text !== '' && !GLUE_END.test(previous.slice(-2))) text += ' ';
    previous = body;
    pieces.push({ textStart: text.length, valueStart: from + lead, length: body.length, line });
    text += body;
  });
  return { text, pieces };
}

/** Maps an offset in a restored line value to the offset in the original line. */
export function toOriginalOffset(anchors: OffsetAnchors | undefined, offset: number): number {
  if (!anchors || anchors.length === 0) return offset;
  let lo = 0;
  let hi = anchors.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (anchors[mid]![0] <= offset) lo = mid;
    else hi = mid - 1;
  }
  const [valueAt, originalAt] = anchors[lo]!;
  if (valueAt > offset) return offset;
  const next = anchors[lo + 1];
  const mapped = originalAt + (offset - valueAt);
  return next ? Math.min(mapped, next[1]) : mapped;
}

/** The input point of a character offset within one line's current value. */
export function pointInLine(line: LineNode, offsetInValue: number): Point {
  const original = toOriginalOffset(line.data?.anchors, offsetInValue);
  const start = line.position.start;
  return {
    line: start.line,
    column: start.column + original,
    ...(start.offset === undefined ? {} : { offset: start.offset + original }),
  };
}

/** The input point of an offset in joined text; offsets past a piece's end clamp to it. */
export function pointAt(joined: JoinedText, offset: number): Point {
  const { pieces } = joined;
  if (pieces.length === 0) throw new RangeError('pointAt on empty joined text');
  // The last piece starting at or before the offset, by binary search (paragraphs can have thousands of lines).
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.textStart <= offset) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo]!;
  const within = Math.max(0, Math.min(offset - piece.textStart, piece.length));
  return pointInLine(piece.line, piece.valueStart + within);
}

/** The input span of [start, end) in joined text. */
export function spanAt(joined: JoinedText, start: number, end: number): Span {
  return { start: pointAt(joined, start), end: pointAt(joined, Math.max(start, end)) };
}

/** The span covering a run of lines, start of the first to end of the last. */
export function spanOfLines(lines: readonly LineNode[]): Span | null {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) return null;
  return { start: { ...first.position.start }, end: { ...last.position.end } };
}
