/**
 * Comparison keys for OCR'd Vietnamese. Patterns in this stage match on keys,
 * not on the printed text, so that they hold both on restored text and on
 * residual OCR damage ("PIiCH" for "ĐÍCH", "THU'C" for "THỰC", "Humg" for "Hưng").
 * The folding is the shared one of src/vi/fold.ts; this module only drops the marks it keeps.
 */
import { fold } from '../../vi/fold.js';

const MARK = /\p{M}/u;
const MARKS = /\p{M}/gu;

/**
 * The shared fold with the combining marks no letter took dropped ("ngà\u0301y" → "ngay"): lower
 * case, no marks, đ → d. Not src/vi/fold.ts alone, which keeps such a mark in its place so that
 * offsets map back; here a word must read as itself, and the length may change.
 */
export function foldDroppingMarks(text: string): string {
  const folded = fold(text);
  return MARK.test(folded) ? folded.replace(MARKS, '') : folded;
}

/** A line or phrase folded for matching: marks dropped, spaces squeezed, ends trimmed. */
export function foldedLine(text: string): string {
  return foldDroppingMarks(text).replace(/\s+/gu, ' ').trim();
}

/** One word's key: folded, with the apostrophes and stray marks OCR puts inside words removed. */
export function wordKey(word: string): string {
  const lower = word.toLowerCase();
  // Most OCR'd words are plain ASCII already; folding them again is the bulk of the cost on long inputs.
  if (/^[a-z0-9]*$/u.test(lower)) return lower;
  // The shared fold: the marks it keeps go with every other character no key has.
  return fold(word).replace(/[^a-z0-9]/g, '');
}

/** Words of a line for phrase matching; splits on spaces and punctuation that never sits inside a word. */
export function words(text: string): string[] {
  return text
    .split(/[\s,;:.()[\]{}"“”«»\-–—/\\|]+/u)
    .map(wordKey)
    .filter((w) => w !== '');
}

/**
 * Whether two single words are at most one edit apart (one character
 * substituted, inserted or deleted). Words over 40 characters must be equal.
 * Called for every word against every keyword, so it allocates nothing.
 */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length > 40 || b.length > 40) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  // Past the first difference the rest must match: shifted by one (insertion) or in step (substitution).
  const skip = short.length === long.length ? 1 : 0;
  for (let j = i + skip; j < short.length; j++) if (short.charCodeAt(j) !== long.charCodeAt(j + 1 - skip)) return false;
  return true;
}

/**
 * Whether an OCR'd word reads as a keyword: equal, or "Đ" read as "P"
 * ("PANG" → "dang"), or one character off for words of four letters or more,
 * or one vowel off for three-letter words.
 */
export function sameWord(seen: string, keyword: string): boolean {
  if (seen === keyword) return true;
  if (Math.abs(seen.length - keyword.length) > 1) return false;
  // OCR prints vowels with marks as digits ("c6" for "có", "s0" for "số").
  const vowels = seen.includes('6') || seen.includes('0') ? seen.replace(/[60]/gu, 'o') : seen;
  const d = vowels.startsWith('p') && keyword.startsWith('d') ? 'd' + vowels.slice(1) : vowels;
  if (d === keyword) return true;
  if (keyword.length >= 4) return withinOneEdit(d, keyword);
  // Short words: one vowel misread ("méc" for "mắc") and nothing else.
  return d.length === keyword.length && oneVowelApart(d, keyword);
}

const VOWEL = /[aeiouy]/u;

function oneVowelApart(a: string, b: string): boolean {
  let diff = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (!VOWEL.test(a[i]!) || !VOWEL.test(b[i]!) || ++diff > 1) return false;
  }
  return diff === 1 && a.length >= 3;
}

/** Index of the first place where `phrase` (already keyed words) occurs in `seen`, or -1. */
export function findPhrase(seen: readonly string[], phrase: readonly string[]): number {
  outer: for (let i = 0; i + phrase.length <= seen.length; i++) {
    for (let j = 0; j < phrase.length; j++) {
      if (!sameWord(seen[i + j]!, phrase[j]!)) continue outer;
    }
    return i;
  }
  return -1;
}

/** Whether the whole of `seen` is `phrase`. */
export function isPhrase(seen: readonly string[], phrase: readonly string[]): boolean {
  return seen.length === phrase.length && findPhrase(seen, phrase) === 0;
}

/** Keys a phrase list once: "Kế hoạch" → ["ke", "hoach"]. */
export function phraseKeys(phrase: string): string[] {
  return words(phrase);
}

export interface WordSpan {
  key: string;
  start: number;
  end: number;
}

/** Words with their offsets in the text, for cutting a line where a phrase starts or ends. */
export function wordSpans(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  const re = /[^\s,;:.()[\]{}"“”«»\-–—/\\|]+/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const key = wordKey(m[0]);
    if (key !== '') out.push({ key, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Where a phrase occurs in a text, as character offsets, or null. */
export function locatePhrase(text: string, phrase: readonly string[]): { start: number; end: number } | null {
  const spans = wordSpans(text);
  const at = findPhrase(
    spans.map((s) => s.key),
    phrase,
  );
  if (at < 0) return null;
  return { start: spans[at]!.start, end: spans[at + phrase.length - 1]!.end };
}
