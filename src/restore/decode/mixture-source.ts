/**
 * Candidates from several sources at once, as a mixture of channels:
 * P(printed | intended) = Σ weight_k(regime) · P_k(printed | intended). The OCR
 * channel explains letters OCR garbles; the base-key source explains marks lost
 * by stripping. The weights follow the document's regime, so that stripped text
 * leans on the one and scanned text on the other.
 */
import type { Candidate, CandidateSource, NoiseRegime } from './candidate-source.js';

export interface WeightedSource {
  source: CandidateSource;
  /** The mixture weight of this source in a regime, 0–1; the weights of all sources should sum to 1. */
  weight: (regime: NoiseRegime) => number;
}

const logSumExp = (a: number, b: number): number => {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const m = Math.max(a, b);
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
};

const order = (a: Candidate, b: Candidate): number =>
  b.logp - a.logp || (a.syllable < b.syllable ? -1 : a.syllable > b.syllable ? 1 : 0);

/** Whether a list is best first with ties in code-point order, as the mixture sorts. */
function inMixtureOrder(list: readonly Candidate[]): boolean {
  for (let i = 1; i < list.length; i++) if (order(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}

export class MixtureSource implements CandidateSource {
  constructor(private readonly parts: readonly WeightedSource[]) {}

  candidates(observed: string, regime: NoiseRegime): readonly Candidate[] {
    // One source with all the weight (clean or stripped text: no OCR channel) is the mixture itself.
    const live = this.parts.filter((p) => p.weight(regime) > 0);
    if (live.length === 1 && live[0]!.weight(regime) === 1) {
      const own = live[0]!.source.candidates(observed, regime);
      if (inMixtureOrder(own)) return own;
    }
    const merged = new Map<string, number>();
    for (const { source, weight } of this.parts) {
      const w = weight(regime);
      if (w <= 0) continue;
      const lw = Math.log(w);
      for (const c of source.candidates(observed, regime)) {
        merged.set(c.syllable, logSumExp(merged.get(c.syllable) ?? -Infinity, lw + c.logp));
      }
    }
    return [...merged]
      .map(([syllable, logp]) => ({ syllable, logp }))
      .sort(order);
  }
}
