/**
 * Words and punctuation with their offsets. Agency names are matched token by
 * token, so spacing and line joins never matter and every match starts and
 * ends on a word boundary.
 */
import { fold } from './fold.js';

export interface Token {
  /** As written. */
  raw: string;
  /** Folded (see fold.ts), the form names are compared in. */
  key: string;
  start: number;
  end: number;
  /** A run of letters or digits, as opposed to a punctuation mark. */
  word: boolean;
}

/**
 * A word is a run of letters and digits, and of the glyphs OCR prints for
 * marked vowels ("S&" for "Sở", "B¢" for "Bộ") and for an S ("$6" for "Sở") when
 * they touch a letter or digit; anything else is a one-character punctuation token.
 */
const GLYPH = '&¢§@{}$';
const TOKEN = new RegExp(
  `(?:[\\p{L}\\p{M}\\p{N}]|(?<=[\\p{L}\\p{N}])[${GLYPH}]|[${GLYPH}](?=[\\p{L}\\p{N}]))+|[^\\s\\p{L}\\p{M}\\p{N}]`,
  'gu',
);

/** The last text tokenized: a block's agencies and then its roles read the same text. */
let last: { text: string; tokens: readonly Token[] } | null = null;

export function tokenize(text: string): readonly Token[] {
  if (last !== null && last.text === text) return last.tokens;
  const tokens = tokenizeText(text);
  last = { text, tokens };
  return tokens;
}

function tokenizeText(text: string): Token[] {
  const folded = fold(text);
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    const key = folded.slice(start, end);
    tokens.push({
      raw: m[0],
      // A word that opens with "$" is an S the scan read as a dollar sign ("$6" for "Sở").
      key: key.length > 1 && key[0] === '$' ? `s${key.slice(1)}` : key,
      start,
      end,
      word: /[\p{L}\p{N}]/u.test(m[0]),
    });
  }
  return tokens;
}

/** Upper-case first letter, the mark of a proper name in Vietnamese. */
export function isCapitalized(token: Token): boolean {
  const first = token.raw[0] ?? '';
  return token.word && first !== first.toLowerCase();
}
