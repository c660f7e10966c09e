/**
 * Inputs too large to be one document (no directive runs to a megabyte; a
 * file that size is a dump of many, or not a directive at all) are processed
 * in parts of about PART_BYTES each, so that memory per document stays
 * bounded whatever the file's size. The number of parts follows from the
 * file's size alone, so the batch knows its jobs before reading anything;
 * each part ends at a paragraph break, else a line break, else a space,
 * near an equal share of the text. Splitting is a pure function of the text,
 * so every worker cuts the same parts.
 */
import { stat } from 'node:fs/promises';
import type { Message } from '../types.js';
import { countLines } from './decode/normalize.js';
import { readMessage } from './messages.js';

/** Inputs up to this size (about 175 pages) are processed whole. */
export const PART_BYTES = 512 * 1024;

export interface PartSpec {
  /** 1-based. */
  index: number;
  count: number;
}

export function partCount(bytes: number, partBytes = PART_BYTES): number {
  return bytes <= partBytes ? 1 : Math.ceil(bytes / partBytes);
}

/** Breaks to cut at, best first; a cut goes after the break. */
const BREAKS = ['\n\n', '\n', ' '] as const;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Where to cut near `target`, looking `reach` characters either way; never before `floor`. */
function cutNear(text: string, target: number, reach: number, floor: number): number {
  const from = Math.max(floor + 1, target - reach);
  const to = Math.min(text.length - 1, target + reach);
  if (from >= to) return Math.max(from, Math.min(target, text.length));
  const window = text.slice(from, to);
  const at = target - from;
  for (const br of BREAKS) {
    const before = window.lastIndexOf(br, at);
    const after = window.indexOf(br, at);
    const candidates = [before, after].filter((i) => i >= 0).map((i) => from + i + br.length);
    if (candidates.length > 0) return candidates.reduce((a, b) => (Math.abs(b - target) < Math.abs(a - target) ? b : a));
  }
  // No break at all: cut where asked, but not inside a surrogate pair.
  return isLowSurrogate(text.charCodeAt(target)) ? target + 1 : target;
}

/** Start offsets of the `count` parts, then the text's length. */
export function partBoundaries(text: string, count: number): number[] {
  const bounds = [0];
  const share = text.length / count;
  for (let i = 1; i < count; i++) {
    const cut = cutNear(text, Math.round(i * share), Math.floor(share / 4), bounds[i - 1]!);
    bounds.push(Math.min(Math.max(cut, bounds[i - 1]! + 1), text.length));
  }
  bounds.push(text.length);
  return bounds;
}

export interface TextPart {
  text: string;
  /** Input line of the part's first line. */
  firstLine: number;
  lastLine: number;
}

/** Where every part starts, in characters and in input lines: computed once per input. */
export interface PartLayout {
  bounds: number[];
  firstLines: number[];
}

export function partLayout(text: string, count: number): PartLayout {
  const bounds = partBoundaries(text, count);
  const firstLines: number[] = [];
  let line = 1;
  let at = 0;
  for (let k = 0; k < count; k++) {
    for (let i = text.indexOf('\n', at); i !== -1 && i < bounds[k]!; i = text.indexOf('\n', i + 1)) {
      line++;
      at = i + 1;
    }
    firstLines.push(line);
  }
  return { bounds, firstLines };
}

export function textPart(text: string, layout: PartLayout, index: number): TextPart {
  const slice = text.slice(layout.bounds[index - 1]!, layout.bounds[index]!);
  const firstLine = layout.firstLines[index - 1]!;
  return { text: slice, firstLine, lastLine: firstLine + Math.max(0, countLines(slice) - 1) };
}

/**
 * The part's messages: a note saying which part this is, then those of the
 * whole input that concern it (line warnings moved to the part's lines;
 * warnings without a line on the first part only).
 */
export function partMessages(warnings: readonly Message[], part: PartSpec, span: TextPart, bytes: number): Message[] {
  const [detected, ...rest] = warnings;
  const mb = (bytes / (1 << 20)).toFixed(1);
  const note = readMessage(
    'info',
    'input-part',
    `Part ${part.index} of ${part.count} of a ${mb} MB input (input lines ${span.firstLine}–${span.lastLine}): inputs over ${PART_BYTES >> 10} KB are processed in parts; line numbers count from the part's first line`,
  );
  const mine = rest.flatMap((w) => {
    if (w.line === null) return part.index === 1 ? [w] : [];
    if (w.line < span.firstLine || w.line > span.lastLine) return [];
    return [{ ...w, line: w.line - span.firstLine + 1 }];
  });
  return [...(detected ? [detected] : []), note, ...mine];
}

/** Identity of a file's current contents, to reuse a decoded input across its parts. */
export async function fileKey(path: string | Buffer): Promise<string> {
  const s = await stat(path);
  return `${typeof path === 'string' ? path : path.toString('hex')}\u0000${s.size}\u0000${s.mtimeMs}`;
}
