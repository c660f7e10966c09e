/**
 * The text every later stage sees: no byte order mark, LF line breaks (CRLF
 * and lone CR each count as one break, so line numbers agree with any
 * editor), and NFC, so "ế" is one code point whatever the source spelled.
 */
import type { Message } from '../../types.js';
import { readMessage } from '../messages.js';

export function normalizeText(text: string): string {
  const unbommed = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return unbommed.replace(/\r\n?/gu, '\n').normalize('NFC');
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
