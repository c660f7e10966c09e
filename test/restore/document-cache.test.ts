/**
 * The document cache: word pairs the decoder was sure of speak for the same pair where it was not.
 */
import { describe, expect, it } from 'vitest';
import { DocumentCache } from '../../src/restore/decode/document-cache.js';
import type { ForwardLeads, Slot } from '../../src/restore/decode/beam.js';

// Ids: 1 "công", 2 "đoàn", 3 "đoạn", 4 "các".
const slot = (...ids: number[]): Slot => ({ ids: Int32Array.from(ids), channel: new Float64Array(ids.length) });
/** The left context's leader per slot is the chosen option, led by these gaps. */
const leads = (gaps: number[], choice?: Int32Array): ForwardLeads => ({ leader: choice ? Int32Array.from(choice) : new Int32Array(gaps.length), gap: Float64Array.from(gaps) });

describe('DocumentCache', () => {
  it('supports, at an unsure word, the option the document printed surely beside the same neighbour', () => {
    const cache = new DocumentCache(10);
    // "công đoàn" twice with a clear lead on both words.
    for (let k = 0; k < 2; k++) cache.learn([slot(1), slot(2, 3)], Int32Array.of(0, 0), leads([Infinity, 20]));
    // "công đoạn các", "đoạn" (option 1 of [đoàn, đoạn]) chosen by a hair.
    const slots = [slot(1), slot(2, 3), slot(4)];
    const choice = Int32Array.of(0, 1, 0);
    const adjusted = cache.adjust(slots, choice, leads([Infinity, 0.5, Infinity], choice))!;
    expect(adjusted).not.toBeNull();
    expect(adjusted[1]!.channel[0]).toBeCloseTo(0.5 * Math.log(3));
    expect(adjusted[1]!.channel[1]).toBe(0);
    expect(slots[1]!.channel[0]).toBe(0); // the shared slot is left as it was
  });

  it('leaves sentences alone when the document says nothing better of their unsure words', () => {
    const cache = new DocumentCache(10);
    cache.learn([slot(1), slot(2, 3)], Int32Array.of(0, 0), leads([Infinity, 0.5])); // unsure: not learnt
    expect(cache.adjust([slot(1), slot(2, 3), slot(4)], Int32Array.of(0, 1, 0), leads([Infinity, 0.5, Infinity], Int32Array.of(0, 1, 0)))).toBeNull();
    // Sure words are never adjusted.
    cache.learn([slot(1), slot(2, 3)], Int32Array.of(0, 0), leads([Infinity, 20]));
    expect(cache.adjust([slot(1), slot(2, 3)], Int32Array.of(0, 1), leads([Infinity, 20], Int32Array.of(0, 1)))).toBeNull();
  });
});
