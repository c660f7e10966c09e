/**
 * What one distinct printed word can become: its options for the decoder and
 * how each option prints. Built once per distinct word in a document and
 * shared by all its occurrences.
 */
import { unitForm } from '../lm/units.js';
import { applyCase, baseKey, casePattern, isWellFormedSyllable, normalizeToneStyle, type CasePattern, type ToneStyle } from '../syllable.js';
import { isAccentedClean } from './regime.js';
import type { Slot } from './beam.js';
import type { Candidate, CandidateSource, NoiseRegime } from './candidate-source.js';

export interface WordOptions {
  slot: Slot;
  /** Canonical syllable per option; null for "the printed token as it is". */
  forms: Array<string | null>;
  /** The printed word's own canonical form. */
  form: string;
  pattern: CasePattern;
  /** Rendered text per option, filled on first use. */
  rendered: Array<string | undefined>;
}

export interface OptionSources {
  source: CandidateSource;
  /** LM id of the number class, the option of a number read as itself. */
  numberId: number;
  /** Fixed corrections (canonical observed form → canonical replacement). */
  corrections: ReadonlyMap<string, string>;
  maxCandidates: number;
  /** LM id of a unit (UNK for units the model does not know). */
  idOf: (unit: string) => number;
  /** log P(unit) under the model, without context. */
  unigram: (id: number) => number;
  /**
   * Candidates whose channel score plus unigram log-probability trails the
   * best one's by more than this are dropped before decoding: no context in
   * the training text lifts a syllable that far.
   */
  priorCut: number;
}

/** The best `maxCandidates` candidates, without those the prior rules out. */
function plausible(cands: readonly Candidate[], sources: OptionSources): Candidate[] {
  const top = cands.slice(0, sources.maxCandidates);
  if (top.length <= 1) return top;
  const prior = top.map((c) => c.logp + sources.unigram(sources.idOf(c.syllable)));
  const floor = Math.max(...prior) - sources.priorCut;
  return top.filter((_, i) => prior[i]! >= floor);
}

export function fixedSlot(id: number): Slot {
  return { ids: Int32Array.of(id), channel: Float64Array.of(0) };
}

export function wordOptions(printed: string, regime: NoiseRegime, sources: OptionSources): WordOptions {
  const form = unitForm(printed);
  const pattern = casePattern(printed);
  const correction = sources.corrections.get(form);
  if (correction !== undefined) {
    return { slot: fixedSlot(sources.idOf(correction)), forms: [correction], form, pattern, rendered: [] };
  }
  const lower = printed.normalize('NFC').toLowerCase();
  if (DIGITS.test(printed)) return numberOptions(printed, lower, regime, sources, pattern);
  const clean = isAccentedClean(regime);
  const syllable = isWellFormedSyllable(lower);
  // In clean accented text a well-formed syllable printed with its marks stands, known or not
  // ("Thiều", "phúng"): the inventory of the training text is no list of every name; and a
  // capital word that makes no syllable is an abbreviation or a foreign name ("VB", "LED",
  // "PCTr", "Suhil"), not a damaged word.
  if (clean && ((syllable && baseKey(lower) !== lower) || (!syllable && CAPITALISED.test(printed)))) {
    return { slot: fixedSlot(sources.idOf(form)), forms: [null], form, pattern, rendered: [] };
  }
  let cands = plausible(sources.source.candidates(lower, regime), sources);
  // ...and a markless syllable may lack its marks but keeps its letters ("chip" is no "chấp").
  if (clean && syllable) cands = cands.filter((c) => baseKey(c.syllable) === lower);
  if (cands.length === 0) return { slot: fixedSlot(sources.idOf(form)), forms: [null], form, pattern, rendered: [] };
  return {
    slot: {
      ids: Int32Array.from(cands, (c) => sources.idOf(c.syllable)),
      channel: Float64Array.from(cands, (c) => c.logp),
    },
    forms: cands.map((c) => c.syllable),
    form,
    pattern,
    rendered: [],
  };
}

/** The options of a word kept as printed: itself alone. */
export function keptOptions(printed: string, sources: OptionSources): WordOptions {
  const form = unitForm(printed);
  return { slot: fixedSlot(sources.idOf(form)), forms: [null], form, pattern: casePattern(printed), rendered: [] };
}

const DIGITS = /^\d+$/u;
/** A word of letters opening with a capital ("VB", "PCTr", "Suhil"). */
const CAPITALISED = /^\p{Lu}\p{L}+$/u;
/** How likely OCR printed a number as itself (it reads digits well; the rest is the words it prints as digits). */
const NUMBER_KEPT_LOGP = Math.log(0.98);

/** A number that may be a garbled word: the number itself, or the syllables the channel reads it as. */
function numberOptions(printed: string, lower: string, regime: NoiseRegime, sources: OptionSources, pattern: CasePattern): WordOptions {
  const cands = plausible(sources.source.candidates(lower, regime), sources);
  return {
    slot: {
      ids: Int32Array.from([sources.numberId, ...cands.map((c) => sources.idOf(c.syllable))]),
      channel: Float64Array.from([NUMBER_KEPT_LOGP, ...cands.map((c) => c.logp)]),
    },
    forms: [null, ...cands.map((c) => c.syllable)],
    form: printed,
    pattern,
    rendered: [],
  };
}

/** The options that are syllables, as candidates: best channel score first, as the source gave them. */
export function candidatesOf(options: WordOptions): Candidate[] {
  const out: Candidate[] = [];
  options.forms.forEach((syllable, o) => {
    if (syllable !== null) out.push({ syllable, logp: options.slot.channel[o]! });
  });
  return out;
}

/**
 * The text option o prints as: the printed token itself when the option is the
 * same syllable (whatever its tone placement), else the syllable in the printed
 * case and the requested tone style.
 */
export function render(options: WordOptions, o: number, printed: string, style: ToneStyle): string {
  const f = options.forms[o];
  if (f === null || f === undefined || f === options.form) return printed;
  let text = options.rendered[o];
  if (text === undefined) {
    // Options are canonical, that is in the classic style already.
    text = applyCase(options.pattern, style === 'classic' ? f : normalizeToneStyle(f, style));
    options.rendered[o] = text;
  }
  return text;
}
