import { describe, expect, it } from 'vitest';
import { encodeLm } from '../../src/restore/lm/format.js';
import { discounts, estimateKneserNey } from '../../scripts/dict/kneser-ney.js';
import { NgramModel } from '../../src/restore/lm/model.js';
import { BOS, EOS, NUM, sentencesOf, SPECIAL_UNITS, UNK } from '../../src/restore/lm/units.js';

const TEXT = [
  'ủy ban nhân dân tỉnh ban hành kế hoạch',
  'ủy ban nhân dân huyện ban hành quyết định',
  'ban chấp hành trung ương ban hành nghị quyết',
  'bộ chính trị ban hành kết luận số 148',
  'ủy ban kiểm tra trung ương ban hành báo cáo',
  'ban thường vụ tỉnh ủy ban hành kế hoạch',
  'hội đồng nhân dân tỉnh ban hành nghị quyết',
];

function train(order: number, minCount?: number[]): NgramModel {
  const sentences = TEXT.map((line) => line.split(' ').map((w) => (/^\d+$/.test(w) ? NUM : w)));
  const vocab = [...SPECIAL_UNITS, ...[...new Set(sentences.flat())].filter((w) => !SPECIAL_UNITS.includes(w as never)).sort()];
  const ids = new Map(vocab.map((w, i) => [w, i]));
  const model = estimateKneserNey(
    sentences.map((s) => s.map((w) => ids.get(w)!)),
    { order, vocabSize: vocab.length, bos: ids.get(BOS)!, eos: ids.get(EOS)!, minCount },
  );
  return NgramModel.fromBytes(encodeLm(model, vocab));
}

const ids = (m: NgramModel, s: string): number[] => s.split(' ').map((w) => m.id(w));
const sumOver = (m: NgramModel, history: number[]): number => {
  let sum = 0;
  for (let w = 0; w < m.size; w++) if (m.vocab[w] !== BOS) sum += Math.exp(m.logp(history, w));
  return sum;
};

describe('Kneser-Ney model', () => {
  for (const order of [2, 3, 4]) {
    it(`sums to 1 over the vocabulary for any context (order ${order})`, () => {
      const m = train(order);
      for (const h of ['', 'ban', 'ủy ban', 'nhân dân tỉnh', 'tỉnh kế', 'luận quyết']) {
        const history = h === '' ? [] : ids(m, h);
        expect(sumOver(m, history)).toBeCloseTo(1, 2);
      }
      expect(sumOver(m, [m.id(BOS)])).toBeCloseTo(1, 2);
    });
  }

  it('still sums to 1 after count pruning', () => {
    const m = train(4, [1, 1, 2, 2]);
    for (const h of ['', 'ban', 'ủy ban', 'nhân dân tỉnh', 'ban hành kế', 'tỉnh kế']) {
      expect(sumOver(m, h === '' ? [] : ids(m, h))).toBeCloseTo(1, 2);
    }
    expect(sumOver(m, [m.id(BOS)])).toBeCloseTo(1, 2);
  });

  it('prefers seen word orders to shuffled ones', () => {
    const m = train(3);
    const score = (s: string): number => {
      const w = [m.id(BOS), ...ids(m, s), m.id(EOS)];
      let total = 0;
      for (let i = 1; i < w.length; i++) total += m.logp(w.slice(Math.max(0, i - 2), i), w[i]!);
      return total;
    };
    expect(score('ủy ban nhân dân tỉnh')).toBeGreaterThan(score('nhân ủy dân ban tỉnh'));
    expect(m.logp(ids(m, 'ủy ban'), m.id('nhân'))).toBeGreaterThan(m.logp(ids(m, 'ủy ban'), m.id('kiểm')));
  });

  it('scores a history the same whatever was scored before (the score memo)', () => {
    const a = train(4, [1, 1, 2, 2]);
    const b = train(4, [1, 1, 2, 2]);
    const queries: Array<[number[], number]> = [];
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    // Histories from the training text (deep in the trie) and random ones (backing off).
    const seen = TEXT.map((line) => ids(a, line.replace(/\d+/gu, NUM)));
    for (let k = 0; k < 3000; k++) {
      const line = seen[next(seen.length)]!;
      const end = 1 + next(line.length);
      const history = k % 2 === 0 ? line.slice(Math.max(0, end - 1 - next(4)), end) : Array.from({ length: next(4) }, () => next(a.size));
      queries.push([history, k % 3 === 0 ? next(a.size) : line[next(line.length)]!]);
    }
    const forward = queries.map(([h, w]) => a.logp(h, w));
    const backward = [...queries].reverse().map(([h, w]) => b.logp(h, w)).reverse();
    expect(forward).toEqual(backward);
    expect(queries.map(([h, w]) => a.logp(h, w))).toEqual(forward);
  });

  it('serialises to the same bytes for the same input', () => {
    const a = encodeLm(estimateKneserNey([[5, 6, 7], [6, 7, 8]], { order: 3, vocabSize: 9, bos: 0, eos: 1 }), [
      ...'abcdefghi',
    ]);
    const b = encodeLm(estimateKneserNey([[5, 6, 7], [6, 7, 8]], { order: 3, vocabSize: 9, bos: 0, eos: 1 }), [
      ...'abcdefghi',
    ]);
    expect(Buffer.compare(a, b)).toBe(0);
  });

  it('gives run-time words and phrases their probabilities', () => {
    const m = train(3);
    const id = m.addWord('phố', Math.log(1e-4));
    expect(m.unigram(id)).toBeCloseTo(Math.log(1e-4), 6);
    expect(m.logp(ids(m, 'ban'), id)).toBeLessThan(0);
    m.setPhrase([m.id('tỉnh'), id], Math.log(0.3));
    expect(m.logp(ids(m, 'dân tỉnh'), id)).toBeCloseTo(Math.log(0.3), 6);
  });
});

describe('discounts', () => {
  it('follows Chen and Goodman on typical counts of counts', () => {
    const counts = [...Array(100).fill(1), ...Array(40).fill(2), ...Array(20).fill(3), ...Array(10).fill(4)];
    const [d1, d2, d3] = discounts(counts);
    const y = 100 / (100 + 80);
    expect(d1).toBeCloseTo(1 - 2 * y * 0.4, 9);
    expect(d2).toBeCloseTo(2 - 3 * y * 0.5, 9);
    expect(d3).toBeCloseTo(3 - 4 * y * 0.5, 9);
  });
});

describe('training units', () => {
  it('maps numbers and symbols to classes, keeps commas and splits sentences', () => {
    const keep = (): boolean => false;
    expect(sentencesOf('Số 148-KL/TW ngày 08/4/2025, của Bộ. Hoà bình', keep)).toEqual([
      ['số', '<sym>', 'ngày', NUM, ',', 'của', 'bộ'],
      ['hòa', 'bình'],
    ]);
    expect(sentencesOf('UBND tỉnh\ncủa', keep)).toEqual([[UNK, 'tỉnh', 'của']]);
    expect(sentencesOf('UBND tỉnh\ncủa', (f) => f === 'ubnd', true)).toEqual([['ubnd', 'tỉnh'], ['của']]);
  });
});
