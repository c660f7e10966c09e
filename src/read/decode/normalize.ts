/**
 * The text every later stage sees: no byte order mark, LF line breaks (CRLF
 * and lone CR each count as one break, so line numbers agree with any
 * editor), and NFC, so "ế" is one code point whatever the source spelled.
 */
import type { Message } from '../../types.js';
import { readMessage } from '../messages.js';

/**
 * Combining marks kept on one letter. A Vietnamese letter needs two at most
 * (a vowel mark and a tone: ệ is e, circumflex, dot below), and NFC sorts
 * the marks of a run by their class one insertion at a time: a megabyte of
 * alternating marks took 229 s to normalise.
 */
export const MAX_MARKS = 2;

/** A run of more marks than a letter needs: its first MAX_MARKS kept, the rest dropped. */
const MARK_RUN = new RegExp(`(\\p{M}{${MAX_MARKS}})\\p{M}+`, 'gu');

export interface MarkCap {
  text: string;
  /** Marks dropped. */
  dropped: number;
  /** Offset (in the text given) of the first run cut short, or -1. */
  first: number;
}

/** Code points, not code units: some marks are outside the BMP. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0xdc00 && s.charCodeAt(i) <= 0xdfff) n--;
  return n;
}

/** Cuts every run of combining marks to MAX_MARKS, before anything normalises the text. */
export function capMarks(text: string): MarkCap {
  let dropped = 0;
  let first = -1;
  const capped = text.replace(MARK_RUN, (run: string, kept: string, at: number) => {
    if (first < 0) first = at;
    dropped += codePoints(run) - codePoints(kept);
    return kept;
  });
  return { text: capped, dropped, first };
}

/** NFC with the runs of marks cut first, for text whose warning is given elsewhere (or not at all, as for a sample). */
export function toNfc(text: string): string {
  return capMarks(text).text.normalize('NFC');
}

/** The warning for marks dropped from `text` (before its line breaks were normalised: CRLF and CR count as one). */
export function marksWarning(cap: MarkCap, text: string): Message | null {
  if (cap.dropped === 0) return null;
  const line = 1 + (text.slice(0, cap.first).match(/\r\n|\r|\n/gu)?.length ?? 0);
  return readMessage(
    'warning',
    'combining-marks',
    `${cap.dropped} combining mark(s) dropped: runs of more than ${MAX_MARKS} on one letter (first on line ${line}), which no letter needs`,
    line,
  );
}

export interface Normalized {
  text: string;
  /** A `combining-marks` warning when marks were dropped. */
  warnings: Message[];
}

export function normalizeWithWarnings(text: string): Normalized {
  const unbommed = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const unixBreaks = unbommed.replace(/\r\n?/gu, '\n');
  const cap = capMarks(unixBreaks);
  const warning = marksWarning(cap, unixBreaks);
  return { text: cap.text.normalize('NFC'), warnings: warning ? [warning] : [] };
}

export function normalizeText(text: string): string {
  return normalizeWithWarnings(text).text;
}

/** Whitespace in the widest sense, zero-width characters and stray BOMs included. */
const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]*$/u;

export function isBlank(text: string): boolean {
  return BLANK.test(text);
}

// Tab, form feed and vertical tab are layout; the rest of C0 is damage.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/gu;

/** A warning when the decoded text still holds control characters (they are kept, not dropped). */
export function controlCharacterWarning(text: string): Message | null {
  let count = 0;
  let first = -1;
  for (const match of text.matchAll(CONTROL)) {
    if (first < 0) first = match.index;
    count++;
  }
  if (count === 0) return null;
  const line = 1 + countBreaks(text, first);
  const code = text.charCodeAt(first).toString(16).toUpperCase().padStart(4, '0');
  return readMessage(
    'warning',
    'control-characters',
    `${count} control character(s) in the text (first U+${code} on line ${line})`,
    line,
  );
}

function countBreaks(text: string, end = text.length): number {
  let breaks = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) breaks++;
  return breaks;
}

/** Lines as the text parser counts them: a final line break does not start a new line. */
export function countLines(text: string): number {
  if (text === '') return 0;
  const breaks = countBreaks(text);
  return text.endsWith('\n') ? breaks : breaks + 1;
}
