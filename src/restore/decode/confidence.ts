/**
 * How sure the decoder is of each choice: the posterior over a slot's options
 * with the neighbours fixed to the best path. Only the n-grams that contain
 * the slot change between options, so each option costs `order` lookups.
 */
import type { Slot } from './beam.js';
import type { Scorer } from './scorer.js';

/** Posterior per option of slot `i`, given the chosen ids of the whole sentence. */
export function localPosterior(
  slots: readonly Slot[],
  chosen: Int32Array,
  i: number,
  scorer: Scorer,
  bos: number,
  eos: number,
  lmWeight: number,
): Float64Array {
  const slot = slots[i]!;
  const n = slot.ids.length;
  const post = new Float64Array(n);
  if (n === 1) {
    post[0] = 1;
    return post;
  }
  const keep = scorer.lm.order - 1;
  // The history before the slot: BOS and the chosen ids near a sentence start, else the last `keep` ids.
  let before = 0;
  if (i < keep) before = scorer.start(bos);
  for (let j = Math.max(0, i - keep); j < i; j++) before = scorer.extend(before, chosen[j]!);
  const last = Math.min(slots.length, i + keep);
  let max = -Infinity;
  for (let o = 0; o < n; o++) {
    const id = slot.ids[o]!;
    let lm = scorer.logp(before, id);
    let key = scorer.extend(before, id);
    for (let j = i + 1; j <= last; j++) {
      const next = j < slots.length ? chosen[j]! : eos;
      lm += scorer.logp(key, next);
      key = scorer.extend(key, next);
    }
    post[o] = slot.channel[o]! + lmWeight * lm;
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
