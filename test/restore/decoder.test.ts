import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BaseKeySource } from '../../src/restore/decode/base-key-source.js';
import { decodeSentence, type Slot } from '../../src/restore/decode/beam.js';
import { localPosterior, pathContexts } from '../../src/restore/decode/confidence.js';
import { doubt, estimateRegime } from '../../src/restore/decode/regime.js';
import { Scorer } from '../../src/restore/decode/scorer.js';
import { BOS, EOS } from '../../src/restore/lm/units.js';
import { isWellFormedSyllable } from '../../src/restore/syllable.js';
import { strip, tinyModel } from './helpers.js';

const lm = tinyModel(3);
const scorer = new Scorer(lm);
const bos = lm.id(BOS);
const eos = lm.id(EOS);
const source = new BaseKeySource(lm.vocab.filter((w) => isWellFormedSyllable(w)));
const STRIPPED = { noise: 0, stripped: 1 };

function slotsFor(words: string[]): { slots: Slot[]; forms: string[][] } {
  const forms: string[][] = [];
  const slots = words.map((w) => {
    const cands = source.candidates(w, STRIPPED);
    forms.push(cands.map((c) => c.syllable));
    return { ids: Int32Array.from(cands, (c) => lm.id(c.syllable)), channel: Float64Array.from(cands, (c) => c.logp) };
  });
  return { slots, forms };
}

/** Score of a full path, as the decoder defines it. */
function pathScore(slots: Slot[], choice: number[]): number {
  const ids = choice.map((o, i) => slots[i]!.ids[o]!);
  const seq = [bos, ...ids, eos];
  let total = choice.reduce((acc, o, i) => acc + slots[i]!.channel[o]!, 0);
  for (let j = 1; j < seq.length; j++) total += lm.logp(seq.slice(Math.max(0, j - lm.order + 1), j), seq[j]!);
  return total;
}

function bruteForce(slots: Slot[]): number {
  let best = -Infinity;
  const walk = (i: number, choice: number[]): void => {
    if (i === slots.length) {
      best = Math.max(best, pathScore(slots, choice));
      return;
    }
    for (let o = 0; o < slots[i]!.ids.length; o++) walk(i + 1, [...choice, o]);
  };
  walk(0, []);
  return best;
}

const WIDE = { lmWeight: 1, width: 10_000, margin: 1_000 };

describe('base-key candidates', () => {
  it('offers every inventory syllable with the same letters', () => {
    const forms = source.candidates('ban', STRIPPED).map((c) => c.syllable);
    expect(forms).toEqual(expect.arrayContaining(['ban', 'bản']));
    expect(source.candidates('xyz', STRIPPED)).toEqual([]);
  });
  it('trusts printed accents in clean text and not in stripped text', () => {
    const clean = source.candidates('bản', { noise: 0, stripped: 0.3 });
    expect(clean[0]!.syllable).toBe('bản');
    expect(clean[0]!.logp).toBeGreaterThan(-0.01);
    const stripped = source.candidates('ban', STRIPPED);
    expect(new Set(stripped.map((c) => c.logp.toFixed(6))).size).toBe(1);
  });
});

describe('regime', () => {
  it('tells clean, stripped and damaged text apart', () => {
    const count = (text: string): Map<string, number> => {
      const m = new Map<string, number>();
      for (const w of text.split(/\s+/u)) m.set(w, (m.get(w) ?? 0) + 1);
      return m;
    };
    const clean = estimateRegime(count('ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện nghị quyết'), source);
    const stripped = estimateRegime(count(strip('ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện nghị quyết')), source);
    const ocr = estimateRegime(count('Uy ban nhan dan tinh ban hanh ké hoach thuc hién ngh1 quyét'), source);
    expect(clean.noise).toBe(0);
    expect(stripped.stripped).toBeGreaterThan(0.6);
    expect(ocr.noise).toBeGreaterThan(0.2);
    expect(doubt(clean).marked).toBeLessThan(doubt(ocr).marked);
    expect(doubt(stripped).markless).toBeGreaterThan(0.9);
  });
});

describe('decodeSentence', () => {
  it('restores an accent-stripped sentence the model knows', () => {
    const words = strip('ban thường vụ tỉnh ủy xây dựng kế hoạch thực hiện kết luận').split(' ');
    const { slots, forms } = slotsFor(words);
    const { choice } = decodeSentence(slots, scorer, bos, eos, WIDE);
    expect(Array.from(choice, (o, i) => forms[i]![o]).join(' ')).toBe(
      'ban thường vụ tỉnh ủy xây dựng kế hoạch thực hiện kết luận',
    );
  });

  it('finds the best path, as exhaustive search does', () => {
    const pool = strip('ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện nghị quyết bộ chính trị kết luận').split(' ');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 5 }), (words) => {
        const { slots } = slotsFor(words);
        const { choice } = decodeSentence(slots, scorer, bos, eos, WIDE);
        expect(pathScore(slots, Array.from(choice))).toBeCloseTo(bruteForce(slots), 6);
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same answer every time', () => {
    const { slots } = slotsFor(strip('tổ chức thực hiện tốt công tác cán bộ của tỉnh').split(' '));
    const a = decodeSentence(slots, scorer, bos, eos, { lmWeight: 1, width: 3, margin: 5 });
    const b = decodeSentence(slots, scorer, bos, eos, { lmWeight: 1, width: 3, margin: 5 });
    expect(Array.from(a.choice)).toEqual(Array.from(b.choice));
    expect(Array.from(a.forward.gap)).toEqual(Array.from(b.forward.gap));
  });
});

describe('localPosterior', () => {
  it('is a distribution whose mode is the decoded option', () => {
    const { slots } = slotsFor(strip('ủy ban kiểm tra tỉnh ủy báo cáo kết quả kiểm tra').split(' '));
    const { choice } = decodeSentence(slots, scorer, bos, eos, WIDE);
    const chosen = Int32Array.from(choice, (o, i) => slots[i]!.ids[o]!);
    const path = pathContexts(chosen, scorer, bos);
    slots.forEach((slot, i) => {
      const post = localPosterior(slots, chosen, path, i, scorer, eos, 1, new Float64Array(slot.ids.length));
      expect(post.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      expect(post[choice[i]!]).toBe(Math.max(...post));
      if (slot.ids.length === 1) expect(post[0]).toBe(1);
    });
  });
});
