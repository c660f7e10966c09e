/**
 * Interpolated modified Kneser-Ney (Chen & Goodman 1998), estimated from
 * sentences of word ids and written out in backoff form: every seen n-gram
 * keeps its full interpolated probability and every context its interpolation
 * weight, so that p(w | h) = p*(h w) if seen, else bow(h) · p(w | h′) — the
 * same numbers as the interpolated model, queried in one or two lookups.
 *
 * N-grams are numeric keys in base V (first word most significant), so that
 * sorting keys sorts n-grams lexicographically and the tables form a trie.
 */
import type { BackoffModel, OrderTable } from '../../src/restore/lm/format.js';
import { pruneByCount } from './prune.js';

export type { BackoffModel, OrderTable };


export interface TrainingSpec {
  order: number;
  vocabSize: number;
  bos: number;
  eos: number;
  /** Per order, the fewest occurrences an n-gram needs to be kept (see prune.ts); all kept by default. */
  minCount?: number[];
}

/** Counts every n-gram, orders 1..N, of sentences padded with BOS … EOS. */
function rawCounts(sentences: Iterable<ArrayLike<number>>, spec: TrainingSpec): Map<number, number>[] {
  const { order, vocabSize: V, bos, eos } = spec;
  const counts = Array.from({ length: order }, () => new Map<number, number>());
  for (const sentence of sentences) {
    const padded = [bos, ...Array.from(sentence), eos];
    for (let i = 0; i < padded.length; i++) {
      let key = 0;
      for (let n = 1; n <= order && i + n <= padded.length; n++) {
        key = key * V + padded[i + n - 1]!;
        if (n === 1 && padded[i] === bos) continue; // BOS is context only, never predicted
        const table = counts[n - 1]!;
        table.set(key, (table.get(key) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/**
 * Kneser-Ney counts: raw counts at the top order and for n-grams starting with
 * BOS (which have no left extension); elsewhere the number of distinct words
 * seen to the left.
 */
function adjustedCounts(raw: Map<number, number>[], spec: TrainingSpec): Map<number, number>[] {
  const { order, vocabSize: V, bos } = spec;
  const adjusted: Map<number, number>[] = [];
  for (let n = 1; n <= order; n++) {
    if (n === order) {
      adjusted.push(raw[n - 1]!);
      continue;
    }
    const span = V ** n;
    const left = new Map<number, number>();
    for (const key of raw[n]!.keys()) {
      const suffix = key % span;
      left.set(suffix, (left.get(suffix) ?? 0) + 1);
    }
    const table = new Map<number, number>();
    const lead = V ** (n - 1);
    for (const [key, count] of raw[n - 1]!) {
      const first = Math.floor(key / lead);
      table.set(key, first === bos ? count : left.get(key) ?? count);
    }
    adjusted.push(table);
  }
  return adjusted;
}

/** D1, D2, D3+ from the counts of counts (Chen & Goodman's estimates), clamped to be usable. */
export function discounts(counts: Iterable<number>): [number, number, number] {
  const nOf = [0, 0, 0, 0, 0];
  for (const c of counts) if (c <= 4) nOf[c]!++;
  const [, n1, n2, n3, n4] = nOf as [number, number, number, number, number];
  if (n1 === 0 || n2 === 0 || n3 === 0 || n4 === 0) return [0.5, 1, 1.5];
  const y = n1 / (n1 + 2 * n2);
  const clamp = (d: number, max: number): number => Math.min(Math.max(d, 0.05), max);
  return [clamp(1 - 2 * y * (n2 / n1), 1), clamp(2 - 3 * y * (n3 / n2), 2), clamp(3 - 4 * y * (n4 / n3), 3)];
}

const discountOf = (d: [number, number, number], c: number): number => (c >= 3 ? d[2] : d[c - 1]!);

/** Estimates the model. Deterministic: the result depends only on the counts. */
export function estimateKneserNey(
  sentences: Iterable<ArrayLike<number>>,
  spec: TrainingSpec,
): BackoffModel {
  const { order, vocabSize: V, bos } = spec;
  const raw = rawCounts(sentences, spec);
  const adjusted = adjustedCounts(raw, spec);
  const tables: OrderTable[] = [];
  let lower: { index: Map<number, number>; logp: Float64Array } | null = null;
  for (let n = 1; n <= order; n++) {
    const counts = adjusted[n - 1]!;
    const d = discounts(counts.values());
    const ctxSpan = V ** (n - 1);
    // Per context: total count and the discount mass it gives away.
    const total = new Map<number, number>();
    const freed = new Map<number, number>();
    for (const [key, c] of counts) {
      const ctx = n === 1 ? 0 : Math.floor(key / V);
      total.set(ctx, (total.get(ctx) ?? 0) + c);
      freed.set(ctx, (freed.get(ctx) ?? 0) + discountOf(d, c));
    }
    let keys = [...counts.keys()];
    if (n === 1) {
      // Every vocabulary word gets a unigram (uniform share of the freed mass), BOS included for its backoff weight.
      keys = Array.from({ length: V }, (_, w) => w);
    }
    keys.sort((a, b) => a - b);
    const logp = new Float64Array(keys.length);
    keys.forEach((key, i) => {
      const ctx = n === 1 ? 0 : Math.floor(key / V);
      const c = counts.get(key) ?? 0;
      const sum = total.get(ctx)!;
      const gamma = freed.get(ctx)! / sum;
      const below = n === 1 ? 1 / (V - 1) : Math.exp(lower!.logp[lower!.index.get(key % ctxSpan)!]!);
      const p = (c > 0 ? (c - discountOf(d, c)) / sum : 0) + gamma * below;
      logp[i] = n === 1 && key === bos ? -99 : Math.log(p);
    });
    const table: OrderTable = { keys, logp, bow: new Float64Array(keys.length) };
    // The previous order's n-grams are this order's contexts.
    if (n > 1) {
      const prev = tables[n - 2]!;
      prev.keys.forEach((ctx, i) => {
        const sum = total.get(ctx);
        prev.bow[i] = sum === undefined ? 0 : Math.log(freed.get(ctx)! / sum);
      });
    }
    tables.push(table);
    const index = new Map<number, number>();
    keys.forEach((key, i) => index.set(key, i));
    lower = { index, logp };
  }
  const model: BackoffModel = { order, vocabSize: V, tables };
  return spec.minCount?.some((m) => m > 1) ? pruneByCount(model, raw, spec.minCount) : model;
}
