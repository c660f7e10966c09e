/**
 * Token-level confusion counts from aligned (OCR, clean) pairs: how often
 * each syllable was meant, and how often it was printed as each observed
 * form. Only 1-1 steps of the alignment whose clean side is a syllable and
 * whose OCR side is a word count as confusions; glued and split steps are
 * counted apart (they are what a merge/split model would learn from).
 */
import { alignTexts, looseKey, levenshtein, type AlignedGroup } from '../../src/restore/channel/align.js';
import { unitForm } from '../../src/restore/lm/units.js';
import { isWellFormedSyllable } from '../../src/restore/syllable.js';
import type { TextPair } from './ocr-pairs.js';

export interface ConfusionCounts {
  /** Intended syllable → times meant. */
  intended: Map<string, number>;
  /** Observed form → intended syllable → count. */
  printed: Map<string, Map<string, number>>;
  /** Steps by shape ("1-1", "1-2" glued, "2-1" split, "1-0", "0-1"). */
  shapes: Map<string, number>;
}

const HAS_LETTER = /\p{L}/u;
/** Short numbers OCR prints for words ("16" lệ, "6" ở, "13" là): counted too, the decoder may read them so. */
export const WORDLIKE_NUMBER = /^\d{1,2}$/u;

export function emptyCounts(): ConfusionCounts {
  return { intended: new Map(), printed: new Map(), shapes: new Map() };
}

const bump = <K>(map: Map<K, number>, key: K, n = 1): void => {
  map.set(key, (map.get(key) ?? 0) + n);
};

/**
 * Whether a 1-1 pairing is plausibly a damaged copy and not an alignment slip:
 * the letters, read loosely, share at least half.
 */
export function plausiblePair(observed: string, intended: string): boolean {
  const a = looseKey(observed);
  const b = looseKey(intended);
  return levenshtein(a, b) <= Math.max(1, Math.floor(Math.max(a.length, b.length) / 2));
}

export function countGroups(groups: readonly AlignedGroup[], into: ConfusionCounts): void {
  for (const g of groups) {
    bump(into.shapes, `${g.ocr.length}-${g.clean.length}`);
    for (const c of g.clean) {
      const s = unitForm(c);
      if (isWellFormedSyllable(s)) bump(into.intended, s);
    }
    if (g.ocr.length !== 1 || g.clean.length !== 1) continue;
    const o = g.ocr[0]!.normalize('NFC');
    const s = unitForm(g.clean[0]!);
    if (!isWellFormedSyllable(s) || !(HAS_LETTER.test(o) || WORDLIKE_NUMBER.test(o)) || !plausiblePair(o, s)) continue;
    let row = into.printed.get(o);
    if (!row) into.printed.set(o, (row = new Map()));
    bump(row, s);
  }
}

export function countPairs(pairs: readonly TextPair[]): ConfusionCounts {
  const counts = emptyCounts();
  for (const p of pairs) countGroups(alignTexts(p.ocr, p.clean), counts);
  return counts;
}

/** Hand-corrected seed lines: the gold is aligned with its seed line by line (the files match line for line). */
export function countLinePairs(seed: string, gold: string, into: ConfusionCounts): void {
  const seedLines = seed.split('\n');
  const goldLines = gold.split('\n');
  // Paragraph-sized blocks keep each alignment short and inside its band.
  const block = 20;
  for (let i = 0; i < Math.min(seedLines.length, goldLines.length); i += block) {
    countGroups(alignTexts(seedLines.slice(i, i + block).join('\n'), goldLines.slice(i, i + block).join('\n')), into);
  }
}
