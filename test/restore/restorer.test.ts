import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Candidate, CandidateSource } from '../../src/restore/decode/candidate-source.js';
import { loadRestorer, restoreText, type ProtectedSpan, type Token } from '../../src/restore/index.js';
import { channelWeight, mergeSpans } from '../../src/restore/restorer.js';

/** A channel that knows a few garbled forms, as the OCR channel will. */
class TableChannel implements CandidateSource {
  constructor(private readonly table: Record<string, string[]>) {}
  candidates(observed: string): Candidate[] {
    return (this.table[observed] ?? []).map((syllable, i) => ({ syllable, logp: Math.log(0.8) - i }));
  }
}

describe('loadRestorer', () => {
  it('mixes an OCR channel with the base-key candidates', () => {
    const channel = new TableChannel({ ctia: ['của'], s6: ['số', 'sổ'], x4: ['xã'] });
    const restorer = loadRestorer({ channel });
    const noisy = 'Ke hoach s6 12 ctia UBND x4 ve cong tac can bo';
    expect(restoreText(noisy, restorer).text).toBe('Kế hoạch số 12 của UBND xã về công tác cán bộ');
    // Without one, garbled words stay as printed.
    expect(restoreText('ctia UBND x4', loadRestorer({ channel: null })).text).toBe('ctia UBND x4');
  });

  it('lets the channel count more in damaged text than in stripped text', () => {
    expect(channelWeight({ noise: 0.4, stripped: 0.5 })).toBeGreaterThan(channelWeight({ noise: 0.01, stripped: 1 }));
  });

  it('passes protected spans through with their repairs, user corrections first', () => {
    const protect = (tokens: readonly Token[]): ProtectedSpan[] => {
      const i = tokens.findIndex((t) => t.text === 'NP-CP');
      return i < 0 ? [] : [{ start: i, end: i + 1, text: 'NĐ-CP', unit: '<sym>' }];
    };
    const restorer = loadRestorer({ protect, userDict: { phrases: [], corrections: [{ observed: ['ctia'], correct: 'của' }] } });
    expect(restoreText('Nghi dinh 178/2024/ NP-CP ctia Chinh phu', restorer).text).toBe('Nghị định 178/2024/ NĐ-CP của Chính phủ');
  });

  it('keeps the first of overlapping spans', () => {
    const a: ProtectedSpan = { start: 0, end: 3, text: 'a', unit: '<sym>' };
    const b: ProtectedSpan = { start: 2, end: 5, text: 'b', unit: '<sym>' };
    const c: ProtectedSpan = { start: 5, end: 6, text: 'c', unit: '<sym>' };
    expect(mergeSpans([a], [b, c])).toEqual([a, c]);
  });

  it('merges span lists as comparing every span with every span taken does', () => {
    const span = (shortest: number): fc.Arbitrary<ProtectedSpan> =>
      fc.tuple(fc.nat(30), fc.integer({ min: shortest, max: 4 })).map(([start, length]) => ({ start, end: start + length, text: `${start}+${length}`, unit: '<sym>' }));
    const brute = (lists: ProtectedSpan[][]): ProtectedSpan[] => {
      const taken: ProtectedSpan[] = [];
      for (const s of lists.flat()) if (taken.every((t) => s.end <= t.start || s.start >= t.end)) taken.push(s);
      return taken.sort((x, y) => x.start - y.start);
    };
    // Spans of tokens (never empty), and any spans.
    for (const shortest of [1, 0]) {
      fc.assert(
        fc.property(fc.array(fc.array(span(shortest), { maxLength: 12 }), { maxLength: 3 }), (lists) => {
          expect(mergeSpans(...lists)).toEqual(brute(lists));
        }),
        { numRuns: 300 },
      );
    }
  });
});
