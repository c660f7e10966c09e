/**
 * Count pruning of a backoff model: n-grams seen fewer than a minimum number
 * of times are dropped, and the backoff weight of each context is recomputed
 * so that its distribution still sums to one:
 *
 *   bow(h) = (1 − Σ_kept p(w | h)) / (1 − Σ_kept p_bo(w | h′))
 *
 * Thresholds must not decrease with the order, so that every kept n-gram
 * keeps its prefix (the trie needs it): an n-gram is never seen more often
 * than its prefix.
 */
import type { BackoffModel, OrderTable } from '../../src/restore/lm/format.js';

export function pruneByCount(
  model: BackoffModel,
  raw: readonly Map<number, number>[],
  minCount: readonly number[],
): BackoffModel {
  const { order, vocabSize: V } = model;
  for (let n = 2; n < order; n++) {
    if ((minCount[n] ?? 1) < (minCount[n - 1] ?? 1)) throw new RangeError('pruning thresholds must not decrease');
  }
  const tables: OrderTable[] = model.tables.map((t, i) => {
    const min = i === 0 ? 1 : minCount[i] ?? 1;
    if (min <= 1) return { keys: t.keys, logp: t.logp, bow: Float64Array.from(t.bow) };
    const keep = t.keys.map((key) => (raw[i]!.get(key) ?? 0) >= min);
    return {
      keys: t.keys.filter((_, j) => keep[j]),
      logp: Float64Array.from(t.logp.filter((_, j) => keep[j])),
      bow: Float64Array.from(t.bow.filter((_, j) => keep[j])),
    };
  });
  const index = tables.map((t) => new Map(t.keys.map((key, j) => [key, j])));
  /** p(w | context) in backoff form, over the pruned tables; `ngram` = context·w as a key of order n. */
  const prob = (ngram: number, n: number): number => {
    const at = index[n - 1]!.get(ngram);
    if (at !== undefined) return Math.exp(tables[n - 1]!.logp[at]!);
    const ctx = index[n - 2]!.get(Math.floor(ngram / V));
    const bow = ctx === undefined ? 1 : Math.exp(tables[n - 2]!.bow[ctx]!);
    return bow * prob(ngram % V ** (n - 1), n - 1);
  };
  for (let n = 2; n <= order; n++) {
    if ((minCount[n - 1] ?? 1) <= 1) continue;
    const parent = tables[n - 2]!;
    const kept = new Float64Array(parent.keys.length);
    const keptLower = new Float64Array(parent.keys.length);
    tables[n - 1]!.keys.forEach((key, j) => {
      const ctx = index[n - 2]!.get(Math.floor(key / V))!;
      kept[ctx] = kept[ctx]! + Math.exp(tables[n - 1]!.logp[j]!);
      keptLower[ctx] = keptLower[ctx]! + prob(key % V ** (n - 1), n - 1);
    });
    // Contexts never followed by a word keep a weight of 1.
    const contexts = new Set<number>();
    for (const key of raw[n - 1]!.keys()) contexts.add(Math.floor(key / V));
    parent.keys.forEach((ctx, j) => {
      if (!contexts.has(ctx)) return;
      parent.bow[j] = Math.log(Math.max(1e-12, 1 - kept[j]!) / Math.max(1e-12, 1 - keptLower[j]!));
    });
  }
  return { order, vocabSize: V, tables };
}
