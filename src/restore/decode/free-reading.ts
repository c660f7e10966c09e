/**
 * For --explain: how a sentence would read if no rule kept its words as printed — each word
 * decoded with the options of a document just past clean (explain.ts, freeRegime), its fixed
 * tokens as they are. Where that reading differs from the print, the rule that kept the word
 * made a decision, and the explanation says which rule and what it prevented.
 */
import { baseKey, isWellFormedSyllable, type ToneStyle } from '../syllable.js';
import { decodeSentence, type BeamSettings, type Slot } from './beam.js';
import type { NoiseRegime } from './candidate-source.js';
import { isAccentedClean } from './regime.js';
import type { Scorer } from './scorer.js';
import type { Entry } from './sentences.js';
import type { Token } from '../tokenize.js';
import { render, type WordOptions } from './word-options.js';

/** Per entry, the word free decoding prints; null for fixed entries. */
export function freeReading(
  sentence: readonly Entry[],
  tokens: readonly Token[],
  optionsOf: (printed: string) => WordOptions,
  fixedFor: (unit: string) => Slot,
  scorer: Scorer,
  bos: number,
  eos: number,
  beam: BeamSettings,
  toneStyle: ToneStyle,
): Array<string | null> {
  const options = sentence.map((e) => (e.type === 'word' ? optionsOf(tokens[e.token]!.text) : null));
  const slots = sentence.map((e, i) => (e.type === 'word' ? options[i]!.slot : fixedFor(e.unit)));
  if (slots.every((slot) => slot.ids.length === 1)) return sentence.map((e, i) => (e.type === 'word' ? render(options[i]!, 0, tokens[e.token]!.text, toneStyle) : null));
  const { choice } = decodeSentence(slots, scorer, bos, eos, beam);
  return sentence.map((e, i) => (e.type === 'word' ? render(options[i]!, choice[i]!, tokens[e.token]!.text, toneStyle) : null));
}

/** A word of letters opening with a capital (word-options.ts keeps such non-syllables in clean text). */
const CAPITALISED = /^\p{Lu}\p{L}+$/u;

/**
 * The rule that kept a word of a decoded sentence as printed: the OCR engine's confidence, or
 * in clean accented text its being a marked syllable, a capitalised non-syllable, or a markless
 * syllable (whose letters clean text keeps); null when no rule held it (the decoder chose).
 */
export function ruleOf(printed: string, regime: NoiseRegime, ocrKept: boolean, options: number): string | null {
  if (ocrKept) return 'ocr-confident';
  if (!isAccentedClean(regime)) return null;
  const lower = printed.normalize('NFC').toLowerCase();
  const syllable = isWellFormedSyllable(lower);
  if (syllable && baseKey(lower) !== lower) return 'valid-syllable/clean';
  if (!syllable && CAPITALISED.test(printed)) return 'capitalised/clean';
  if (syllable && options > 1) return null;
  return syllable ? 'letters-kept/clean' : null;
}
