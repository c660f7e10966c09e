/**
 * Aligning an OCR'd text with its clean original, token by token, to learn
 * how OCR damages syllables. OCR rewraps lines, drops and invents tokens, and
 * splits or glues words ("T hwce" for "Thực", "déra" for "đề ra"), so the two
 * token sequences are aligned by a banded edit distance whose steps are
 * 1-1 (same or damaged token), 1-0 and 0-1 (invented, dropped), 1-2 (glued)
 * and 2-1 (split). A step's cost is how far apart the letters are once
 * accents are ignored and digits read as the letters they resemble (only to
 * find the pairing: what each pairing says is learnt from the counts).
 */
import { baseKey } from '../syllable.js';
import { tokenize } from '../tokenize.js';
import { BoundedMemo } from '../../text/bounded-memo.js';

/** One step of the alignment: OCR tokens and the clean tokens they stand for (0–2 of each). */
export interface AlignedGroup {
  ocr: string[];
  clean: string[];
}

/** Digits and junk that OCR prints for letters, read back only to find which tokens pair up. */
const LOOKALIKE: Record<string, string> = {
  '0': 'o', '6': 'o', '1': 'l', '4': 'a', '3': 'a', '8': 'a', '9': 'o', '5': 's',
  '&': 'a', '@': 'd', '¢': 'o', '§': 'o', '|': 'l', '€': 'e', '£': 'e', '®': 'o', '©': 'c',
};

const looseKeys = new BoundedMemo<string>(100_000);

/** The letters of a token for pairing: lower case, no accents, lookalike digits read as letters, quotes dropped. */
export function looseKey(token: string): string {
  let key = looseKeys.get(token);
  if (key === undefined) {
    key = '';
    for (const ch of baseKey(token)) {
      if (ch === '’' || ch === '‘' || ch === "'") continue;
      key += LOOKALIKE[ch] ?? ch;
    }
    looseKeys.set(token, key);
  }
  return key;
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Plain Levenshtein distance between two strings (UTF-16 units). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const m = b.length;
  if (rowA.length <= m) {
    rowA = new Int32Array(m * 2 + 1);
    rowB = new Int32Array(m * 2 + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m]!;
}

const pairCosts = new BoundedMemo<number>(500_000);

/** Cost of pairing two letter strings: 0 for the same letters, about 1 for unrelated ones. */
function pairCost(a: string, b: string): number {
  if (a === b) return 0;
  const key = a + '\u0000' + b;
  let c = pairCosts.get(key);
  if (c === undefined) {
    c = levenshtein(a, b) / Math.max(a.length, b.length, 1);
    pairCosts.set(key, c);
  }
  return c;
}

/** Cost of a token with no partner. Pairing unrelated tokens costs more than dropping both. */
const GAP = 0.6;
/** Extra cost of a glued or split pairing over a 1-1 one, so that it is chosen only when it explains more. */
const JOIN = 0.25;
/** How far off the diagonal the alignment may stray, in tokens. */
const BAND = 60;

/** The tokens that carry letters or digits, lower case, NFC: what OCR and clean text are aligned on. */
export function alignTokens(text: string): string[] {
  return tokenize(text.normalize('NFC'))
    .filter((t) => t.kind === 'word' || t.kind === 'number' || t.kind === 'symbol')
    .map((t) => t.text.toLowerCase());
}

/** Aligns two token sequences (OCR, clean); the groups cover both in order. */
export function alignSequences(ocr: readonly string[], clean: readonly string[]): AlignedGroup[] {
  const n = ocr.length;
  const m = clean.length;
  const ko = ocr.map(looseKey);
  const kc = clean.map(looseKey);
  const width = 2 * BAND + 1;
  // Cell (i, j) lives at i * width + (j - centre[i] + BAND); outside the band is unreachable.
  const centre = Int32Array.from({ length: n + 1 }, (_, i) => Math.round((i * m) / Math.max(1, n)));
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const move = new Uint8Array((n + 1) * width);
  const at = (i: number, j: number): number => {
    const d = j - centre[i]! + BAND;
    return i < 0 || j < 0 || d < 0 || d >= width ? -1 : i * width + d;
  };
  const get = (k: number): number => (k < 0 ? Infinity : cost[k]!);
  cost[at(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    const lo = Math.max(0, centre[i]! - BAND);
    const hi = Math.min(m, centre[i]! + BAND);
    for (let j = lo; j <= hi; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let how = 0;
      let c: number;
      if (i > 0 && j > 0 && (c = get(at(i - 1, j - 1)) + pairCost(ko[i - 1]!, kc[j - 1]!)) < best) [best, how] = [c, 1];
      if (i > 0 && (c = get(at(i - 1, j)) + GAP) < best) [best, how] = [c, 2];
      if (j > 0 && (c = get(at(i, j - 1)) + GAP) < best) [best, how] = [c, 3];
      if (i > 0 && j > 1) {
        const prior = get(at(i - 1, j - 2));
        if (prior < best && (c = prior + JOIN + pairCost(ko[i - 1]!, kc[j - 2]! + kc[j - 1]!)) < best) [best, how] = [c, 4];
      }
      if (i > 1 && j > 0) {
        const prior = get(at(i - 2, j - 1));
        if (prior < best && (c = prior + JOIN + pairCost(ko[i - 2]! + ko[i - 1]!, kc[j - 1]!)) < best) [best, how] = [c, 5];
      }
      const k = at(i, j);
      cost[k] = best;
      move[k] = how;
    }
  }
  const groups: AlignedGroup[] = [];
  const STEP: Record<number, [number, number]> = { 1: [1, 1], 2: [1, 0], 3: [0, 1], 4: [1, 2], 5: [2, 1] };
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [di, dj] = STEP[move[at(i, j)]!]!;
    groups.push({ ocr: ocr.slice(i - di, i), clean: clean.slice(j - dj, j) });
    i -= di;
    j -= dj;
  }
  return groups.reverse();
}

/** Aligns an OCR'd text with its clean original. */
export function alignTexts(ocrText: string, cleanText: string): AlignedGroup[] {
  return alignSequences(alignTokens(ocrText), alignTokens(cleanText));
}
