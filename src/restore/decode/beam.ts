/**
 * Beam search over one sentence: each slot offers options (an LM id and the
 * channel's log-probability), the n-gram model scores the sequence, and the
 * best path wins. States that share their last order − 1 ids are merged
 * (Viterbi recombination); the beam keeps the best few and drops any too far
 * behind the leader.
 */
import type { Scorer } from './scorer.js';

/** One position of a sentence. A fixed unit (number, symbol, comma, kept word) has one option. */
export interface Slot {
  ids: Int32Array;
  /** log P(observed | option) per option. */
  channel: Float64Array;
}

export interface BeamSettings {
  /** Weight of the language model against the channel. */
  lmWeight: number;
  /** States kept per position. */
  width: number;
  /** States scoring this far (nats) below the best are dropped. */
  margin: number;
}

export const DEFAULT_BEAM: BeamSettings = { lmWeight: 1, width: 8, margin: 10 };

/** Working arrays for one position's states, reused from slot to slot and sentence to sentence. */
class Buffers {
  score = new Float64Array(256);
  option = new Int32Array(256);
  back = new Int32Array(256);
  order = new Int32Array(256);
  /** Model scores of one state's options. */
  lm = new Float64Array(64);
  /** Per option, the best score of a state ending in it. */
  best = new Float64Array(64);
  /** Distinct tails of the previous position's states. */
  tails = new Float64Array(64);

  ensure(n: number, k: number, states: number): void {
    if (n > this.score.length) {
      const size = Math.max(n, this.score.length * 2);
      this.score = new Float64Array(size);
      this.option = new Int32Array(size);
      this.back = new Int32Array(size);
      this.order = new Int32Array(size);
    }
    if (k > this.lm.length) {
      this.lm = new Float64Array(Math.max(k, this.lm.length * 2));
      this.best = new Float64Array(this.lm.length);
    }
    if (states > this.tails.length) this.tails = new Float64Array(Math.max(states, this.tails.length * 2));
  }
}

const buffers = new Buffers();

/** The kept states of one position: packed history keys, scores and trie nodes (`order` per state). */
class Layer {
  size = 0;
  key: Float64Array;
  score: Float64Array;
  nodes: Int32Array;
  tail: Int32Array;

  constructor(
    private capacity: number,
    private readonly order: number,
  ) {
    this.key = new Float64Array(capacity);
    this.score = new Float64Array(capacity);
    this.nodes = new Int32Array(capacity * order);
    this.tail = new Int32Array(capacity);
  }

  reserve(n: number): void {
    if (n <= this.capacity) return;
    this.capacity = n;
    this.key = new Float64Array(n);
    this.score = new Float64Array(n);
    this.nodes = new Int32Array(n * this.order);
    this.tail = new Int32Array(n);
  }
}

const layerPairs = new Map<number, [Layer, Layer]>();

/** Two layers, reused from sentence to sentence, for models of this order. */
function layersFor(order: number, width: number): [Layer, Layer] {
  let pair = layerPairs.get(order);
  if (!pair) {
    pair = [new Layer(Math.max(1, width), order), new Layer(Math.max(1, width), order)];
    layerPairs.set(order, pair);
  }
  return pair;
}

/** The kept states of every position of a sentence, flat: option and back-pointer per state, reused. */
class Trail {
  option = new Int32Array(1024);
  back = new Int32Array(1024);
  size = 0;

  push(option: number, back: number): void {
    if (this.size === this.option.length) {
      const option = new Int32Array(this.size * 2);
      const back = new Int32Array(this.size * 2);
      option.set(this.option);
      back.set(this.back);
      this.option = option;
      this.back = back;
    }
    this.option[this.size] = option;
    this.back[this.size] = back;
    this.size++;
  }
}

const trail = new Trail();
let layerStart = new Int32Array(256);

/**
 * What the left context alone says at each slot: the option of the best
 * partial path ending there, and how far (nats) the best partial path ending
 * in any other option trails it (Infinity when there is no other).
 */
export interface ForwardLeads {
  leader: Int32Array;
  gap: Float64Array;
}

export interface Decoded {
  /** The best option index per slot. */
  choice: Int32Array;
  forward: ForwardLeads;
}

/**
 * Records slot i's forward leader and its lead over the best other option,
 * from best[o]: the best partial path ending in each option o.
 */
function leads(best: Float64Array, k: number, forward: ForwardLeads, i: number): void {
  if (k === 1) {
    forward.leader[i] = 0;
    forward.gap[i] = Infinity;
    return;
  }
  let leader = 0;
  for (let o = 1; o < k; o++) if (best[o]! > best[leader]!) leader = o;
  let second = -Infinity;
  for (let o = 0; o < k; o++) if (o !== leader && best[o]! > second) second = best[o]!;
  forward.leader[i] = leader;
  forward.gap[i] = best[leader]! - second;
}

/** The best path through the sentence, and the forward leads met on the way. */
export function decodeSentence(
  slots: readonly Slot[],
  scorer: Scorer,
  bos: number,
  eos: number,
  settings: BeamSettings,
): Decoded {
  const w = settings.lmWeight;
  const { lm, order: N } = scorer;
  trail.size = 0;
  if (layerStart.length < slots.length) layerStart = new Int32Array(slots.length * 2);
  let [prev, next] = layersFor(N, settings.width);
  prev.size = 1;
  prev.key[0] = scorer.start(bos);
  prev.score[0] = 0;
  lm.nodesOf([bos], prev.nodes, 0);
  const b = buffers;
  const forward: ForwardLeads = { leader: new Int32Array(slots.length), gap: new Float64Array(slots.length) };
  for (let slotIndex = 0; slotIndex < slots.length; slotIndex++) {
    const { ids, channel } = slots[slotIndex]!;
    const k = ids.length;
    b.ensure(prev.size * k, k, prev.size);
    // States merge when they share the kept part of their history and the new id:
    // index them by (distinct tail, option) instead of hashing keys.
    const tails = b.tails;
    let tailCount = 0;
    for (let s = 0; s < prev.size; s++) {
      const t = scorer.tail(prev.key[s]!);
      let at = 0;
      while (at < tailCount && tails[at] !== t) at++;
      if (at === tailCount) tails[tailCount++] = t;
      prev.tail[s] = at;
    }
    const size = tailCount * k;
    const { score, option, back, best } = b;
    for (let at = 0; at < size; at++) score[at] = -Infinity;
    for (let o = 0; o < k; o++) best[o] = -Infinity;
    const lmScores = b.lm;
    for (let s = 0; s < prev.size; s++) {
      const base = prev.score[s]!;
      const row = prev.tail[s]! * k;
      scorer.logpAll(prev.key[s]!, prev.nodes, s * N, ids, k, lmScores);
      for (let o = 0; o < k; o++) {
        const value = base + w * lmScores[o]! + channel[o]!;
        const at = row + o;
        if (value > score[at]!) {
          score[at] = value;
          option[at] = o;
          back[at] = s;
          if (value > best[o]!) best[o] = value;
        }
      }
    }
    leads(best, k, forward, slotIndex);
    let top = -Infinity;
    for (let o = 0; o < k; o++) if (best[o]! > top) top = best[o]!;
    const keep = prune(b, size, top, settings);
    layerStart[slotIndex] = trail.size;
    next.reserve(keep);
    next.size = keep;
    for (let i = 0; i < keep; i++) {
      const j = b.order[i]!;
      const s = b.back[j]!;
      const id = ids[b.option[j]!]!;
      next.key[i] = scorer.extend(prev.key[s]!, id);
      next.score[i] = score[j]!;
      lm.extendNodesMemo(prev.nodes, s * N, id, next.nodes, i * N);
      trail.push(b.option[j]!, s);
    }
    const swap = prev;
    prev = next;
    next = swap;
  }
  let best = 0;
  let bestScore = -Infinity;
  for (let s = 0; s < prev.size; s++) {
    scorer.logpInto(prev.key[s]!, prev.nodes, s * N, eos, b.lm, 0);
    const value = prev.score[s]! + w * b.lm[0]!;
    if (value > bestScore) {
      bestScore = value;
      best = s;
    }
  }
  const choice = new Int32Array(slots.length);
  for (let i = slots.length - 1, s = best; i >= 0; i--) {
    const at = layerStart[i]! + s;
    choice[i] = trail.option[at]!;
    s = trail.back[at]!;
  }
  return { choice, forward };
}

/**
 * Puts the states to keep in b.order and returns how many: none more than
 * `margin` below the leader (`best`), and of those the best `width` (ties by index,
 * which follows the input order, for determinism). More than `width` are
 * ranked by insertion into the kept few, not by sorting them all.
 */
function prune(b: Buffers, size: number, best: number, settings: BeamSettings): number {
  const { score, order } = b;
  const floor = best - settings.margin;
  // Candidates within the margin, in index order; only more than `width` of them need ranking.
  let n = 0;
  for (let i = 0; i < size; i++) if (score[i]! >= floor) order[n++] = i;
  const width = settings.width;
  if (n <= width) return n;
  // order[0 .. kept) holds the best so far, best first; a later index loses a tie.
  let kept = 0;
  for (let c = 0; c < n; c++) {
    const i = order[c]!;
    const v = score[i]!;
    if (kept === width && !(v > score[order[kept - 1]!]!)) continue;
    let at = kept < width ? kept++ : kept - 1;
    while (at > 0 && v > score[order[at - 1]!]!) {
      order[at] = order[at - 1]!;
      at--;
    }
    order[at] = i;
  }
  return width;
}
