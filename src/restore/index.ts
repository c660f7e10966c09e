/**
 * diacritics-restore-vi: OCR-aware Vietnamese diacritic restoration.
 *
 *   import { loadRestorer, restoreText } from 'directive-parse/restore';
 *   const restorer = loadRestorer();                 // once; dict/ of the package
 *   const { text, tokens, stats } = restoreText('Ban Thuong vu Tinh ty', restorer);
 *
 * A noisy-channel decoder: candidates for each word from a model of how OCR
 * (or accent stripping) damages syllables, a syllable n-gram language model,
 * and a beam search over each sentence with context across line breaks.
 * Numbers, dates and document symbols pass through; the printed case is kept;
 * text that is already correctly accented comes out untouched.
 */
import { decodeText, type DecodeResult, type TokenDecision } from './decode/restore.js';
import type { NoiseRegime } from './decode/candidate-source.js';
import type { ToneStyle } from './syllable.js';
import type { WordConfidence } from '../text/word-confidence.js';

export { loadRestorer, DEFAULT_DICT_DIR, type Restorer, type RestorerOptions } from './restorer.js';
export { parseUserDictionary, UserDictionaryError, type UserDictionary, type Correction } from './user-dict.js';
export { normalizeToneStyle, baseKey, isWellFormedSyllable, type ToneStyle } from './syllable.js';
export { tokenize, type Token, type TokenKind } from './tokenize.js';
export type { Candidate, CandidateSource, NoiseRegime } from './decode/candidate-source.js';
export type { ProtectedSpan } from './decode/sentences.js';
export type { WordConfidence } from '../text/word-confidence.js';
export { CONFIDENT_OCR_WORD } from './decode/confident-words.js';
export type { ExplainedToken, ExplainDecision } from './decode/explain.js';
import type { ExplainedToken } from './decode/explain.js';
import type { Restorer } from './restorer.js';

export interface RestoreOptions {
  /** Where restored syllables carry their tone in "oa", "oe", "uy": classic "hòa" (default) or modern "hoà". */
  toneStyle?: ToneStyle;
  /** Tokens restored with less confidence than this are reported as low-confidence (default 0.6). */
  lowConfidence?: number;
  /**
   * For text read by OCR: the engine's confidence in each word it printed, by
   * offsets into the text, in text order. A well-formed accented word it was
   * confident of is kept as printed.
   */
  ocrWords?: readonly WordConfidence[];
  /**
   * Report per token what was decided and why (`explained` of the result): every token changed,
   * every protected one, and every word a rule or a close call kept (decode/explain.ts). The
   * restored text is the same either way; without it nothing is collected.
   */
  explain?: boolean;
}

/** A word the restorer changed or was unsure of. Offsets are UTF-16 indices into the input. */
export type RestoredTokenInfo = TokenDecision;

export interface RestoreStats {
  /** Word tokens decoded (protected tokens such as numbers and symbols excluded). */
  words: number;
  changed: number;
  lowConfidence: number;
  /** Mean confidence over all decoded words; 1 when there were none. */
  meanConfidence: number;
  /** How damaged the text looked. */
  regime: NoiseRegime;
}

export interface RestoreResult {
  /** The restored text, with the input's lines, spacing and punctuation. */
  text: string;
  /** True when anything was changed. */
  applied: boolean;
  /** Changed or low-confidence words, in text order. */
  tokens: RestoredTokenInfo[];
  /** Every replacement made: input [start, end) became `text`. */
  edits: Array<{ start: number; end: number; text: string }>;
  stats: RestoreStats;
  /** With `explain`: the decisions, in text order. */
  explained?: ExplainedToken[];
}

export const DEFAULT_LOW_CONFIDENCE = 0.6;

/** Restores the diacritics (and OCR-damaged letters) of a text. Deterministic. */
export function restoreText(text: string, restorer: Restorer, options: RestoreOptions = {}): RestoreResult {
  const result: DecodeResult = decodeText(text, restorer.parts, {
    toneStyle: options.toneStyle ?? 'classic',
    lowConfidence: options.lowConfidence ?? DEFAULT_LOW_CONFIDENCE,
    ...(options.ocrWords ? { ocrWords: options.ocrWords } : {}),
    ...(options.explain ? { explain: true } : {}),
  });
  const { stats } = result;
  const restored: RestoreResult = {
    text: result.text,
    applied: result.edits.length > 0,
    tokens: result.decisions,
    edits: result.edits,
    stats: {
      words: stats.words,
      changed: stats.changed,
      lowConfidence: stats.lowConfidence,
      meanConfidence: stats.words === 0 ? 1 : stats.confidenceSum / stats.words,
      regime: result.regime,
    },
  };
  if (result.explained) restored.explained = result.explained;
  return restored;
}
