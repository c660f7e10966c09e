/**
 * Footnote bodies in the page foot. They start with a marker — a superscript
 * digit, or what OCR makes of one ("!", "?", "*", "’", "L", a plain digit) —
 * and are set in a smaller font, so their lines run longer than the body's.
 * A footnote goes on over long lines, and over a short last line not starting with a capital
 * while its sentence is unfinished; after a blank, a long line that starts a
 * new sentence is the next footnote whose marker OCR lost.
 */
import type { LineNode } from '../../tree.js';
import { issue, type Issue } from '../issues.js';
import { endsSentence, startsUpper } from '../text/shape.js';

export interface FoundFootnote {
  /** The marker as printed ('' when OCR lost it). */
  printed: string;
  /** The marker normalised: its digit, or its place in the document's sequence of footnotes. */
  marker: string;
  /** Indices into the given lines. */
  indices: number[];
  /** Characters of the first line taken by the marker. */
  skip: number;
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const START = /^\s{0,3}([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}|[!?*’'`]|\d{1,2}(?=\s)|L(?=\s))\s{0,2}(?=[\p{Lu}“"(])/u;
/** Footnote lines run past the body's measure by this factor; superscript-marked lines need not. */
const LONG = 1.15;

function digitOf(printed: string): string | null {
  if (printed === '') return null;
  if (/^\d{1,2}$/u.test(printed)) return String(Number(printed));
  if ([...printed].every((c) => SUPERSCRIPTS.includes(c))) {
    return String(Number([...printed].map((c) => SUPERSCRIPTS.indexOf(c)).join('')));
  }
  return null;
}

interface Start {
  printed: string;
  skip: number;
}

function startOf(text: string, width: number): Start | null {
  const m = START.exec(text);
  if (!m) return null;
  const superscript = SUPERSCRIPTS.includes(m[1]![0]!);
  if (!superscript && text.trim().length < LONG * width) return null;
  return { printed: m[1]!, skip: m[0].length };
}

/**
 * Footnotes among `lines`; `skip(i)` tells which lines are already furniture
 * (blank runs, page numbers) and are passed over.
 */
export function findFootnotes(
  lines: readonly LineNode[],
  furniture: ReadonlyMap<number, unknown>,
  width: number,
): { footnotes: FoundFootnote[]; issues: Issue[] } {
  const footnotes: FoundFootnote[] = [];
  const issues: Issue[] = [];
  let current: FoundFootnote | null = null;
  let blankSince = false;
  const open = (printed: string, indices: number[], skip: number, line: LineNode) => {
    const digit = digitOf(printed);
    const marker = digit ?? String(footnotes.length + 1);
    if (digit === null) {
      const what = printed === '' ? 'no marker left' : `marker "${printed}"`;
      issues.push(issue('footnote-marker-inferred', `Footnote with ${what} numbered ${marker} by its order`, line, 'info'));
    }
    current = { printed, marker, indices, skip };
    footnotes.push(current);
  };
  for (let i = 0; i < lines.length; i++) {
    if (furniture.has(i)) {
      blankSince = true;
      continue;
    }
    const text = lines[i]!.value;
    const start = startOf(text, width);
    if (start) {
      open(start.printed, [i], start.skip, lines[i]!);
    } else if (current !== null) {
      const fn: FoundFootnote = current;
      const last = lines[fn.indices[fn.indices.length - 1]!]!.value;
      const long = text.trim().length >= LONG * width;
      if (long && blankSince && endsSentence(last) && startsUpper(text)) open('', [i], 0, lines[i]!);
      else if (long || (!endsSentence(last) && !/^\s*\p{Lu}/u.test(text))) fn.indices.push(i);
      else current = null;
    }
    blankSince = false;
  }
  return { footnotes, issues };
}
