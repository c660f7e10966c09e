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
  key = new Float64Array(256);
  score = new Float64Array(256);
  option = new Int32Array(256);
  back = new Int32Array(256);
  order = new Int32Array(256);

  ensure(n: number): void {
    if (n <= this.key.length) return;
    const size = Math.max(n, this.key.length * 2);
    this.key = new Float64Array(size);
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
  const { lm } = scorer;
  // Kept states of every position, flat: option and back-pointer (index into the previous position's kept states).
  const keptOption: number[] = [];
  const keptBack: number[] = [];
  const layerStart: number[] = [];
  let prevKey = [scorer.start(bos)];
  let prevScore = [0];
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
      const context = scorer.context(prevKey[s]!);
      const base = prevScore[s]!;
      const row = tailOf[s]! * k;
      for (let o = 0; o < k; o++) {
        const score = base + w * lm.logpAfter(context, ids[o]!) + channel[o]!;
        const at = row + o;
        if (score > b.score[at]!) {
          b.score[at] = score;
          b.option[at] = o;
          b.back[at] = s;
          b.key[at] = scorer.extend(prevKey[s]!, ids[o]!);
        }
      }
    }
    const keep = prune(b, size, settings);
    layerStart.push(keptOption.length);
    prevKey = new Array<number>(keep);
    prevScore = new Array<number>(keep);
    for (let i = 0; i < keep; i++) {
      const j = b.order[i]!;
      prevKey[i] = b.key[j]!;
      prevScore[i] = b.score[j]!;
      keptOption.push(b.option[j]!);
      keptBack.push(b.back[j]!);
    }
  }
  let best = 0;
  let bestScore = -Infinity;
  for (let s = 0; s < prevKey.length; s++) {
    const score = prevScore[s]! + w * scorer.logp(prevKey[s]!, eos);
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
 * Orders the first `size` states in b.order, best first (ties by key, for
 * determinism), and returns how many to keep: at most `width`, none more than
 * `margin` below the leader.
 */
function prune(b: Buffers, size: number, settings: BeamSettings): number {
  const idx = b.order.subarray(0, size);
  for (let i = 0; i < size; i++) idx[i] = i;
  if (size <= 1) return size;
  const { score, key } = b;
  idx.sort((x, y) => score[y]! - score[x]! || key[x]! - key[y]!);
  const floor = score[idx[0]!]! - settings.margin;
  let keep = Math.min(size, settings.width);
  while (keep > 1 && score[idx[keep - 1]!]! < floor) keep--;
  return keep;
}
