/**
 * Length-preserving folding of Vietnamese text for matching: lower case, no
 * tone or vowel marks, đ → d. Restored text still carries stray tone errors
 * ("Uỷ", "tinh ủy", "hoá"), and grammars that match folded text are immune to
 * them; because every character folds to exactly one character, an offset in
 * the folded string is the same offset in the original.
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

/**
 * Upper-case ASCII and every non-ASCII code unit, one at a time: plain ASCII
 * (most OCR text, all of a megabyte of digits) is copied as it is. Surrogate
 * halves fold to themselves, so the length stays the same.
 */
const FOLDABLE = /[A-Z\u0080-\uffff]/g;

export function fold(text: string): string {
  return text.replace(FOLDABLE, foldChar);
}

/** Whitespace runs collapsed to one space, ends trimmed: how ids and canonical names are written. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
