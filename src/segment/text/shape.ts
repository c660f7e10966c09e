/** What a line looks like on the page: case, punctuation, length. Pure predicates over strings. */

const LETTER = /\p{L}/u;

export function isBlank(text: string): boolean {
  const t = text.trim();
  // A lone pipe is a table rule a converter wrote on its own line (a Markdown table whose cells
  // held line breaks): no words, and a cell's edge.
  return t === '' || t === '|';
}

/** Share of upper-case letters among the letters; 0 for no letters. */
export function upperRatio(text: string): number {
  let letters = 0;
  let upper = 0;
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (ch !== ch.toLowerCase() && ch === ch.toUpperCase()) upper++;
  }
  return letters === 0 ? 0 : upper / letters;
}

export function letterCount(text: string): number {
  let n = 0;
  for (const ch of text) if (LETTER.test(ch)) n++;
  return n;
}

/** A line in capitals ("MỤC ĐÍCH, YÊU CẦU"), allowing a few OCR'd lower-case letters ("PIiCH"). */
export function isUpperLine(text: string): boolean {
  return letterCount(text) >= 3 && upperRatio(text) >= 0.8;
}

/** First letter or digit of the text is upper case or a digit (a sentence or item can start here). */
export function startsUpper(text: string): boolean {
  const m = /[\p{L}\p{N}]/u.exec(text);
  if (!m) return false;
  const ch = m[0];
  return /\p{N}/u.test(ch) || (ch === ch.toUpperCase() && ch !== ch.toLowerCase());
}

export function startsLower(text: string): boolean {
  const m = /\p{L}/u.exec(text.trimStart().slice(0, 3));
  return m !== null && m[0] === m[0].toLowerCase() && m[0] !== m[0].toUpperCase();
}

/**
 * The text without its trailing characters of a class, by a loop from the end:
 * a regular expression like /[\s.]+$/ backtracks quadratically on a long run of
 * such characters that does not reach the end.
 */
export function stripEnd(text: string, chars: RegExp): string {
  let end = text.length;
  while (end > 0 && chars.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Footnote-marker and quote debris OCR leaves after the last word ("chỉ ra’", "Tỉnh ủy®"). */
const DEBRIS = /[\s’'`®™*¹²³⁴⁵⁶⁷⁸⁹⁰"”»]/u;

/** The text without trailing marker debris. */
export function trimDebris(text: string): string {
  return stripEnd(text, DEBRIS);
}

/** Ends a sentence or a list entry: . ; ! ? … (possibly before a closing quote or marker). */
export function endsSentence(text: string): boolean {
  return /[.;!?…]$/u.test(trimDebris(text.trimEnd()));
}

/** Ends mid-sentence: a comma, a hyphen, an opening bracket, a conjunction-like short word. */
export function endsOpen(text: string): boolean {
  return /[,\-–(]$/u.test(trimDebris(text.trimEnd()));
}

/**
 * A length most lines stay within: at `quantile` 0.5 the median, the page's measure where the
 * lines are prose. Where short lines are common (a table's cells, one per line) a higher quantile
 * still finds the measure of its prose: at the median every line of it would read as full.
 */
export function typicalWidth(texts: readonly string[], quantile = 0.5): number {
  const lengths = texts
    .map((t) => t.trim().length)
    .filter((n) => n >= 20)
    .sort((a, b) => a - b);
  if (lengths.length === 0) return 80;
  return lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * quantile))]!;
}
