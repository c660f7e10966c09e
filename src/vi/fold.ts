/**
 * Length-preserving folding of Vietnamese text for matching: lower case, no
 * tone or vowel marks, đ → d. Restored text still carries stray tone errors
 * ("Uỷ", "tinh ủy", "hoá"), and grammars that match folded text are immune to
 * them; because every character folds to exactly one character, an offset in
 * the folded string is the same offset in the original.
 *
 * The one fold of every stage: the segmenter's foldDroppingMarks (src/segment/text/fold.ts)
 * is this one with the combining marks it keeps in place dropped, for matching words, not offsets.
 */

const cache = new Map<string, string>();

function foldChar(c: string): string {
  const hit = cache.get(c);
  if (hit !== undefined) return hit;
  const code = c.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return c;
  let out = c.toLowerCase();
  if (out.length !== 1) out = c;
  if (out === 'đ') out = 'd';
  else if (out.charCodeAt(0) > 0x7f) {
    const base = out.normalize('NFD')[0] ?? out;
    // Combining marks on their own (non-NFC input) keep their place.
    out = base.length === 1 && !/\p{M}/u.test(out) ? base : out;
  }
  cache.set(c, out);
  return out;
}

/** Code units below this (Latin, its extensions, Vietnamese at U+1EA0–U+1EF9) fold through a table. */
const TABLE_SIZE = 0x2000;
let table: Uint16Array | null = null;

function foldTable(): Uint16Array {
  const t = new Uint16Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) t[c] = foldChar(String.fromCharCode(c)).charCodeAt(0);
  return t;
}

const foldCode = (t: Uint16Array, c: number): number =>
  c < TABLE_SIZE ? t[c]! : foldChar(String.fromCharCode(c)).charCodeAt(0);

/**
 * One code unit at a time, each folding to one (surrogate halves to
 * themselves), so the length stays the same. Text that folds to itself
 * (plain lower-case ASCII, all of a megabyte of digits) is returned as it is.
 */
export function fold(text: string): string {
  const t = (table ??= foldTable());
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (foldCode(t, c) !== c) break;
    i++;
  }
  if (i === n) return text;
  const out = new Uint16Array(n);
  for (let j = 0; j < i; j++) out[j] = text.charCodeAt(j);
  for (; i < n; i++) out[i] = foldCode(t, text.charCodeAt(i));
  return decodeUnits(out);
}

const CHUNK = 8192;

function decodeUnits(units: Uint16Array): string {
  if (units.length <= CHUNK) return String.fromCharCode.apply(null, units as unknown as number[]);
  let s = '';
  for (let at = 0; at < units.length; at += CHUNK) {
    s += String.fromCharCode.apply(null, units.subarray(at, at + CHUNK) as unknown as number[]);
  }
  return s;
}

/** Whitespace runs collapsed to one space, ends trimmed: how ids and canonical names are written. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
