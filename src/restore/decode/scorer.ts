/**
 * Language-model scoring for the decoder. A history is carried two ways: its
 * trie nodes (for scoring, see NgramModel.logpNodes) and a packed key of its
 * last order − 1 ids, `bits` bits each (stored as id + 1, so a short history at
 * a sentence start differs from a long one). The key decides which states
 * merge and lets user phrases be checked; the nodes make scoring cheap.
 */
import type { NgramModel } from '../lm/model.js';

export class Scorer {
  readonly lm: NgramModel;
  readonly order: number;
  private readonly keep: number;
  private readonly base: number;
  private readonly span: number;

  constructor(lm: NgramModel) {
    this.lm = lm;
    this.order = lm.order;
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
    return this.tail(key) * this.base + id + 1;
  }

  /** The part of a key that the next key keeps: states equal on it merge after the next id. */
  tail(key: number): number {
    // key % span without the floating-point remainder, which compiles to a call: exact, as
    // span is a power of two and keys are integers below 2^52.
    return key - Math.floor(key / this.span) * this.span;
  }

  /** The ids of a key, oldest first. */
  history(key: number): number[] {
    const ids: number[] = [];
    for (let k = key; k > 0; k = Math.floor(k / this.base)) ids.unshift((k % this.base) - 1);
    return ids;
  }

  /** log P(id | history), the history given by its key and its nodes at nodes[from ..]. */
  logp(key: number, nodes: Int32Array, from: number, id: number): number {
    if (this.lm.hasPhrases) {
      const phrase = this.lm.phraseLogp(this.history(key), id);
      if (phrase !== null) return phrase;
    }
    return this.lm.logpNodes(nodes, from, id);
  }

  /** logp into out[at] (no number is boxed on the way). */
  logpInto(key: number, nodes: Int32Array, from: number, id: number, out: Float64Array, at: number): void {
    if (this.lm.hasPhrases) out[at] = this.logp(key, nodes, from, id);
    else this.lm.logpInto(nodes, from, id, out, at);
  }

  /** logp for each of ids[0 .. count) after one history, into out[0 .. count) (no number is boxed on the way). */
  logpAll(key: number, nodes: Int32Array, from: number, ids: Int32Array, count: number, out: Float64Array): void {
    if (this.lm.hasPhrases) {
      for (let o = 0; o < count; o++) out[o] = this.logp(key, nodes, from, ids[o]!);
    } else {
      this.lm.logpAll(nodes, from, ids, count, out);
    }
  }
}

const scorers = new WeakMap<NgramModel, Scorer>();

/** One scorer per model (rebuilt if the vocabulary outgrows its key packing). */
export function scorerFor(lm: NgramModel): Scorer {
  let scorer = scorers.get(lm);
  if (!scorer || !scorer.fits(lm.size)) {
    scorer = new Scorer(lm);
    scorers.set(lm, scorer);
  }
  return scorer;
}
