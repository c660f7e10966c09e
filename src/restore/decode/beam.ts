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

export const DEFAULT_BEAM: BeamSettings = { lmWeight: 1, width: 12, margin: 14 };

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

/** The best option index per slot. */
export function decodeSentence(
  slots: readonly Slot[],
  scorer: Scorer,
  bos: number,
  eos: number,
  settings: BeamSettings,
): Int32Array {
  const w = settings.lmWeight;
  const { lm, order: N } = scorer;
  // Kept states of every position, flat: option and back-pointer (index into the previous position's kept states).
  const keptOption: number[] = [];
  const keptBack: number[] = [];
  const layerStart: number[] = [];
  // The previous position's kept states: packed keys, scores, and trie nodes (N per state).
  let prevKey = [scorer.start(bos)];
  let prevScore = [0];
  let prevNodes = lm.nodesOf([bos]);
  const b = buffers;
  const tails: number[] = [];
  for (const slot of slots) {
    const { ids, channel } = slot;
    const k = ids.length;
    // States merge when they share the kept part of their history and the new id:
    // index them by (distinct tail, option) instead of hashing keys.
    tails.length = 0;
    const tailOf = new Int32Array(prevKey.length);
    for (let s = 0; s < prevKey.length; s++) {
      const t = scorer.tail(prevKey[s]!);
      let at = tails.indexOf(t);
      if (at < 0) at = tails.push(t) - 1;
      tailOf[s] = at;
    }
    const size = tails.length * k;
    b.ensure(size);
    b.score.fill(-Infinity, 0, size);
    for (let s = 0; s < prevKey.length; s++) {
      const base = prevScore[s]!;
      const row = tailOf[s]! * k;
      const key = prevKey[s]!;
      for (let o = 0; o < k; o++) {
        const score = base + w * scorer.logp(key, prevNodes, s * N, ids[o]!) + channel[o]!;
        const at = row + o;
        if (score > b.score[at]!) {
          b.score[at] = score;
          b.option[at] = o;
          b.back[at] = s;
        }
      }
    }
    const keep = prune(b, size, settings);
    layerStart.push(keptOption.length);
    const nextKey = new Array<number>(keep);
    const nextScore = new Array<number>(keep);
    const nextNodes = new Int32Array(keep * N);
    for (let i = 0; i < keep; i++) {
      const j = b.order[i]!;
      const s = b.back[j]!;
      const id = ids[b.option[j]!]!;
      nextKey[i] = scorer.extend(prevKey[s]!, id);
      nextScore[i] = b.score[j]!;
      lm.extendNodes(prevNodes, s * N, id, nextNodes, i * N);
      keptOption.push(b.option[j]!);
      keptBack.push(s);
    }
    prevKey = nextKey;
    prevScore = nextScore;
    prevNodes = nextNodes;
  }
  let best = 0;
  let bestScore = -Infinity;
  for (let s = 0; s < prevKey.length; s++) {
    const score = prevScore[s]! + w * scorer.logp(prevKey[s]!, prevNodes, s * N, eos);
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
  return choice;
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
