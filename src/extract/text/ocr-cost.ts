/**
 * How far an OCR'd word is from the word it should be, for matching closed
 * vocabularies (agency names, cue words, place names) in text that
 * restoration left damaged: "Thudng" for "Thường", "Tỉnh Gy" for "Tỉnh ủy",
 * "T6 chirc" for "Tổ chức", "Pang" for "Đảng", "Humg" for "Hưng".
 *
 * Both words are folded first (fold.ts: lower case, no marks, đ → d). The
 * cost is an edit distance in which the substitutions OCR makes without a
 * Vietnamese model are cheap: vowels for vowels (the marks that told them
 * apart are gone), a marked vowel read as a digit or a glyph ("6", "0", "4",
 * "&", "¢", "d" for ơ/â), ư read as "w", "ir", "tr", and Đ read as P or B.
 * Words are short and the bound is small, so each comparison is constant
 * time; longer words are not compared at all.
 */
import { fold } from './fold.js';

const VOWELS = 'aeiouy';
/** What OCR prints for a marked vowel: glyphs, digits, "d" for ơ and â, "b" for ô. */
const VOWEL_LIKE = '0469&@¢§db';
/** What OCR prints for u (ư, ủ…): besides the vowels. */
const U_LIKE = 'wvgtrn01';
/** Letters OCR inserts around a damaged vowel ("ctia" for "của", "chirc" for "chức"). */
const CHEAP_INSERTS = "tilr1'`~";

export const MAX_WORD = 12;

function substitution(seen: string, want: string): number {
  if (seen === want) return 0;
  const wantVowel = VOWELS.includes(want);
  if (wantVowel && (VOWELS.includes(seen) || VOWEL_LIKE.includes(seen))) return 0.5;
  if (want === 'u' && U_LIKE.includes(seen)) return 0.5;
  if (want === 'd' && (seen === 'p' || seen === 'b')) return 0.5;
  if ((want === 'i' || want === 'l') && (seen === '1' || seen === 'l' || seen === 'i' || seen === '|')) return 0.5;
  return 1;
}

const insertion = (seen: string) => (CHEAP_INSERTS.includes(seen) ? 0.5 : 0.75);
const DELETION = 0.75;

/** The most a word of this length may cost and still be that word. */
export function budget(want: string): number {
  const n = want.length;
  if (n <= 2) return 0.5;
  if (n === 3) return 1;
  if (n <= 4) return 1;
  if (n <= 6) return 1.5;
  return 2;
}

/**
 * The cost of reading `seen` as `want` (both already folded), or Infinity
 * when it exceeds `limit`.
 */
export function ocrCost(seen: string, want: string, limit = budget(want)): number {
  if (seen === want) return 0;
  const n = seen.length;
  const m = want.length;
  if (n > MAX_WORD || m > MAX_WORD || Math.abs(n - m) * 0.5 > limit) return Infinity;
  const width = m + 1;
  const d = new Float64Array((n + 1) * width);
  for (let j = 1; j <= m; j++) d[j] = d[j - 1]! + DELETION;
  for (let i = 1; i <= n; i++) {
    const s = seen[i - 1]!;
    d[i * width] = d[(i - 1) * width]! + insertion(s);
    let best = d[i * width]!;
    for (let j = 1; j <= m; j++) {
      const w = want[j - 1]!;
      let c = Math.min(
        d[(i - 1) * width + j - 1]! + substitution(s, w),
        d[(i - 1) * width + j]! + insertion(s),
        d[i * width + j - 1]! + DELETION,
      );
      // ư printed as two letters ("ir", "tr", "it", "u'"): the pair costs one cheap substitution.
      if (w === 'u' && i >= 2 && TWO_FOR_U.has(seen[i - 2]! + s)) c = Math.min(c, d[(i - 2) * width + j - 1]! + 0.5);
      d[i * width + j] = c;
      if (c < best) best = c;
    }
    if (best > limit) return Infinity;
  }
  const cost = d[n * width + m]!;
  return cost > limit ? Infinity : cost;
}

const TWO_FOR_U = new Set(['ir', 'tr', 'it', 'rr', 'ik', "u'", 'tt', 'ti']);

/** True when `seen` (as written) may be an OCR reading of `want` (as written). */
export function ocrLike(seen: string, want: string): boolean {
  return ocrCost(fold(seen), fold(want)) !== Infinity;
}
