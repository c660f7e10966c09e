import { describe, expect, it } from 'vitest';
import type { Candidate, CandidateSource } from '../../src/restore/decode/candidate-source.js';
import { MixtureSource } from '../../src/restore/decode/mixture-source.js';

/** A fixed table of candidates, for testing the mixture alone. */
class TableSource implements CandidateSource {
  constructor(private readonly table: Record<string, Candidate[]>) {}
  candidates(observed: string): Candidate[] {
    return this.table[observed] ?? [];
  }
}

const ocr = new TableSource({ ctia: [{ syllable: 'của', logp: Math.log(0.9) }, { syllable: 'cứa', logp: Math.log(0.1) }] });
const strip = new TableSource({ cua: [{ syllable: 'của', logp: 0 }, { syllable: 'cua', logp: 0 }] });

describe('MixtureSource', () => {
  it('adds the weighted probabilities of every source', () => {
    const mix = new MixtureSource([
      { source: ocr, weight: () => 0.25 },
      { source: new TableSource({ ctia: [{ syllable: 'của', logp: Math.log(0.5) }] }), weight: () => 0.75 },
    ]);
    const [first, second] = mix.candidates('ctia', { noise: 0, stripped: 0 });
    expect(first!.syllable).toBe('của');
    expect(Math.exp(first!.logp)).toBeCloseTo(0.25 * 0.9 + 0.75 * 0.5, 12);
    expect(Math.exp(second!.logp)).toBeCloseTo(0.25 * 0.1, 12);
  });

  it('weights the sources by regime and skips a source weighted 0', () => {
    const mix = new MixtureSource([
      { source: ocr, weight: (r) => r.noise },
      { source: strip, weight: (r) => 1 - r.noise },
    ]);
    expect(mix.candidates('cua', { noise: 0, stripped: 1 }).map((c) => c.syllable)).toEqual(['cua', 'của']);
    expect(mix.candidates('ctia', { noise: 0, stripped: 1 })).toEqual([]);
    expect(mix.candidates('ctia', { noise: 0.4, stripped: 0.5 })[0]!.syllable).toBe('của');
  });
});
