/**
 * Querying the n-gram model: log P(w | history) by backoff over the trie of
 * format.ts. Decoders that score many words after the same history find the
 * history's trie nodes once (`contextOf`) and then score each word
 * (`logpAfter`) with at most one binary search per order.
 *
 * Words added at run time (the user dictionary) get ids after the stored
 * vocabulary, a unigram probability, and optional phrase probabilities that
 * take precedence over the stored tables.
 */
import { decodeLm, type LmData, type LmLevel } from './format.js';

/** The trie nodes of a history's suffixes: nodes[m] is the entry of its last m words at order m, or -1. */
export interface Context {
  /** History ids, oldest first, at most order − 1 of them. */
  history: readonly number[];
  nodes: Int32Array;
}

/** For an id the model has no probability for at all (never happens for ids it handed out). */
const UNSEEN_LOGP = -30;

export class NgramModel {
  readonly order: number;
  readonly vocab: string[];
  private readonly ids = new Map<string, number>();
  private readonly levels: LmLevel[];
  private readonly scale: number;
  private readonly baseSize: number;
  private readonly extraUnigram = new Map<number, number>();
  /** Phrase n-grams from the user dictionary: key "id id … id" → logp. */
  private readonly extraNgram = new Map<string, number>();

  constructor(data: LmData) {
    this.order = data.header.order;
    this.vocab = [...data.header.vocab];
    this.vocab.forEach((unit, id) => this.ids.set(unit, id));
    this.levels = data.levels;
    this.scale = data.header.qmax / 65535;
    this.baseSize = this.vocab.length;
  }

  static fromBytes(bytes: Uint8Array): NgramModel {
    return new NgramModel(decodeLm(bytes));
  }

  get size(): number {
    return this.vocab.length;
  }

  /** The id of a unit, -1 when the model does not know it. */
  id(unit: string): number {
    return this.ids.get(unit) ?? -1;
  }

  /** Adds a word the stored model never saw, with the given unigram log-probability; returns its id. */
  addWord(unit: string, logp: number): number {
    const known = this.ids.get(unit);
    if (known !== undefined) return known;
    const id = this.vocab.length;
    this.vocab.push(unit);
    this.ids.set(unit, id);
    this.extraUnigram.set(id, logp);
    return id;
  }

  /** Fixes log P(last | the words before it) for a phrase n-gram (2 ≤ length ≤ order). */
  setPhrase(ids: readonly number[], logp: number): void {
    this.extraNgram.set(ids.join(' '), logp);
  }

  /** Entry of word w among the children of `parent` at order n (1-based), or -1. */
  private child(n: number, parent: number, w: number): number {
    const level = this.levels[n - 1]!;
    const words = this.levels[n]!.word!;
    let lo = level.child![parent]!;
    let hi = level.child![parent + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = words[mid]!;
      if (x === w) return mid;
      if (x < w) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Finds the trie nodes of every suffix of a history (only the last order − 1 words count). */
  contextOf(history: readonly number[]): Context {
    const h = history.slice(Math.max(0, history.length - (this.order - 1)));
    const nodes = new Int32Array(h.length + 1).fill(-1);
    for (let m = 1; m <= h.length; m++) {
      // The suffix of length m starts at h.length - m; walk it from its first word.
      let node = h[h.length - m]! < this.baseSize ? h[h.length - m]! : -1;
      for (let j = h.length - m + 1; j < h.length && node >= 0; j++) {
        node = this.child(j - (h.length - m), node, h[j]!);
      }
      nodes[m] = node;
    }
    return { history: h, nodes };
  }

  /** log P(w | context), natural log. */
  logpAfter(context: Context, w: number): number {
    if (this.extraNgram.size > 0) {
      const phrase = this.phraseLogp(context.history, w);
      if (phrase !== null) return phrase;
    }
    const { nodes } = context;
    let acc = 0;
    for (let m = nodes.length - 1; m >= 1; m--) {
      const node = nodes[m]!;
      if (node < 0) continue;
      if (w < this.baseSize) {
        const hit = this.child(m, node, w);
        if (hit >= 0) return acc - this.levels[m]!.logp[hit]! * this.scale;
      }
      acc -= this.levels[m - 1]!.bow![node]! * this.scale;
    }
    return acc + this.unigram(w);
  }

  /** log P(w | history). */
  logp(history: readonly number[], w: number): number {
    return this.logpAfter(this.contextOf(history), w);
  }

  unigram(w: number): number {
    if (w < this.baseSize) return -this.levels[0]!.logp[w]! * this.scale;
    return this.extraUnigram.get(w) ?? UNSEEN_LOGP;
  }

  private phraseLogp(history: readonly number[], w: number): number | null {
    for (let m = history.length; m >= 1; m--) {
      const key = [...history.slice(history.length - m), w].join(' ');
      const hit = this.extraNgram.get(key);
      if (hit !== undefined) return hit;
    }
    return null;
  }
}
