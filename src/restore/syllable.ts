/**
 * The Vietnamese syllable: letters, tone marks, phonotactics, case.
 *
 * Everything works on NFC strings. Tone marks are the five combining marks
 * U+0300 (huyền), U+0301 (sắc), U+0309 (hỏi), U+0303 (ngã), U+0323 (nặng);
 * vowel marks (â ê ô ă ơ ư) are part of the letter and are not tones.
 */
import { BoundedMemo } from '../text/bounded-memo.js';

/** 0 ngang, 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

/** Where an open two-vowel syllable carries its tone: "hòa" (classic) or "hoà" (modern). */
export type ToneStyle = 'classic' | 'modern';

export type CasePattern = 'lower' | 'title' | 'upper';

const TONE_MARKS: Record<string, Tone> = {
  '\u0301': 1,
  '\u0300': 2,
  '\u0309': 3,
  '\u0303': 4,
  '\u0323': 5,
};
const MARK_OF_TONE = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;
const TONE_MARK_RE = /[\u0300\u0301\u0303\u0309\u0323]/gu;

const VOWELS = new Set('aăâeêioôơuưy');
const MARKED_VOWELS = new Set('ăâêôơư');

/** Onsets, longest first so that "ngh" wins over "ng" and "n". */
const ONSETS = [
  'ngh', 'ch', 'gh', 'gi', 'kh', 'ng', 'nh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x',
];
const CODAS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
const STOP_CODAS = new Set(['c', 'ch', 'p', 't']);

/** Vowel clusters (medial + nucleus + semivowel final) and whether a consonant coda may follow. */
type CodaRule = 'open' | 'closed' | 'both';
const CLUSTERS: ReadonlyMap<string, CodaRule> = new Map<string, CodaRule>([
  ...'a e ê i o ô ơ u ư y oa oe uê uy'.split(' ').map((c) => [c, 'both'] as [string, CodaRule]),
  ...'ă â iê yê uô ươ uyê oă uâ oo'.split(' ').map((c) => [c, 'closed'] as [string, CodaRule]),
  ...'ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu uơ iêu yêu oai oay oao oeo uây uôi uya uyu ươi ươu'
    .split(' ')
    .map((c) => [c, 'open'] as [string, CodaRule]),
]);
/** Clusters a "ch" or "nh" coda may follow ("ách", "ênh", "inh", "oanh", "uếch", "huynh"). */
const PALATAL_CODA_CLUSTERS = new Set(['a', 'ê', 'i', 'y', 'oa', 'uê', 'uy']);
const FRONT = new Set(['i', 'e', 'ê', 'y']);

const baseKeys = new BoundedMemo<string>(200_000);

/** Lower case, tone and vowel marks removed, đ→d: "Đảng" → "dang", "ƯỚC" → "uoc". */
export function baseKey(s: string): string {
  let key = baseKeys.get(s);
  if (key === undefined) {
    key = s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
    // A bounded memo: documents repeat the same few thousand words.
    baseKeys.set(s, key);
  }
  return key;
}

/** The tone of a syllable (the first tone mark found), 0 when it has none. */
export function toneOf(s: string): Tone {
  for (const ch of s.normalize('NFD')) {
    const tone = TONE_MARKS[ch];
    if (tone !== undefined) return tone;
  }
  return 0;
}

/** The syllable without its tone mark, vowel marks kept: "Được" → "Đươc". */
export function stripTone(s: string): string {
  return s.normalize('NFD').replace(TONE_MARK_RE, '').normalize('NFC');
}

export interface SyllableParts {
  onset: string;
  /** The whole vowel cluster, medial glide and semivowel final included ("oai", "ươ", "uyê"). */
  nucleus: string;
  /** Consonant final only: c ch m n ng nh p t, or "". */
  coda: string;
  tone: Tone;
}

/**
 * Splits a syllable into onset, vowel cluster and consonant coda (lower case,
 * toneless). Returns null when the letters do not have that shape at all
 * (no vowel, non-letters, a second vowel run).
 */
export function decompose(s: string): SyllableParts | null {
  const tone = toneOf(s);
  const lower = stripTone(s).toLowerCase();
  if (lower.length === 0 || lower.length > 8) return null;
  let onset = ONSETS.find((o) => lower.startsWith(o)) ?? '';
  // "gi" and "qu" are onsets only before another vowel: "gìn" is g+i+n, "giữa" is gi+ưa.
  if ((onset === 'gi' || onset === 'qu') && !VOWELS.has(lower[2] ?? '')) {
    onset = onset === 'gi' ? 'g' : '';
    if (onset === '') return null;
  }
  let i = onset.length;
  const nucleusStart = i;
  while (i < lower.length && VOWELS.has(lower[i]!)) i++;
  const nucleus = lower.slice(nucleusStart, i);
  const coda = lower.slice(i);
  if (nucleus === '' || !CODAS.has(coda)) return null;
  return { onset, nucleus, coda, tone };
}

/** True when the letters form a possible Vietnamese syllable (spelling rules and tone/coda rules). */
export function isWellFormedSyllable(s: string): boolean {
  const parts = decompose(s);
  if (!parts) return false;
  const { onset, nucleus, coda, tone } = parts;
  const rule = CLUSTERS.get(nucleus);
  if (!rule) return false;
  if (rule === 'open' && coda !== '') return false;
  if (rule === 'closed' && coda === '') return false;
  if ((coda === 'ch' || coda === 'nh') && !PALATAL_CODA_CLUSTERS.has(nucleus)) return false;
  // "giếng" is gi+ê+ng: the onset took the i of "iê".
  const lonelyFront = nucleus === 'i' || nucleus === 'y' || (nucleus === 'ê' && onset !== 'gi');
  if ((coda === 'c' || coda === 'ng') && lonelyFront) return false;
  // Stop-final syllables carry only sắc or nặng.
  if (STOP_CODAS.has(coda) && tone !== 1 && tone !== 5) return false;
  const first = nucleus[0]!;
  if ((onset === 'k' || onset === 'gh' || onset === 'ngh') && !FRONT.has(first)) return false;
  if (onset === 'c' && FRONT.has(first)) return false;
  if (onset === 'ng' && FRONT.has(first)) return false;
  if (onset === 'g' && (first === 'e' || first === 'ê')) return false;
  if (nucleus.startsWith('yê') && onset !== '' && onset !== 'qu') return false;
  if (onset === 'qu' && first === 'u') return false;
  return true;
}

/** Index within the vowel cluster that carries the tone. */
function toneIndexInCluster(nucleus: string, hasCoda: boolean, style: ToneStyle): number {
  const horn = nucleus.indexOf('ơ');
  if (horn >= 0) return horn;
  for (let k = 0; k < nucleus.length; k++) if (MARKED_VOWELS.has(nucleus[k]!)) return k;
  if (nucleus.length === 1) return 0;
  if (hasCoda) return nucleus.length - 1;
  if (nucleus.length >= 3) return 1;
  // The only place the two styles differ: open "oa", "oe", "uy".
  if (style === 'modern' && (nucleus === 'oa' || nucleus === 'oe' || nucleus === 'uy')) return 1;
  return 0;
}

/**
 * Puts the tone mark where the given style wants it: classic "hòa", "khỏe",
 * "thủy", "ủy"; modern "hoà", "khoẻ", "thuỷ", "uỷ". Case is kept. Strings that
 * are not a single syllable come back NFC but otherwise unchanged.
 */
export function normalizeToneStyle(s: string, style: ToneStyle): string {
  const nfc = s.normalize('NFC');
  const tone = toneOf(nfc);
  if (tone === 0) return nfc;
  const parts = decompose(nfc);
  if (!parts || !CLUSTERS.has(parts.nucleus)) return nfc;
  const toneless = stripTone(nfc);
  const at = parts.onset.length + toneIndexInCluster(parts.nucleus, parts.coda !== '', style);
  const chars = [...toneless];
  if (at >= chars.length) return nfc;
  chars[at] = (chars[at]! + MARK_OF_TONE[tone]).normalize('NFC');
  return chars.join('');
}

/** Adds a tone to a toneless syllable at the classic position (or the given style's). */
export function withTone(toneless: string, tone: Tone, style: ToneStyle = 'classic'): string {
  if (tone === 0) return toneless;
  const parts = decompose(toneless);
  if (!parts || !CLUSTERS.has(parts.nucleus)) return toneless;
  const at = parts.onset.length + toneIndexInCluster(parts.nucleus, parts.coda !== '', style);
  const chars = [...toneless.normalize('NFC')];
  chars[at] = (chars[at]! + MARK_OF_TONE[tone]).normalize('NFC');
  return chars.join('');
}

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLower = (ch: string): boolean => ch !== ch.toUpperCase() && ch === ch.toLowerCase();

/**
 * How a token is cased as printed. OCR mixes case inside words, so only the
 * first letter and the balance of the rest decide: "tAm" is lower ("tâm"),
 * "PANG" upper, "B¢" and "HOi" title.
 */
export function casePattern(token: string): CasePattern {
  const letters = [...token].filter((ch) => isUpper(ch) || isLower(ch));
  const first = letters[0];
  if (first === undefined || !isUpper(first)) return 'lower';
  const rest = letters.slice(1);
  if (rest.length === 0) return 'title';
  const upper = rest.filter(isUpper).length;
  return upper > rest.length - upper ? 'upper' : 'title';
}

/** Writes a lower-case syllable in the given case: "tỉnh" → "Tỉnh" / "TỈNH". */
export function applyCase(pattern: CasePattern, s: string): string {
  if (pattern === 'upper') return s.toUpperCase();
  if (pattern === 'lower') return s.toLowerCase();
  const chars = [...s.toLowerCase()];
  const at = chars.findIndex((ch) => isLower(ch));
  if (at >= 0) chars[at] = chars[at]!.toUpperCase();
  return chars.join('');
}
