/**
 * Text from outside (file names, messages that quote them, words of a
 * document) made safe to print on a terminal. Control characters (C0, DEL,
 * C1) and the controls that reorder or break a line (bidirectional
 * overrides and isolates, the line and paragraph separators) are written as
 * escapes, \x1B or \u{202E}: a file named `ESC]0;…BEL ESC[2J` would
 * otherwise retitle the window and clear the screen when it is named.
 */

const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

function escape(ch: string): string {
  const code = ch.codePointAt(0)!;
  return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u{${code.toString(16).toUpperCase()}}`;
}

/** One line: every unprintable character escaped, line breaks included. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escape);
}

/**
 * Several lines (a message with a stack trace, a usage error with its
 * help): the line breaks are kept, the rest escaped, and every line after
 * the first starts with `indent`, so a break inside a file name cannot pass
 * for a line of its own.
 */
export function printableLines(text: string, indent = '  '): string {
  return text.split('\n').map(printable).join(`\n${indent}`);
}
