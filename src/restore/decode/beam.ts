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

  ensure(n: number): void {
    if (n <= this.score.length) return;
    const size = Math.max(n, this.score.length * 2);
    this.score = new Float64Array(size);
    this.option = new Int32Array(size);
    this.back = new Int32Array(size);
    this.order = new Int32Array(size);
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

let bestScratch = new Float64Array(32);

/** Records slot i's forward leader and its lead over the best other option. */
function leads(b: Buffers, size: number, k: number, forward: ForwardLeads, i: number): void {
  if (k === 1) {
    forward.leader[i] = 0;
    forward.gap[i] = Infinity;
    return;
  }
  if (bestScratch.length < k) bestScratch = new Float64Array(k * 2);
  const best = bestScratch.fill(-Infinity, 0, k);
  for (let at = 0; at < size; at++) {
    const o = at % k;
    if (b.score[at]! > best[o]!) best[o] = b.score[at]!;
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
  // Kept states of every position, flat: option and back-pointer (index into the previous position's kept states).
  const keptOption: number[] = [];
  const keptBack: number[] = [];
  const layerStart: number[] = [];
  let [prev, next] = layersFor(N, settings.width);
  prev.size = 1;
  prev.key[0] = scorer.start(bos);
  prev.score[0] = 0;
  lm.nodesOf([bos], prev.nodes, 0);
  const b = buffers;
  const tails: number[] = [];
  const forward: ForwardLeads = { leader: new Int32Array(slots.length), gap: new Float64Array(slots.length) };
  let slotIndex = 0;
  for (const slot of slots) {
    const { ids, channel } = slot;
    const k = ids.length;
    // States merge when they share the kept part of their history and the new id:
    // index them by (distinct tail, option) instead of hashing keys.
    tails.length = 0;
    for (let s = 0; s < prev.size; s++) {
      const t = scorer.tail(prev.key[s]!);
      let at = tails.indexOf(t);
      if (at < 0) at = tails.push(t) - 1;
      prev.tail[s] = at;
    }
    const size = tails.length * k;
    b.ensure(size);
    b.score.fill(-Infinity, 0, size);
    for (let s = 0; s < prev.size; s++) {
      const base = prev.score[s]!;
      const row = prev.tail[s]! * k;
      const key = prev.key[s]!;
      for (let o = 0; o < k; o++) {
        const score = base + w * scorer.logp(key, prev.nodes, s * N, ids[o]!) + channel[o]!;
        const at = row + o;
        if (score > b.score[at]!) {
          b.score[at] = score;
          b.option[at] = o;
          b.back[at] = s;
        }
      }
    }
    leads(b, size, k, forward, slotIndex);
    slotIndex++;
    const keep = prune(b, size, settings);
    layerStart.push(keptOption.length);
    next.reserve(keep);
    next.size = keep;
    for (let i = 0; i < keep; i++) {
      const j = b.order[i]!;
      const s = b.back[j]!;
      const id = ids[b.option[j]!]!;
      next.key[i] = scorer.extend(prev.key[s]!, id);
      next.score[i] = b.score[j]!;
      lm.extendNodes(prev.nodes, s * N, id, next.nodes, i * N);
      keptOption.push(b.option[j]!);
      keptBack.push(s);
    }
    [prev, next] = [next, prev];
  }
  let best = 0;
  let bestScore = -Infinity;
  for (let s = 0; s < prev.size; s++) {
    const score = prev.score[s]! + w * scorer.logp(prev.key[s]!, prev.nodes, s * N, eos);
    if (score > bestScore) {
      bestScore = score;
      best = s;
    }
  }
  const choice = new Int32Array(slots.length);
  for (let i = slots.length - 1, s = best; i >= 0; i--) {
    const at = layerStart[i]! + s;
    choice[i] = keptOption[at]!;
    s = keptBack[at]!;
  }
  return { choice, forward };
}

/**
 * Puts the states to keep in b.order and returns how many: none more than
 * `margin` below the leader, and of those the best `width` (ties by index,
 * which follows the input order, for determinism).
 */
function prune(b: Buffers, size: number, settings: BeamSettings): number {
  const { score } = b;
  let best = -Infinity;
  for (let i = 0; i < size; i++) if (score[i]! > best) best = score[i]!;
  const floor = best - settings.margin;
  // Candidates within the margin, in index order; only more than `width` of them need sorting.
  let n = 0;
  for (let i = 0; i < size; i++) if (score[i]! >= floor) b.order[n++] = i;
  if (n <= settings.width) return n;
  const idx = b.order.subarray(0, n);
  idx.sort((x, y) => score[y]! - score[x]! || x - y);
  return settings.width;
}
