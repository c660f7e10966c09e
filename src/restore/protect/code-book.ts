/**
 * Known codes and acronyms, and the one a garbled printing stands for
 * ("QB" → "QĐ", "Qb" → "QĐ", "0P" → "QĐ", "HDND" → "HĐND", "BCP" → "BCĐ").
 * A printing is read as the entry that best explains it: the learnt OCR
 * edit costs of its letters (in lower case, as the channel learnt them), or
 * the digit a capital resembles, plus how rare the entry is.
 */
import type { EditModel } from '../channel/edit-model.js';

/** Digits and marks OCR prints for capital letters (the channel learnt lower case only). */
const CAPITAL_LOOKALIKES: Record<string, string> = {
  '0': 'OQDĐ', '1': 'IL', '8': 'B', '5': 'S', '6': 'GĐ', '|': 'IL', '!': 'I',
};
const LOOKALIKE_COST = 2.5;
const GAP_COST = 7;
/** Weight of the entry's rarity (nats per nat of −log frequency). */
const PRIOR_WEIGHT = 0.5;

export class CodeBook {
  private readonly entries: Array<{ form: string; lower: string; prior: number }>;
  private readonly memo = new Map<string, { form: string; cost: number } | null>();

  constructor(
    counts: ReadonlyMap<string, number>,
    private readonly edit: EditModel,
  ) {
    let total = 0;
    for (const n of counts.values()) total += n;
    this.entries = [...counts]
      .filter(([form]) => [...form].length >= 2)
      .map(([form, n]) => ({ form, lower: form.toLowerCase(), prior: -PRIOR_WEIGHT * Math.log(n / total) }))
      .sort((a, b) => (a.form < b.form ? -1 : a.form > b.form ? 1 : 0));
  }

  has(form: string): boolean {
    return this.entries.some((e) => e.form === form);
  }

  /** Cost of one printed character for one intended (both as printed: capitals stay capitals). */
  private charCost(intended: string, printed: string): number {
    if (intended === printed) return 0;
    let c = this.edit.emitCost(intended.toLowerCase(), printed.toLowerCase());
    if (CAPITAL_LOOKALIKES[printed]?.includes(intended)) c = Math.min(c, LOOKALIKE_COST);
    // A small letter for a capital costs a little: OCR does it ("Qb"), but rarely.
    if (printed !== printed.toUpperCase() && intended === intended.toUpperCase()) c += 0.5;
    return c;
  }

  /** Weighted edit distance from an entry to a printing. */
  distance(printed: string, form: string): number {
    const ys = [...printed];
    const xs = [...form];
    let prev = Array.from({ length: ys.length + 1 }, (_, j) => j * GAP_COST);
    for (let i = 1; i <= xs.length; i++) {
      const cur = [i * GAP_COST];
      for (let j = 1; j <= ys.length; j++) {
        cur[j] = Math.min(prev[j - 1]! + this.charCost(xs[i - 1]!, ys[j - 1]!), prev[j]! + GAP_COST, cur[j - 1]! + GAP_COST);
      }
      prev = cur;
    }
    return prev[ys.length]!;
  }

  /**
   * The entry a printing most likely stands for, when its letters cost at
   * most `maxCost` nats to explain; null when none does.
   */
  lookup(printed: string, maxCost: number): { form: string; cost: number } | null {
    const key = `${maxCost}\u0000${printed}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const length = [...printed].length;
    let best: { form: string; cost: number } | null = null;
    let bestScore = Infinity;
    for (const e of this.entries) {
      const n = [...e.form].length;
      // Short codes only as long as printed; from four letters on OCR may drop or add one.
      if (length < 4 ? n !== length : n < length - 1 || n > length + 1) continue;
      const cost = this.distance(printed, e.form);
      if (cost > maxCost) continue;
      const score = cost + e.prior;
      if (score < bestScore) {
        bestScore = score;
        best = { form: e.form, cost };
      }
    }
    if (this.memo.size > 10_000) this.memo.clear();
    this.memo.set(key, best);
    return best;
  }
}
