/**
 * The one tokenizer of the restorer, used alike when counting the corpus and
 * when restoring, so that training and run time see the same units.
 *
 * Tokens cover the whole string: concatenating their `text` gives the input
 * back. Word tokens keep the OCR junk that stands for letters inside a word
 * ("s6" số, "x4" xã, "B¢" Bộ, "K&t" Kết, "cé‘lp" cấp, "@6" để, "co’" cơ), while
 * numbers, dates, document symbols, URLs, e-mails and punctuation are tokens of their own, so
 * that the protected-token grammar (protect.ts) can classify and repair them.
 */

export type TokenKind = 'word' | 'number' | 'symbol' | 'punct' | 'space' | 'newline';

export interface Token {
  text: string;
  /** UTF-16 offsets into the tokenized string, end exclusive. */
  start: number;
  end: number;
  kind: TokenKind;
}

/** Characters OCR prints in place of a letter inside a word. */
const JUNK = '¢§&€@‘’\'£¥©®°';
/** Junk that may open a word ("@6" để); quotes may not, so a ‘quoted’ word stays apart. */
const LEAD_JUNK = '¢§&€@£¥©®';
const CORE = '\\p{L}\\p{M}\\p{N}';

const SPACE_RE = /[^\S\n\r]+/uy;
const NEWLINE_RE = /\r\n|\n|\r/y;
/** Alphanumeric segments joined by "/" or "-": candidate document symbols and dates. */
const JOINED_RE = new RegExp(`[${CORE}]+(?:[/-][${CORE}]+)+`, 'uy');
const NUMBER_RE = new RegExp(`\\d+(?:[.,:/-]\\d+)*%?(?![${CORE}${JUNK}])`, 'uy');
/** Junk inside or at the end of a word belongs to it ("K&t", "B¢", "co’"); it opens one only as LEAD_JUNK. */
const WORD_RE = new RegExp(`[${LEAD_JUNK}]*[${CORE}][${CORE}${JUNK}]*`, 'uy');
/** URLs and e-mail addresses are single symbol tokens; trailing sentence punctuation is left out. */
const URL_RE = /(?:https?:\/\/|www\.)[^\s]*[^\s.,;:!?)\]”’"']/uy;
/** Bounded parts, so that a long run of dots and letters costs linear time (RFC 5321 limits). */
const EMAIL_RE = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/uy;
const ALL_DIGITS = /^[\d/-]+$/u;
const HAS_DIGIT = /\p{N}/u;
const UPPER_SEGMENT = /^[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*$/u;

/**
 * Whether a "/"- or "-"-joined run is a document symbol rather than two words
 * with a hyphen: any "/" does it ("KH/TU", "V/v"); a "-" needs a digit or an
 * all-capitals segment ("148-KL", "NĐ-CP", "QĐ-TTg", "COVID-19").
 */
function isSymbol(run: string): boolean {
  if (ALL_DIGITS.test(run)) return false;
  if (run.includes('/')) return true;
  const segments = run.split('-');
  return segments.some((seg) => HAS_DIGIT.test(seg) || (seg.length >= 2 && UPPER_SEGMENT.test(seg)));
}

/** The characters JavaScript's \s matches, by code unit. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Where the run of non-space characters starting at `at` ends. */
function chunkEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  return end;
}

/** Whether the code unit occurs in text[from, to). */
function has(text: string, from: number, to: number, code: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

function matchAt(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : null;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Where the word part of a matched word ends. OCR prints a digit or two for
 * letters ("s6" số, "h01" hội), never three: a word that ends in three or
 * more digits is a word glued to a number, which must be kept and not decoded
 * away with the word. After a lone consonant the first digit is still a
 * letter ("s642" is "s6" and "42": "Số 42…" with the space lost); after more,
 * the word is whole ("năm2025" is "năm" and "2025").
 */
function wordPartEnd(word: string): number {
  let i = word.length;
  while (i > 0 && isDigit(word.charCodeAt(i - 1))) i--;
  if (word.length - i < 3 || i === 0) return word.length;
  // A lone consonant is no syllable: its vowel is the digit ("s6", "x4", "t6").
  return i === 1 && LONE_CONSONANT.test(word[0]!) ? 2 : i;
}

const LONE_CONSONANT = /^[bcdđghklmnpqrstvx]$/iu;

/** Classes of a UTF-16 code unit for the plain scans (see tokenize): filled on first sight of each unit. */
const UNSEEN = 0;
const CORE_UNIT = 1;
const JUNK_UNIT = 2;
const LEAD_UNIT = 3;
const OTHER_UNIT = 4;
/** A surrogate: half of a code point the scans leave to the patterns. */
const SURROGATE = 5;
const unitClass = new Uint8Array(0x10000);
const CORE_CHAR_RE = new RegExp(`^[${CORE}]$`, 'u');

function classOf(c: number): number {
  let k = unitClass[c]!;
  if (k === UNSEEN) {
    const ch = String.fromCharCode(c);
    k = c >= 0xd800 && c <= 0xdfff ? SURROGATE
      : CORE_CHAR_RE.test(ch) ? CORE_UNIT
      : LEAD_JUNK.includes(ch) ? LEAD_UNIT
      : JUNK.includes(ch) ? JUNK_UNIT
      : OTHER_UNIT;
    unitClass[c] = k;
  }
  return k;
}

/**
 * Where WORD_RE's match starting at a letter, mark or digit ends, by a plain
 * scan (the pattern is a greedy run of letters, marks, digits and junk);
 * -1 when a surrogate pair is met, which only the pattern reads right.
 */
function wordScanEnd(text: string, at: number): number {
  let end = at + 1;
  while (end < text.length) {
    const k = classOf(text.charCodeAt(end));
    if (k === SURROGATE) return -1;
    if (k === OTHER_UNIT) break;
    end++;
  }
  return end;
}

/** Where the run of spaces (line breaks excluded) starting at `at` ends, `at` when there is none: SPACE_RE by a scan. */
function spaceEnd(text: string, at: number): number {
  let end = at;
  for (let c = text.charCodeAt(end); end < text.length && c !== 10 && c !== 13 && isSpace(c); c = text.charCodeAt(++end));
  return end;
}

/**
 * Splits text into word, number, symbol, punctuation, space and newline tokens.
 * The patterns above define the tokens; plain scans find the common ones
 * (spaces, line breaks, words of plain runs) the same way, faster. `scans`
 * false uses the patterns alone (what the tests compare the scans with).
 */
/** Appends the token `piece` at `at`; returns the offset after it. */
function push(tokens: Token[], piece: string, kind: TokenKind, at: number): number {
  tokens.push({ text: piece, start: at, end: at + piece.length, kind });
  return at + piece.length;
}

export function tokenize(text: string, scans = true): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  // Facts about the current run of non-space characters, found once per run
  // (recomputing them at every token would make long runs quadratic).
  let runEnd = -1;
  let runSlashOrDash = false;
  let runAt = false;
  let noJoinedBefore = -1;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13) {
      if (scans) at = push(tokens, code === 13 && text.charCodeAt(at + 1) === 10 ? '\r\n' : code === 13 ? '\r' : '\n', 'newline', at);
      else at = push(tokens, matchAt(NEWLINE_RE, text, at)!, 'newline', at);
      continue;
    }
    if (scans) {
      const end = spaceEnd(text, at);
      if (end > at) {
        at = push(tokens, text.slice(at, end), 'space', at);
        continue;
      }
    } else {
      const space = matchAt(SPACE_RE, text, at);
      if (space) {
        at = push(tokens, space, 'space', at);
        continue;
      }
    }
    // Only the rest of this run of non-space characters can be one token; the
    // rarer patterns are tried only when their marks occur in it.
    if (at >= runEnd) {
      runEnd = chunkEnd(text, at);
      runSlashOrDash = has(text, at, runEnd, 47 /* / */) || has(text, at, runEnd, 45 /* - */);
      runAt = has(text, at, runEnd, 64 /* @ */);
    }
    const url = text.startsWith('http', at) || text.startsWith('www.', at) ? matchAt(URL_RE, text, at) : null;
    const address = url ?? (runAt ? matchAt(EMAIL_RE, text, at) : null);
    if (address) {
      at = push(tokens, address, 'symbol', at);
      continue;
    }
    // A joined run that is not a symbol has no later part that is one: it is not tried again inside it.
    const joined = runSlashOrDash && at >= noJoinedBefore ? matchAt(JOINED_RE, text, at) : null;
    if (joined && isSymbol(joined)) {
      at = push(tokens, joined, 'symbol', at);
      continue;
    }
    if (joined) noJoinedBefore = at + joined.length;
    const number = code >= 48 && code <= 57 ? matchAt(NUMBER_RE, text, at) : null;
    if (number) {
      at = push(tokens, number, 'number', at);
      continue;
    }
    const scanned = scans && classOf(code) === CORE_UNIT ? wordScanEnd(text, at) : -1;
    const word = scanned > 0 ? text.slice(at, scanned) : matchAt(WORD_RE, text, at);
    if (word) {
      at = push(tokens, word.slice(0, wordPartEnd(word)), 'word', at);
      continue;
    }
    // A run of one repeated punctuation character ("...", "-------") is one token.
    const ch = String.fromCodePoint(text.codePointAt(at)!);
    let piece = ch;
    while (text.startsWith(ch, at + piece.length)) piece += ch;
    at = push(tokens, piece, 'punct', at);
  }
  return tokens;
}
