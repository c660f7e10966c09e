/**
 * The document's noise regime, from its word tokens: how many are not known
 * syllables at all (OCR damage), and how many carry no diacritic (stripped
 * text, or OCR that lost the marks).
 */
import { baseKey } from '../syllable.js';
import type { NoiseRegime } from './candidate-source.js';

/** Share of toneless, markless syllables in correctly accented Vietnamese prose. */
export const NATURAL_MARKLESS_SHARE = 0.25;

/**
 * `counts`: how often each printed word token occurs. `known` says whether a
 * lower-case word is a syllable of the inventory (in any tone placement).
 */
export function estimateRegime(
  counts: ReadonlyMap<string, number>,
  known: (lower: string) => boolean,
): NoiseRegime {
  let total = 0;
  let unknown = 0;
  let markless = 0;
  for (const [word, n] of counts) {
    const lower = word.normalize('NFC').toLowerCase();
    total += n;
    if (!known(lower)) unknown += n;
    else if (baseKey(lower) === lower) markless += n;
  }
  if (total === 0) return { noise: 0, stripped: 0 };
  return { noise: bucket(unknown / total), stripped: bucket(markless / total) };
}

/**
 * Shares are rounded to steps of 1/64, so that documents in the same regime
 * share candidate lists (see WordCache) and tiny differences in a document do
 * not change how it is read.
 */
const bucket = (share: number): number => Math.round(share * 64) / 64;

/**
 * How likely a printed word is not what was meant, by kind of evidence:
 * `marked` for a known syllable that carries diacritics, `markless` for a known
 * syllable without any. Clean text makes both tiny; stripped text makes
 * markless words say nothing about their marks; OCR damage weakens both.
 */
export function doubt(regime: NoiseRegime): { marked: number; markless: number } {
  const marked = Math.min(0.5, Math.max(1e-4, regime.noise * 1.5));
  const lostMarks = (regime.stripped - NATURAL_MARKLESS_SHARE) / (1 - NATURAL_MARKLESS_SHARE);
  const markless = Math.min(0.999, Math.max(marked, lostMarks * 1.3));
  return { marked, markless };
}
