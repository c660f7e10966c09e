/**
 * What the Markdown parser (micromark, through remark-parse) is given, bounded.
 * It is superlinear on some shapes: block quotes or lists nested on one line
 * (102 KB of `>` took 95 s and overflowed the stack, 12.8 KB ran out of
 * memory), runs of emphasis, strikethrough and link-closing marks in one
 * paragraph (`*a*a…`, `~~a…`, `]]]…`: quadratic), and long flat lists or
 * tables (256 KB of `- a` items took 1 GB). A text past a bound is read as
 * plain text instead, whose parser is linear: every line is kept, only the
 * Markdown reading is lost (table cells, heading levels, markup taken out).
 *
 * One pass over the lines, pure. The counts over-approximate what micromark
 * sees (a `*` inside a code span is counted; fenced code is skipped), so a
 * text within the bounds is always within them for micromark.
 */

export const MARKDOWN_LIMITS = {
  /** Characters given to the parser at once: twice the parts a batch cuts large inputs into, so only a larger `parse()` meets it. */
  chars: 1 << 20,
  /** Block quote and list markers opening one line (indentation before a marker counts a level per two columns). */
  depth: 32,
  /** Lines that open a list item, quoted lines and table rows, in all. */
  items: 10_000,
  /** `*`, `_`, `~` and `]` in one paragraph (or list item, or table row). */
  marks: 1_000,
} as const;

export type MarkdownLimits = { readonly [K in keyof typeof MARKDOWN_LIMITS]: number };

export interface MarkdownRefusal {
  rule: 'markdown-size' | 'markdown-depth' | 'markdown-items' | 'markdown-marks';
  /** 1-based line where the bound was passed (1 for the size). */
  line: number;
  /** Why the text is read as plain text, for the warning. */
  message: string;
}

/** Block quote markers and list markers (followed by a space, a tab or the line's end), with the whitespace before them. */
const CONTAINER = /\s*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/uy;
const FENCE = /^\s*(`{3,}|~{3,})/u;
const BLANK = /^\s*$/u;
const HEADING = /^#{1,6}(?:[ \t]|$)/u;
/** A table's delimiter row: dashes in cells, with at least one pipe. */
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/u;
const MARKS = /[*_~\]]/gu;
/** A line of three or more `-`, `*` or `_` (spaced or not): a thematic break, not nested list items. */
const THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/u;

interface Prefix {
  markers: number;
  /** Whether the line's first marker opens a list item (a bullet or a number). */
  listItem: boolean;
  quote: boolean;
  /** Columns of whitespace before the first marker. */
  indent: number;
  /** The rest of the line after the markers. */
  rest: string;
}

function prefixOf(line: string): Prefix {
  const indent = /^[ \t]*/u.exec(line)![0].replace(/\t/gu, '    ').length;
  if (THEMATIC_BREAK.test(line)) return { markers: 0, listItem: false, quote: false, indent, rest: line };
  let markers = 0;
  let listItem = false;
  let quote = false;
  let at = 0;
  CONTAINER.lastIndex = 0;
  for (let m = CONTAINER.exec(line); m; m = CONTAINER.exec(line)) {
    const marker = m[0].trim();
    if (markers === 0) listItem = marker !== '>';
    if (marker === '>') quote = true;
    markers += 1;
    at = CONTAINER.lastIndex;
  }
  return { markers, listItem, quote, indent, rest: line.slice(at) };
}

function count(text: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) n += 1;
  return n;
}

/** Null when the text is within every bound, else which bound it passes, and where. */
export function markdownBounds(text: string, limits: MarkdownLimits = MARKDOWN_LIMITS): MarkdownRefusal | null {
  if (text.length > limits.chars) {
    return { rule: 'markdown-size', line: 1, message: `${text.length} characters, more than the ${limits.chars} the Markdown parser is given at once` };
  }
  let fence: string | null = null;
  let items = 0;
  let marks = 0;
  let inTable = false;
  let previous: string | null = null;
  let n = 0;
  for (const raw of text.split(/\r\n|\r|\n/u)) {
    n += 1;
    const p = prefixOf(raw);
    const fenceMark = FENCE.exec(p.rest)?.[1];
    if (fence !== null) {
      // Code is read as it stands; only the closing fence ends it.
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length && BLANK.test(p.rest.slice(p.rest.indexOf(fenceMark) + fenceMark.length))) fence = null;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      previous = null;
      continue;
    }
    const depth = p.markers + (p.markers > 0 ? Math.floor(p.indent / 2) : 0);
    if (depth > limits.depth) {
      return { rule: 'markdown-depth', line: n, message: `line ${n} opens ${depth} nested block quotes or list items, more than ${limits.depth}` };
    }
    if (BLANK.test(p.rest) && p.markers === 0) {
      inTable = false;
      marks = 0;
      previous = null;
      continue;
    }
    if (!inTable && previous !== null && raw.includes('|') && DELIMITER_ROW.test(raw) && previous.includes('|')) inTable = true;
    if (p.listItem || p.quote || inTable) items += 1;
    if (items > limits.items) {
      return { rule: 'markdown-items', line: n, message: `more than ${limits.items} list items, quoted lines and table rows (line ${n} is one too many)` };
    }
    // Marks pair up within a paragraph: a new item, a heading or a table row starts the count again.
    if (p.listItem || HEADING.test(p.rest) || inTable) marks = 0;
    marks += count(p.rest, MARKS);
    if (marks > limits.marks) {
      return { rule: 'markdown-marks', line: n, message: `more than ${limits.marks} emphasis, strikethrough and link marks (*, _, ~, ]) in the paragraph on line ${n}` };
    }
    previous = raw;
  }
  return null;
}
