/**
 * --explain: per token, what the restorer printed and why. Collected only when asked for (the
 * decoder holds no collector otherwise), and never read back by decoding, so the restored text
 * is the same with and without it.
 *
 * Listed are the tokens that changed, and the kept tokens whose keeping was a decision:
 *   - every protected token (symbol, acronym, markup, place name …), repaired or not;
 *   - a word a rule kept as printed (a clean or foreign sentence, a valid accented syllable in
 *     clean text, a word the OCR engine was sure of) where decoding it freely, as if the text
 *     were somewhat damaged, would have printed something else: that reading is given;
 *   - a word the decoder weighed and kept with an alternative close behind (under CLOSE_MARGIN).
 * Plain words that nothing could have changed are not listed.
 */
import type { NoiseRegime } from './candidate-source.js';
import { isAccentedClean } from './regime.js';
import type { Entry } from './sentences.js';
import type { Token } from '../tokenize.js';

export type ExplainDecision = 'changed' | 'kept';

/** One token's decision. Offsets are UTF-16 indices into the input. */
export interface ExplainedToken {
  start: number;
  end: number;
  input: string;
  output: string;
  decision: ExplainDecision;
  /**
   * What decided, as `code` or `code/qualifier`: a protector's class ("symbol", "acronym",
   * "markup", "place", "number", "url" …, qualified "clean-text", "english-line" or
   * "foreign-sentence" when its repair was withheld), a rule that kept a word ("clean-sentence",
   * "foreign-sentence", "ocr-confident", "valid-syllable/clean", "capitalised/clean",
   * "letters-kept/clean"), or the channel and language model ("lm/clean", "lm/stripped",
   * "lm/noisy": the document's regime; "lm+document/…" when the document's own sure word pairs
   * weighed in, document-cache.ts), or "vie-confusion/clean" for a valid syllable given the
   * reading Vietnamese-model OCR is known to misprint as it (vie/mark-repair.ts; the margin is
   * then the other reading's log-odds, the alternative the print).
   */
  reason: string;
  /** For the decoder's choices: log-odds (nats) of the printed option over the best other; null otherwise. */
  margin: number | null;
  /** For the decoder's choices: the chosen option's local posterior; null otherwise. */
  confidence: number | null;
  /** For a word a rule kept: what decoding it freely would have printed; else the best other option, if any. */
  alternative: string | null;
}

/** A kept decoded word is listed when its best alternative trails by less than this (nats): a close call. */
export const CLOSE_MARGIN = 3;

/** The regime free decoding reads a clean document in: just past clean (regime.ts, CLEAN_NOISE = 4/32). */
export function freeRegime(regime: NoiseRegime): NoiseRegime {
  return { noise: Math.max(regime.noise, 5 / 32), stripped: regime.stripped };
}

/** The document's regime as the qualifier of the decoder's reasons. */
export function regimeLabel(regime: NoiseRegime): 'clean' | 'stripped' | 'noisy' {
  if (isAccentedClean(regime)) return 'clean';
  return regime.noise <= 4 / 32 ? 'stripped' : 'noisy';
}

export class Explanation {
  readonly tokens: ExplainedToken[] = [];
  private readonly label: string;

  constructor(
    private readonly text: string,
    private readonly toks: readonly Token[],
    regime: NoiseRegime,
  ) {
    this.label = regimeLabel(regime);
  }

  /** A fixed entry of a sentence: a protected span (its repair applied or not), or a URL or e-mail. */
  fixed(e: Extract<Entry, { type: 'fixed' }>, applied: boolean, foreign: boolean): void {
    const start = this.toks[e.start]!.start;
    const end = this.toks[e.end - 1]!.end;
    const input = this.text.slice(start, end);
    const span = e.span;
    if (span === undefined) {
      const token = this.toks[e.start]!;
      if (token.kind !== 'symbol') return;
      const reason = token.text.includes('@') ? 'email' : /^(?:https?:|www\.)/iu.test(token.text) ? 'url' : 'symbol';
      this.push(start, end, input, input, reason);
      return;
    }
    const why = span.why ?? 'protected';
    const output = applied ? span.text : input;
    const withheld = foreign && span.text !== input ? 'foreign-sentence' : span.withheld;
    this.push(start, end, input, output, withheld ? `${why}/${withheld}` : why);
  }

  /** A word the decoder chose among its options; `margin` is the chosen option's lead over the best other. */
  decoded(start: number, end: number, input: string, output: string, confidence: number, margin: number, alternative: string | null, cached: boolean): void {
    if (input === output && margin >= CLOSE_MARGIN) return;
    this.push(start, end, input, output, `${cached ? 'lm+document' : 'lm'}/${this.label}`, round(margin), round(confidence), alternative);
  }

  /**
   * A valid syllable given the reading Vietnamese-model OCR is known to misprint as it
   * (vie/mark-repair.ts), `odds` nats ahead; it replaces what was listed for the word before.
   */
  vieMark(start: number, end: number, input: string, output: string, odds: number): void {
    const at = this.tokens.findIndex((t) => t.start === start);
    if (at >= 0) this.tokens.splice(at, 1);
    this.push(start, end, input, output, `vie-confusion/${this.label}`, round(odds), round(1 / (1 + Math.exp(-odds))), input);
  }

  /** A word a rule kept as printed, which free decoding reads as `free`. */
  ruled(token: number, input: string, reason: string, free: string): void {
    if (free === input) return;
    const t = this.toks[token]!;
    this.push(t.start, t.end, input, input, reason, null, null, free);
  }

  private push(start: number, end: number, input: string, output: string, reason: string, margin: number | null = null, confidence: number | null = null, alternative: string | null = null): void {
    this.tokens.push({ start, end, input, output, decision: input === output ? 'kept' : 'changed', reason, margin, confidence, alternative });
  }
}

const round = (x: number): number => (Number.isFinite(x) ? Math.round(x * 1e3) / 1e3 : x);
