/**
 * The document's own word pairs as evidence for its unsure words. A law on trade unions prints
 * "công đoàn" a hundred times; the language model, trained mostly on other documents, may
 * still prefer "công đoạn" where OCR left "doan" ambiguous ("Hội nghị công doan các cấp").
 * The pairs of neighbouring words the decoder was sure of (one option, or a clear lead) are
 * counted over the whole document, and a sentence with an unsure word is decoded again with a
 * bonus for the options those counts support on either side: a cache model, in the language of
 * speech recognition, learnt from the document itself and nothing else.
 */
import type { ForwardLeads, Slot } from './beam.js';

/** A choice led by more than this many nats (left context) counts as sure. */
const SURE_LEAD = 8;
/** Nats of bonus per unit of log(1 + pairs seen): 100 sure pairs give about 2.3 nats. */
const PAIR_WEIGHT = 0.5;

const isSure = (slots: readonly Slot[], choice: Int32Array, forward: ForwardLeads, i: number): boolean =>
  slots[i]!.ids.length === 1 || (choice[i] === forward.leader[i] && forward.gap[i]! > SURE_LEAD);

export class DocumentCache {
  private readonly pairs = new Map<number, number>();

  /** `size`: ids are below it (the model's vocabulary), so that a pair packs into one number. */
  constructor(private readonly size: number) {}

  private key(a: number, b: number): number {
    return a * this.size + b;
  }

  private count(a: number, b: number): number {
    return this.pairs.get(this.key(a, b)) ?? 0;
  }

  /** Counts the neighbouring pairs of a decoded sentence that the decoder was sure of. */
  learn(slots: readonly Slot[], choice: Int32Array, forward: ForwardLeads): void {
    for (let i = 1; i < slots.length; i++) {
      if (!isSure(slots, choice, forward, i - 1) || !isSure(slots, choice, forward, i)) continue;
      const key = this.key(slots[i - 1]!.ids[choice[i - 1]!]!, slots[i]!.ids[choice[i]!]!);
      this.pairs.set(key, (this.pairs.get(key) ?? 0) + 1);
    }
  }

  /**
   * The slots with the document's support added to the unsure words' options, or null when no
   * unsure word has an option the document supports better than the one chosen.
   */
  adjust(slots: readonly Slot[], choice: Int32Array, forward: ForwardLeads): Slot[] | null {
    let out: Slot[] | null = null;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!;
      if (isSure(slots, choice, forward, i)) continue;
      const before = i > 0 ? slots[i - 1]!.ids[choice[i - 1]!]! : -1;
      const after = i + 1 < slots.length ? slots[i + 1]!.ids[choice[i + 1]!]! : -1;
      const support = (id: number): number => (before >= 0 ? this.count(before, id) : 0) + (after >= 0 ? this.count(id, after) : 0);
      const chosen = support(slot.ids[choice[i]!]!);
      let better = false;
      const bonus = new Float64Array(slot.ids.length);
      for (let o = 0; o < slot.ids.length; o++) {
        const s = support(slot.ids[o]!);
        bonus[o] = PAIR_WEIGHT * Math.log1p(s);
        if (s > chosen) better = true;
      }
      if (!better) continue;
      out ??= [...slots];
      out[i] = { ids: slot.ids, channel: slot.channel.map((c, o) => c + bonus[o]!) };
    }
    return out;
  }
}
