/**
 * From tokens to the decoder's sentences: which tokens are decoded, which are
 * fixed units for the model's context, and where a sentence ends. Context
 * flows across OCR line breaks; it stops at sentence-final punctuation, at a
 * blank line, and before a line that opens a list item or heading ("1.", "a)",
 * "-", "II-"), where the law corpus the model learnt from starts a paragraph.
 */
import { roleOf } from '../lm/units.js';
import type { Token } from '../tokenize.js';

/** One entry of a sentence: a token range and what the model sees of it. */
export type Entry =
  | { type: 'word'; token: number }
  | { type: 'fixed'; start: number; end: number; unit: string; replacement: string | null; span?: ProtectedSpan };

/** A token range the protector fixed: the model sees `unit`, the output shows `text`. */
export interface ProtectedSpan {
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  text: string;
  unit: string;
  /** What the protector took the tokens for (reported by --explain; decoding never reads it). */
  why?: ProtectReason;
  /** Why a repair the protector found was taken back: clean accented text, a line in English (clean-symbols.ts). */
  withheld?: 'clean-text' | 'english-line';
}

/** What a fixed span was taken for. */
export type ProtectReason =
  | 'symbol'
  | 'number'
  | 'acronym'
  | 'listed-word'
  | 'markup'
  | 'roman'
  | 'heading-number'
  | 'list-marker'
  | 'agency'
  | 'place'
  | 'correction';

const ITEM_START = /^(?:\d+(?:\.\d+)*[.)]|[a-zđ]\)|[-+•]|[IVXLC]+[.-])$/u;

/** True when the line starting at token index i opens a list item or heading. */
function opensItem(tokens: readonly Token[], i: number): boolean {
  let j = i;
  while (tokens[j]?.kind === 'space') j++;
  const first = tokens[j];
  if (!first) return false;
  if (first.kind === 'punct') return /^[-+•]$/u.test(first.text);
  const second = tokens[j + 1];
  const head = first.text + (second?.kind === 'punct' ? second.text : '');
  return ITEM_START.test(head);
}

/**
 * Whether a number stands inside a line of text, where OCR may have printed
 * it for a word: not first on its line (item and row numbers) nor followed by
 * the "." or ")" of a numbering.
 */
function insideLine(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.text;
  if (next === '.' || next === ')') return false;
  let j = i - 1;
  while (tokens[j]?.kind === 'space') j--;
  return j >= 0 && tokens[j]!.kind !== 'newline';
}

/**
 * `wordlike`: number tokens that OCR may have printed for a word ("16" for
 * "lệ"); they are decoded like words, keeping the number as one option, when
 * they stand inside a line.
 */
export function splitSentences(
  tokens: readonly Token[],
  spans: readonly ProtectedSpan[],
  wordlike: (number: string) => boolean = () => false,
): Entry[][] {
  const spanAt = new Map(spans.map((s) => [s.start, s]));
  const sentences: Entry[][] = [];
  let current: Entry[] = [];
  const flush = (): void => {
    if (current.length > 0) sentences.push(current);
    current = [];
  };
  let blankRun = 0;
  for (let i = 0; i < tokens.length; i++) {
    const span = spanAt.get(i);
    if (span) {
      current.push({ type: 'fixed', start: span.start, end: span.end, unit: span.unit, replacement: span.text, span });
      i = span.end - 1;
      blankRun = 0;
      continue;
    }
    const token = tokens[i]!;
    if (token.kind === 'newline') {
      blankRun++;
      if (blankRun >= 2 || opensItem(tokens, i + 1)) flush();
      continue;
    }
    if (token.kind === 'space') continue;
    blankRun = 0;
    const r = roleOf(token);
    if (r.role === 'word' || (token.kind === 'number' && wordlike(token.text) && insideLine(tokens, i))) {
      current.push({ type: 'word', token: i });
    }
    else if (r.role === 'fixed') current.push({ type: 'fixed', start: i, end: i + 1, unit: r.unit, replacement: null });
    else if (r.role === 'boundary') flush();
  }
  flush();
  return sentences;
}
