/**
 * Inline Markdown as plain text, one string per source line: emphasis (and
 * its unpaired delimiters), links and code lose their markup, images give their alt text, footnote
 * references become superscript numbers as in printed text.
 */
import type { PhrasingContent } from 'mdast';
import type { Point } from 'unist';
import { contentStart, type SourceLines } from './source.js';

export interface InlineLine {
  line: number;
  /** Where the line's text starts in the source. */
  start: Point;
  text: string;
}

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/** "12" → "¹²"; other labels in brackets. */
export function footnoteMark(label: string): string {
  return /^\d+$/u.test(label) ? Array.from(label, (d) => SUPERSCRIPT[d]).join('') : `[${label}]`;
}

class LineCollector {
  readonly lines = new Map<number, InlineLine>();
  constructor(private readonly source: SourceLines) {}

  add(line: number, text: string, start: Point | undefined): void {
    const existing = this.lines.get(line);
    if (existing) existing.text += text;
    else this.lines.set(line, { line, start: start ?? contentStart(this.source, line), text });
  }
}

/**
 * Emphasis delimiters the parser could not pair ("**1.**" over a line break, as pages scraped
 * from the web print them) are markup all the same; no directive prints "**" as text.
 */
const STRAY_DELIMITERS = /\*\*+|__+/gu;
/** A single "*" against a word's start or end is an unpaired italic delimiter; "(*)" is a mark, kept. */
const STRAY_OPEN = /(^|\s)\*(?=[\p{L}\p{N}(])/gu;
const STRAY_CLOSE = /(?<=[\p{L}\p{N}.,:;])\*(?=\s|$)/gu;

function leafText(node: PhrasingContent): string | null {
  switch (node.type) {
    case 'text':
      return node.value.replace(STRAY_DELIMITERS, '').replace(STRAY_OPEN, '$1').replace(STRAY_CLOSE, '');
    case 'inlineCode':
      return node.value;
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'footnoteReference':
      return footnoteMark(node.label ?? node.identifier);
    default:
      return null;
  }
}

function collect(nodes: readonly PhrasingContent[], out: LineCollector): void {
  for (const node of nodes) {
    if ('children' in node) {
      collect(node.children, out);
      continue;
    }
    const text = leafText(node);
    const start = node.position?.start;
    if (text === null || !start) continue;
    // Soft line breaks stay in text values as "\n", the next line's indentation removed.
    text.split('\n').forEach((piece, i) => {
      out.add(start.line + i, piece, i === 0 ? start : undefined);
    });
  }
}

/**
 * Plain text per source line. `firstStart` overrides where the first line
 * starts (a paragraph's own start, before any opening markup).
 */
export function inlineLines(
  nodes: readonly PhrasingContent[],
  source: SourceLines,
  firstStart?: Point,
): InlineLine[] {
  const out = new LineCollector(source);
  collect(nodes, out);
  const lines = [...out.lines.values()].sort((a, b) => a.line - b.line);
  const first = lines[0];
  if (first && firstStart && firstStart.line === first.line) first.start = firstStart;
  return lines;
}
