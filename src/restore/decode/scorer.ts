/**
 * Language-model scores for the decoder, with histories packed into numbers:
 * each of the last order − 1 ids takes `bits` bits (stored as id + 1, so that
 * a short history at a sentence start differs from a long one). Sized to the
 * vocabulary, trigram keys stay small integers, which maps hash fastest. The
 * trie nodes of a history are found once and reused by every state, option
 * and document that shares it.
 */
import type { Context, NgramModel } from '../lm/model.js';

/** Contexts cached before the cache is emptied, to bound memory on long runs. */
const CACHE_LIMIT = 500_000;

export class Scorer {
  readonly lm: NgramModel;
  private readonly keep: number;
  private readonly base: number;
  private readonly span: number;
  private readonly contexts = new Map<number, Context>();

  constructor(lm: NgramModel) {
    this.lm = lm;
    this.keep = lm.order - 1;
    const bits = Math.max(1, Math.ceil(Math.log2(lm.size + 2)));
    if (bits * this.keep > 52) throw new RangeError('histories do not fit in a packed key');
    this.base = 2 ** bits;
    this.span = this.base ** Math.max(0, this.keep - 1);
  }

  /** The vocabulary may grow (user dictionary) only while ids still fit the packing. */
  fits(size: number): boolean {
    return size + 2 <= this.base;
  }

  /** The key of a history made of one id (the sentence start). */
  start(id: number): number {
    return this.keep === 0 ? 0 : id + 1;
  }

  /** The key after appending id: the oldest id falls off once the history is full. */
  extend(key: number, id: number): number {
    if (this.keep === 0) return 0;
    return (key % this.span) * this.base + id + 1;
  }

  /** The part of a key that the next key keeps: states equal on it merge after the next id. */
  tail(key: number): number {
    return key % this.span;
  }

  /** The ids of a key, oldest first. */
  history(key: number): number[] {
    const ids: number[] = [];
    for (let k = key; k > 0; k = Math.floor(k / this.base)) ids.unshift((k % this.base) - 1);
    return ids;
  }

  context(key: number): Context {
    let ctx = this.contexts.get(key);
    if (ctx === undefined) {
      if (this.contexts.size >= CACHE_LIMIT) this.contexts.clear();
      ctx = this.lm.contextOf(this.history(key));
      this.contexts.set(key, ctx);
    }
    return ctx;
  }

  /** log P(id | history of key). */
  logp(key: number, id: number): number {
    return this.lm.logpAfter(this.context(key), id);
  }
}

const scorers = new WeakMap<NgramModel, Scorer>();

/** One scorer per model, so that cached contexts serve every document. */
export function scorerFor(lm: NgramModel): Scorer {
  let scorer = scorers.get(lm);
  if (!scorer || !scorer.fits(lm.size)) {
    scorer = new Scorer(lm);
    scorers.set(lm, scorer);
  }
  return scorer;
}
