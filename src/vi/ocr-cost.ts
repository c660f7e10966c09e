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
 *
 * The shared home of this cost (src/vi imports no stage); src/extract/text/ocr-cost.ts
 * is the same code, to become a re-export of this one with the agency work there.
 */
const VOWELS = 'aeiouy';
/** What OCR prints for a marked vowel: glyphs, digits, "d" for ơ and â, "b" for ô. */
const VOWEL_LIKE = '04689&@¢§db';
/** What OCR prints for u (ư, ủ…): besides the vowels. */
const U_LIKE = 'wvgtrnl01';
/** Letters OCR inserts around a damaged vowel ("ctia" for "của", "chirc" for "chức"). */
const CHEAP_INSERTS = "tilr1'`~";

export const MAX_WORD = 12;

// Costs are counted in quarters so the dynamic programme runs on integers.
const CHEAP = 2;
const INSERT = 3;
const DELETE = 3;
const FULL = 4;

function substitutionCost(seen: string, want: string): number {
  if (seen === want) return 0;
  if (VOWELS.includes(want) && (VOWELS.includes(seen) || VOWEL_LIKE.includes(seen))) return CHEAP;
  if (want === 'u' && U_LIKE.includes(seen)) return CHEAP;
  if (want === 'd' && (seen === 'p' || seen === 'b')) return CHEAP;
  if ((want === 'i' || want === 'l') && '1li|'.includes(seen)) return CHEAP;
  // c and e, ¢ and c look alike to OCR.
  if ((want === 'c' && (seen === 'e' || seen === '¢')) || (want === 'e' && seen === 'c')) return CHEAP;
  return FULL;
}

/** Substitution costs of every pair that is not full, by char codes. */
const CHEAP_PAIRS = new Map<number, number>();
{
  const chars = new Set(`${VOWELS}${VOWEL_LIKE}${U_LIKE}pbdcel1i|`);
  for (const a of chars) for (const b of chars) {
    const c = substitutionCost(a, b);
    if (c < FULL) CHEAP_PAIRS.set(a.charCodeAt(0) * 65536 + b.charCodeAt(0), c);
  }
}
const substitution = (seen: number, want: number) =>
  seen === want ? 0 : (CHEAP_PAIRS.get(seen * 65536 + want) ?? FULL);
const insertion = (seen: string) => (CHEAP_INSERTS.includes(seen) ? CHEAP : INSERT);

/** The most a word of this length may cost and still be that word. */
export function budget(want: string): number {
  const n = want.length;
  if (n <= 2) return 0.5;
  if (n <= 4) return 1;
  if (n <= 6) return 1.5;
  return 2;
}

const TWO_FOR_U = new Set(['ir', 'tr', 'it', 'rr', 'ik', "u'", 'tt', 'ti', 'li']);
const ONE_FOR_TWO = new Set(['in', 'rn']);
const U = 'u'.charCodeAt(0);
const M = 'm'.charCodeAt(0);
const table = new Int32Array((MAX_WORD + 1) * (MAX_WORD + 1));

/**
 * The cost of reading `seen` as `want` (both already folded), or Infinity
 * when it exceeds `limit`.
 */
export function ocrCost(seen: string, want: string, limit = budget(want)): number {
  if (seen === want) return 0;
  const n = seen.length;
  const m = want.length;
  if (n > MAX_WORD || m > MAX_WORD || Math.abs(n - m) * 0.5 > limit) return Infinity;
  const cap = Math.round(limit * 4);
  const width = m + 1;
  const d = table;
  d[0] = 0;
  for (let j = 1; j <= m; j++) d[j] = d[j - 1]! + DELETE;
  for (let i = 1; i <= n; i++) {
    const s = seen.charCodeAt(i - 1);
    const row = i * width;
    const up = row - width;
    d[row] = d[up]! + insertion(seen[i - 1]!);
    let best = d[row]!;
    for (let j = 1; j <= m; j++) {
      const w = want.charCodeAt(j - 1);
      let c = Math.min(d[up + j - 1]! + substitution(s, w), d[up + j]! + insertion(seen[i - 1]!), d[row + j - 1]! + DELETE);
      // ư printed as two letters ("ir", "tr", "it", "u'"): the pair costs one cheap substitution.
      if (w === U && i >= 2 && TWO_FOR_U.has(seen.slice(i - 2, i))) c = Math.min(c, d[up - width + j - 1]! + CHEAP);
      // Two letters printed as one: "in" or "rn" as "m" ("Tmh" for "Tỉnh").
      if (s === M && j >= 2 && ONE_FOR_TWO.has(want.slice(j - 2, j))) c = Math.min(c, d[up + j - 2]! + CHEAP);
      d[row + j] = c;
      if (c < best) best = c;
    }
    if (best > cap) return Infinity;
  }
  const cost = d[n * width + m]!;
  return cost > cap ? Infinity : cost / 4;
}
