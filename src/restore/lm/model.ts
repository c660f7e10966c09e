/**
 * Querying the n-gram model: log P(w | history) by backoff over the trie of
 * format.ts. Decoders keep, for each history, its trie nodes (one entry per
 * suffix length): a word is scored from them with at most one binary search
 * per order (`logpNodes`), and the nodes of the longer history follow from
 * them with one search per order (`extendNodes`), so no history is ever
 * looked up from scratch.
 *
 * Words added at run time (the user dictionary) get ids after the stored
 * vocabulary, a unigram probability, and optional phrase probabilities that
 * take precedence over the stored tables.
 */
import { decodeLm, type LmData, type LmLevel } from './format.js';

/** For an id the model has no probability for at all (never happens for ids it handed out). */
const UNSEEN_LOGP = -30;
/** 2^16 memo slots for bigram lookups: 384 KB. */
const BIGRAM_MEMO_BITS = 16;
/** 2^17 memo slots for scores (see logpNodes): 2 MB. */
const SCORE_MEMO_BITS = 17;
/** Words scored through the memo have ids below this (the key packs history state and word). */
const SCORE_MEMO_WORDS = 1 << 16;
const OVERFLOW_SLOT = 1 << SCORE_MEMO_BITS;
/** A memo slot whose extension is not known yet (trie nodes are -1 or more). */
const EXT_UNKNOWN = -2;
/** The memo slot of (history state, word). */
const memoSlotOf = (state: number, w: number): number =>
  Math.imul(Math.imul(state + 1, 0x9e3779b1) ^ w, 0x85ebca6b) >>> (32 - SCORE_MEMO_BITS);

export class NgramModel {
  readonly order: number;
  readonly vocab: string[];
  private readonly ids = new Map<string, number>();
  private readonly levels: LmLevel[];
  private readonly scale: number;
  private readonly baseSize: number;
  private readonly extraUnigram = new Map<number, number>();
  /** The bigram memo (see bigram()); keys are (v << 16 | w), 0xffffffff for an empty slot. */
  private readonly memoKey = new Uint32Array(1 << BIGRAM_MEMO_BITS).fill(0xffffffff);
  private readonly memoValue = new Int32Array(1 << BIGRAM_MEMO_BITS);
  /** Phrase n-grams from the user dictionary: key "id id … id" → logp. */
  private readonly extraNgram = new Map<string, number>();
  /** Per order m (1-based), where the entries of that order start among all history states. */
  private readonly stateOffset: Float64Array;
  /** The score memo: keys ((state + 1) · 2^16 + w), -1 for an empty slot, and their log-probabilities. */
  private readonly scoreKey = new Float64Array(1 << SCORE_MEMO_BITS).fill(-1);
  /** One slot more than the keys: OVERFLOW_SLOT, for words the memo cannot key. */
  private readonly scoreValue = new Float64Array((1 << SCORE_MEMO_BITS) + 1);
  /** Per slot, the nodes at orders 2 .. order − 1 that extendNodes gives its pair; EXT_UNKNOWN until asked. */
  private readonly scoreExt: Int32Array;

  constructor(data: LmData) {
    this.order = data.header.order;
    this.vocab = [...data.header.vocab];
    this.vocab.forEach((unit, id) => this.ids.set(unit, id));
    this.levels = data.levels;
    this.scale = data.header.qmax / 65535;
    this.baseSize = this.vocab.length;
    this.stateOffset = new Float64Array(this.order + 1);
    for (let m = 2; m <= this.order; m++) this.stateOffset[m] = this.stateOffset[m - 1]! + this.levels[m - 2]!.logp.length;
    this.scoreExt = new Int32Array((1 << SCORE_MEMO_BITS) * Math.max(0, this.order - 2)).fill(EXT_UNKNOWN);
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
    if (n === 1) return this.bigram(parent, w);
    return this.search(n, parent, w);
  }

  private search(n: number, parent: number, w: number): number {
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

  /**
   * Bigram entries through a direct-mapped memo: the first word's successor
   * list is the longest to search, and a document asks for the same few
   * thousand pairs over and over.
   */
  private bigram(v: number, w: number): number {
    const key = ((v << 16) | w) >>> 0;
    const slot = (Math.imul(key, 0x9e3779b1) >>> (32 - BIGRAM_MEMO_BITS));
    if (this.memoKey[slot] === key) return this.memoValue[slot]!;
    const hit = this.search(1, v, w);
    this.memoKey[slot] = key;
    this.memoValue[slot] = hit;
    return hit;
  }

  /** True when user phrases are set: callers that score by nodes must then ask `phraseLogp` first. */
  get hasPhrases(): boolean {
    return this.extraNgram.size > 0;
  }

  /**
   * Writes the trie nodes of a history into out[at .. at + order): out[at + m]
   * is the entry of its last m ids at order m (1 ≤ m < order), or -1.
   */
  nodesOf(history: readonly number[], out: Int32Array = new Int32Array(this.order), at = 0): Int32Array {
    const h = history.slice(Math.max(0, history.length - (this.order - 1)));
    out.fill(-1, at, at + this.order);
    for (let m = 1; m <= h.length; m++) {
      // The suffix of length m starts at h.length - m; walk it from its first word.
      let node = h[h.length - m]! < this.baseSize ? h[h.length - m]! : -1;
      for (let j = h.length - m + 1; j < h.length && node >= 0; j++) {
        node = this.child(j - (h.length - m), node, h[j]!);
      }
      out[at + m] = node;
    }
    return out;
  }

  /**
   * The nodes of the history followed by w, from the nodes of the history:
   * the last m ids of the new history are the last m − 1 of the old one and w.
   */
  extendNodes(nodes: Int32Array, from: number, w: number, out: Int32Array, at: number): void {
    const known = w < this.baseSize;
    for (let m = this.order - 1; m >= 2; m--) {
      const parent = nodes[from + m - 1]!;
      out[at + m] = known && parent >= 0 ? this.child(m - 1, parent, w) : -1;
    }
    if (this.order > 1) out[at + 1] = known ? w : -1;
  }

  /**
   * log P(w | history) from the history's nodes (natural log), user phrases
   * aside. The deepest node the history has in the trie decides the score
   * (the shorter suffixes' nodes follow from the ids it stands for), so
   * (that node, w) keys a direct-mapped memo: a document scores the same
   * few hundred thousand pairs over and over.
   */
  logpNodes(nodes: Int32Array, from: number, w: number): number {
    return this.scoreValue[this.memoSlot(this.stateOf(nodes, from), nodes, from, w)]!;
  }

  /** logpNodes into out[at]. */
  logpInto(nodes: Int32Array, from: number, w: number, out: Float64Array, at: number): void {
    out[at] = this.scoreValue[this.memoSlot(this.stateOf(nodes, from), nodes, from, w)]!;
  }

  /** logpNodes for each of ids[0 .. count) after one history, into out[0 .. count). */
  logpAll(nodes: Int32Array, from: number, ids: Int32Array, count: number, out: Float64Array): void {
    const state = this.stateOf(nodes, from);
    for (let o = 0; o < count; o++) out[o] = this.scoreValue[this.memoSlot(state, nodes, from, ids[o]!)]!;
  }

  /** The history's deepest trie node, numbered across orders; -1 when it has none. */
  private stateOf(nodes: Int32Array, from: number): number {
    for (let m = this.order - 1; m >= 1; m--) {
      const node = nodes[from + m]!;
      if (node >= 0) return this.stateOffset[m]! + node;
    }
    return -1;
  }

  /**
   * The memo slot holding the score of w after the history (state, nodes),
   * scored now if it holds another pair. Words past the memo's packing get
   * a slot of their own, rewritten at every call.
   */
  private memoSlot(state: number, nodes: Int32Array, from: number, w: number): number {
    if (w >= SCORE_MEMO_WORDS) {
      this.scoreValue[OVERFLOW_SLOT] = this.score(nodes, from, w);
      return OVERFLOW_SLOT;
    }
    const key = (state + 1) * SCORE_MEMO_WORDS + w;
    const slot = memoSlotOf(state, w);
    if (this.scoreKey[slot] !== key) {
      this.scoreKey[slot] = key;
      this.scoreValue[slot] = this.score(nodes, from, w);
      if (this.order > 2) this.scoreExt[slot * (this.order - 2)] = EXT_UNKNOWN;
    }
    return slot;
  }

  /**
   * extendNodes through the score memo: the beam extends the states it has
   * just scored, whose (history, word) pair the memo holds still, so the
   * searches are made once per pair.
   */
  extendNodesMemo(nodes: Int32Array, from: number, w: number, out: Int32Array, at: number): void {
    const width = this.order - 2;
    if (width <= 0 || w >= SCORE_MEMO_WORDS) return this.extendNodes(nodes, from, w, out, at);
    const state = this.stateOf(nodes, from);
    const slot = memoSlotOf(state, w);
    if (this.scoreKey[slot] !== (state + 1) * SCORE_MEMO_WORDS + w) return this.extendNodes(nodes, from, w, out, at);
    const base = slot * width;
    if (this.scoreExt[base] === EXT_UNKNOWN) {
      this.extendNodes(nodes, from, w, out, at);
      for (let m = 2; m < this.order; m++) this.scoreExt[base + m - 2] = out[at + m]!;
      return;
    }
    for (let m = 2; m < this.order; m++) out[at + m] = this.scoreExt[base + m - 2]!;
    out[at + 1] = w < this.baseSize ? w : -1;
  }

  /** logpNodes by backoff over the trie. */
  private score(nodes: Int32Array, from: number, w: number): number {
    let acc = 0;
    for (let m = this.order - 1; m >= 1; m--) {
      const node = nodes[from + m]!;
      if (node < 0) continue;
      if (w < this.baseSize) {
        const hit = this.child(m, node, w);
        if (hit >= 0) return acc - this.levels[m]!.logp[hit]! * this.scale;
      }
      acc -= this.levels[m - 1]!.bow![node]! * this.scale;
    }
    return acc + this.unigram(w);
  }

  /** log P(w | history), natural log. */
  logp(history: readonly number[], w: number): number {
    const h = history.slice(Math.max(0, history.length - (this.order - 1)));
    return this.phraseLogp(h, w) ?? this.logpNodes(this.nodesOf(h), 0, w);
  }

  unigram(w: number): number {
    if (w < this.baseSize) return -this.levels[0]!.logp[w]! * this.scale;
    return this.extraUnigram.get(w) ?? UNSEEN_LOGP;
  }

  /** The user-phrase probability of w after the history (ids, oldest first), or null when no phrase applies. */
  phraseLogp(history: readonly number[], w: number): number | null {
    if (this.extraNgram.size === 0) return null;
    for (let m = history.length; m >= 1; m--) {
      const key = [...history.slice(history.length - m), w].join(' ');
      const hit = this.extraNgram.get(key);
      if (hit !== undefined) return hit;
    }
    return null;
  }
}
