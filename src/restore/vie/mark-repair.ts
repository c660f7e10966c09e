/**
 * Marks Vietnamese-model OCR put wrong on valid syllables (`đối mới` for
 * `đổi mới`, `hãng năm` for `hằng năm`, `chỉ tiết` for `chi tiết`). Such a
 * word reads as correct text, so the decoder keeps it; here, once a
 * sentence is read, a word is given its other reading only when both hold:
 *   - the engine was seen to print the one for the other (confusions.ts: a
 *     sparse, pair-specific channel, no general doubt of marks), and
 *   - the language model prefers the other reading in this context by so much
 *     that, with the channel's odds, the other reading leads by `threshold`
 *     nats (the prior that this text is OCR at all, and that this word of it
 *     is misread, is in the threshold: correct text must stay as printed),
 *     and beside each neighbour alone it reads better too (pairGain).
 * Words are taken left to right, each decision seeing the ones before it.
 */
import type { NgramModel } from '../lm/model.js';
import { BoundedMemo } from '../../text/bounded-memo.js';
import type { Confusable, VieConfusions } from './confusions.js';

/** A word of a sentence that may be reconsidered: where it is, and its printed form (lower case, classic). */
export interface MarkSlot {
  /** Index in the sentence's ids (BOS at 0). */
  at: number;
  form: string;
}

export interface MarkRepair {
  at: number;
  form: string;
  intended: string;
  /** log-odds (nats) of the intended reading over the printed one: LM gain plus the channel's log ratio. */
  odds: number;
  /** The language model's part of it. */
  lmGain: number;
}

/**
 * `ids`: the sentence as read, BOS first and EOS last (changed in place by
 * the repairs made); `slots` in text order. Returns the repairs made.
 */
export function repairMarks(
  ids: Int32Array,
  slots: readonly MarkSlot[],
  confusions: VieConfusions,
  lm: NgramModel,
  threshold: number,
): MarkRepair[] {
  const out: MarkRepair[] = [];
  for (const slot of slots) {
    const options = confusions.get(slot.form);
    if (options === undefined) continue;
    let best: { c: Confusable; id: number; gain: number } | null = null;
    for (const c of options) {
      const id = lm.id(c.intended);
      if (id < 0) continue;
      const gain = memoGain(ids, slot.at, id, lm);
      if (best === null || gain + c.logRatio > best.gain + best.c.logRatio) best = { c, id, gain };
    }
    if (best === null) continue;
    const odds = best.gain + best.c.logRatio;
    if (odds < threshold || pairGain(ids, slot.at, best.id, lm) <= 0) continue;
    ids[slot.at] = best.id;
    out.push({ at: slot.at, form: slot.form, intended: best.c.intended, odds, lmGain: best.gain });
  }
  return out;
}

/**
 * The gain with each neighbour alone (log P(w | left) and log P(right | w)): a reading the long
 * context favours only through a phrase the model saw misprinted ("hành chính và tố chức chính
 * quyền" is in its training text, a typo repeated) must also sit better beside its neighbours.
 */
export function pairGain(ids: Int32Array, at: number, id: number, lm: NgramModel): number {
  const pairs = (w: number): number => lm.logp([ids[at - 1]!], w) + (at + 1 < ids.length ? lm.logp([w], ids[at + 1]!) : 0);
  return pairs(id) - pairs(ids[at]!);
}

/** Gains by the words around the slot (order − 1 each side) and the reading: documents repeat their phrases. */
const memos = new WeakMap<NgramModel, BoundedMemo<number>>();
const MEMO_LIMIT = 50_000;

function memoGain(ids: Int32Array, at: number, id: number, lm: NgramModel): number {
  let memo = memos.get(lm);
  if (!memo) memos.set(lm, (memo = new BoundedMemo(MEMO_LIMIT)));
  const window = ids.subarray(Math.max(0, at - lm.order + 1), Math.min(ids.length, at + lm.order));
  // The window's position in the sentence matters only through BOS and EOS, which are ids of their own.
  const key = `${window.join(' ')}|${Math.min(at, lm.order - 1)}|${id}`;
  let gain = memo.get(key);
  if (gain === undefined) memo.set(key, (gain = lmGain(ids, at, id, lm)));
  return gain;
}

/** log P(sentence with ids[at] = id) − log P(sentence as it is): only the n-grams holding position `at` differ. */
export function lmGain(ids: Int32Array, at: number, id: number, lm: NgramModel): number {
  const was = ids[at]!;
  if (was === id) return 0;
  const before = windowLogp(ids, at, lm);
  ids[at] = id;
  const after = windowLogp(ids, at, lm);
  ids[at] = was;
  return after - before;
}

const scratch: { a: Int32Array; b: Int32Array } = { a: new Int32Array(8), b: new Int32Array(8) };

/** Sum of log P(ids[j] | its history) for j from `at` to order − 1 words on (the history's trie nodes carried along). */
function windowLogp(ids: Int32Array, at: number, lm: NgramModel): number {
  const last = Math.min(ids.length - 1, at + lm.order - 1);
  const from = Math.max(0, at - (lm.order - 1));
  if (lm.hasPhrases) {
    let sum = 0;
    for (let j = at; j <= last; j++) sum += lm.logp(Array.from(ids.subarray(Math.max(0, j - (lm.order - 1)), j)), ids[j]!);
    return sum;
  }
  if (scratch.a.length < lm.order) scratch.a = new Int32Array(lm.order);
  if (scratch.b.length < lm.order) scratch.b = new Int32Array(lm.order);
  let nodes: Int32Array = lm.nodesOf(Array.from(ids.subarray(from, at)), scratch.a, 0);
  let next: Int32Array = scratch.b;
  let sum = 0;
  for (let j = at; j <= last; j++) {
    sum += lm.logpNodes(nodes, 0, ids[j]!);
    if (j === last) break;
    lm.extendNodes(nodes, 0, ids[j]!, next, 0);
    [nodes, next] = [next, nodes];
  }
  return sum;
}
