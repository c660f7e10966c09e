/**
 * How sure the decoder is of each choice: the posterior over a slot's options
 * with the neighbours fixed to the best path. Only the n-grams that contain
 * the slot change between options: the slot's own and those of the next
 * RIGHT_CONTEXT words are rescored. The path's own histories are walked once
 * per sentence.
 */
import type { Slot } from './beam.js';
import type { Scorer } from './scorer.js';

/** Histories along the chosen path: before slot i, key keys[i] and nodes at nodes[i * order ..]. */
export interface PathContexts {
  keys: Float64Array;
  nodes: Int32Array;
}

export function pathContexts(chosen: Int32Array, scorer: Scorer, bos: number): PathContexts {
  const N = scorer.order;
  const keys = new Float64Array(chosen.length + 1);
  const nodes = new Int32Array((chosen.length + 1) * N);
  keys[0] = scorer.start(bos);
  scorer.lm.nodesOf([bos], nodes, 0);
  for (let i = 0; i < chosen.length; i++) {
    keys[i + 1] = scorer.extend(keys[i]!, chosen[i]!);
    scorer.lm.extendNodes(nodes, i * N, chosen[i]!, nodes, (i + 1) * N);
  }
  return { keys, nodes };
}

const scratch = { a: new Int32Array(8), b: new Int32Array(8), first: new Float64Array(64), one: new Float64Array(1) };
const CHANNEL_FLOOR = 16;
/**
 * Words after the slot whose probability is rescored: two carry nearly all of
 * the evidence a 4-gram model has about a word, at half the cost of three.
 */
const RIGHT_CONTEXT = 2;

/** The option of a slot that has the chosen id (the first, when several share it). */
function choiceAt(slot: Slot, id: number): number {
  const at = slot.ids.indexOf(id);
  return at < 0 ? 0 : at;
}

/**
 * Posterior per option of slot `i`, given the chosen ids of the whole
 * sentence, written to `post[0 .. options)` (post must be that long).
 */
export function localPosterior(
  slots: readonly Slot[],
  chosen: Int32Array,
  path: PathContexts,
  i: number,
  scorer: Scorer,
  eos: number,
  lmWeight: number,
  post: Float64Array,
): Float64Array {
  const slot = slots[i]!;
  const n = slot.ids.length;
  if (n === 1) {
    post[0] = 1;
    return post;
  }
  const N = scorer.order;
  const { lm } = scorer;
  if (scratch.a.length < N) {
    scratch.a = new Int32Array(N);
    scratch.b = new Int32Array(N);
  }
  if (scratch.first.length < n) scratch.first = new Float64Array(n * 2);
  const { first, one } = scratch;
  // The slot's own scores share one history: scored at once.
  scorer.logpAll(path.keys[i]!, path.nodes, i * N, slot.ids, n, first);
  const last = Math.min(slots.length, i + Math.min(N - 1, RIGHT_CONTEXT));
  // Options the channel puts this far below the chosen one are left at 0: the
  // model lost them already, and they would not move the posterior visibly.
  const floor = slot.channel[choiceAt(slot, chosen[i]!)]! - CHANNEL_FLOOR;
  let max = -Infinity;
  for (let o = 0; o < n; o++) {
    if (slot.channel[o]! < floor) {
      post[o] = -Infinity;
      continue;
    }
    const id = slot.ids[o]!;
    let total = first[o]!;
    let key = scorer.extend(path.keys[i]!, id);
    let cur = scratch.a;
    let other = scratch.b;
    lm.extendNodes(path.nodes, i * N, id, cur, 0);
    for (let j = i + 1; j <= last; j++) {
      const next = j < slots.length ? chosen[j]! : eos;
      scorer.logpInto(key, cur, 0, next, one, 0);
      total += one[0]!;
      if (j === last) break;
      key = scorer.extend(key, next);
      lm.extendNodes(cur, 0, next, other, 0);
      [cur, other] = [other, cur];
    }
    post[o] = slot.channel[o]! + lmWeight * total;
    if (post[o]! > max) max = post[o]!;
  }
  let sum = 0;
  for (let o = 0; o < n; o++) {
    post[o] = Math.exp(post[o]! - max);
    sum += post[o]!;
  }
  for (let o = 0; o < n; o++) post[o] = post[o]! / sum;
  return post;
}
