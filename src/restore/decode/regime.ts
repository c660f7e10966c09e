/**
 * The document's noise regime, from its word tokens: how many look damaged
 * (letters no syllable has, or accents no syllable has), and how many carry
 * no diacritic at all (stripped text, or OCR that lost the marks).
 */
import { baseKey, isWellFormedSyllable } from '../syllable.js';
import type { NoiseRegime } from './candidate-source.js';

/**
 * At most this share of words no syllable explains (one in eight) still counts as clean text:
 * real accented pages reach 2/32 with their English notices, product names and letters spaced
 * out in headings, while English-model OCR is at 8/32 or more (and 0.75 markless) on every
 * dev-eval text, seed and fixture scan.
 */
const CLEAN_NOISE = 4 / 32;
/** Below this share of markless words the text keeps its marks. */
const ACCENTED_STRIPPED = 0.35;
/** Doubt of a marked word in clean accented text: about 20 nats, more than any context outweighs. */
const SETTLED_DOUBT = 1e-9;

/** Share of markless syllables in correctly accented Vietnamese prose ("ban", "nhân" has a mark). */
export const NATURAL_MARKLESS_SHARE = 0.25;

export interface Lexicon {
  /** Whether a lower-case word is a syllable of the inventory, as printed (any tone placement). */
  known(lower: string): boolean;
  /** Whether some syllable of the inventory has these letters (a base key). */
  knownBase(key: string): boolean;
}

/**
 * `counts`: how often each printed word token occurs. A token is noise when
 * its letters fit no syllable ("ctia", "s6") or when it carries marks that no
 * syllable with its letters has ("luén"); a markless token whose letters fit
 * a syllable is evidence of stripping, not of noise, and a marked one that is a well-formed
 * syllable the training text never had ("Thiều", "phúng") is a rare word, not damage.
 */
export function estimateRegime(counts: ReadonlyMap<string, number>, lexicon: Lexicon): NoiseRegime {
  let total = 0;
  let noisy = 0;
  let markless = 0;
  for (const [word, n] of counts) {
    // A lone letter (an initial, a list marker, OCR debris) says nothing either way.
    if (word.length === 1) continue;
    const lower = word.normalize('NFC').toLowerCase();
    const key = baseKey(lower);
    total += n;
    if (key === lower) {
      markless += n;
      if (!lexicon.knownBase(key)) noisy += n;
    } else if (!lexicon.known(lower) && !isWellFormedSyllable(lower)) noisy += n;
  }
  if (total === 0) return { noise: 0, stripped: 0 };
  return { noise: bucket(noisy / total), stripped: bucket(markless / total) };
}

/**
 * Shares are rounded to steps of 1/32, so that documents in the same regime
 * share candidate lists (see WordCache) and small differences in a document do
 * not change how it is read.
 */
const bucket = (share: number): number => Math.round(share * 32) / 32;

/**
 * How likely a printed word is not what was meant, by kind of evidence:
 * `marked` for a known syllable that carries diacritics, `markless` for a known
 * syllable without any. Clean text makes both tiny; stripped text makes
 * markless words say nothing about their marks; OCR damage weakens both.
 */
/**
 * Accented text with next to no damaged words (born-digital, a Vietnamese-model scan): a word
 * printed with its marks is kept; the language model's taste for another name is no evidence.
 */
export function isAccentedClean(regime: NoiseRegime): boolean {
  return regime.noise <= CLEAN_NOISE && regime.stripped < ACCENTED_STRIPPED;
}

export function doubt(regime: NoiseRegime): { marked: number; markless: number } {
  const marked = isAccentedClean(regime) ? SETTLED_DOUBT : Math.min(0.5, Math.max(1e-4, regime.noise * 1.5));
  const lostMarks = (regime.stripped - NATURAL_MARKLESS_SHARE) / (1 - NATURAL_MARKLESS_SHARE);
  const markless = Math.min(1, Math.max(marked, lostMarks * 1.3));
  return { marked, markless };
}
