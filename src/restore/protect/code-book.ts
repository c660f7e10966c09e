/**
 * Known codes and acronyms, and the one a garbled printing stands for
 * ("QB" → "QĐ", "Qb" → "QĐ", "0P" → "QĐ", "HDND" → "HĐND", "BCP" → "BCĐ").
 * A printing is read as the entry that best explains it: the learnt OCR
 * edit costs of its letters (in lower case, as the channel learnt them), or
 * the digit a capital resembles, plus how rare the entry is.
 */
import { BoundedMemo } from '../../text/bounded-memo.js';
import type { EditModel } from '../channel/edit-model.js';

/** Digits and marks OCR prints for capital letters (the channel learnt lower case only). */
const CAPITAL_LOOKALIKES: Record<string, string> = {
  '0': 'OQDĐ', '1': 'IL', '8': 'B', '5': 'S', '6': 'GĐ', '|': 'IL', '!': 'I',
};
const LOOKALIKE_COST = 2.5;
const GAP_COST = 7;
/** Weight of the entry's rarity (nats per nat of −log frequency). */
const PRIOR_WEIGHT = 0.5;

/** An entry with its characters as ids into the book's character costs. */
interface Entry {
  form: string;
  chars: Int32Array;
  prior: number;
}

export class CodeBook {
  private readonly entries: Entry[];
  private readonly forms: Set<string>;
  private readonly memo = new BoundedMemo<{ form: string; cost: number } | null>(10_000);
  /** Characters met so far, numbered; costs[x * capacity + y] is charCost(x, y), NaN until first asked. */
  private readonly charIds = new Map<string, number>();
  private readonly charList: string[] = [];
  private capacity = 128;
  private costs = new Float64Array(this.capacity * this.capacity).fill(NaN);
  private rows = [new Float64Array(16), new Float64Array(16)];

  constructor(
    counts: ReadonlyMap<string, number>,
    private readonly edit: EditModel,
  ) {
    let total = 0;
    for (const n of counts.values()) total += n;
    this.entries = [...counts]
      .filter(([form]) => [...form].length >= 2)
      .map(([form, n]) => ({ form, chars: this.idsOf(form), prior: -PRIOR_WEIGHT * Math.log(n / total) }))
      .sort((a, b) => (a.form < b.form ? -1 : a.form > b.form ? 1 : 0));
    this.forms = new Set(this.entries.map((e) => e.form));
  }

  has(form: string): boolean {
    return this.forms.has(form);
  }

  private idsOf(text: string): Int32Array {
    return Int32Array.from([...text], (ch) => {
      let id = this.charIds.get(ch);
      if (id === undefined) {
        id = this.charList.push(ch) - 1;
        this.charIds.set(ch, id);
        if (id >= this.capacity) this.grow();
      }
      return id;
    });
  }

  private grow(): void {
    const old = this.capacity;
    const costs = new Float64Array(old * 4 * old).fill(NaN);
    for (let x = 0; x < old; x++) costs.set(this.costs.subarray(x * old, (x + 1) * old), x * old * 2);
    this.capacity = old * 2;
    this.costs = costs;
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

  private costOf(x: number, y: number): number {
    const at = x * this.capacity + y;
    let c = this.costs[at]!;
    if (c !== c) {
      c = this.charCost(this.charList[x]!, this.charList[y]!);
      this.costs[at] = c;
    }
    return c;
  }

  /** Weighted edit distance from an entry to a printing. */
  distance(printed: string, form: string): number {
    return this.within(this.idsOf(printed), this.idsOf(form), Infinity);
  }

  /**
   * The distance from the characters xs to ys, or Infinity as soon as every
   * cell of a row is past `bound` (cells only grow from row to row).
   */
  private within(ys: Int32Array, xs: Int32Array, bound: number): number {
    const l = ys.length;
    if (this.rows[0]!.length <= l) this.rows = [new Float64Array(l + 1), new Float64Array(l + 1)];
    let [prev, cur] = this.rows as [Float64Array, Float64Array];
    for (let j = 0; j <= l; j++) prev[j] = j * GAP_COST;
    for (let i = 1; i <= xs.length; i++) {
      const x = xs[i - 1]!;
      cur[0] = i * GAP_COST;
      let min = cur[0]!;
      for (let j = 1; j <= l; j++) {
        const c = Math.min(prev[j - 1]! + this.costOf(x, ys[j - 1]!), prev[j]! + GAP_COST, cur[j - 1]! + GAP_COST);
        cur[j] = c;
        if (c < min) min = c;
      }
      if (min > bound) return Infinity;
      [prev, cur] = [cur, prev];
    }
    return prev[l]!;
  }

  /**
   * The entry a printing most likely stands for, when its letters cost at
   * most `maxCost` nats to explain; null when none does.
   */
  lookup(printed: string, maxCost: number): { form: string; cost: number } | null {
    const key = `${maxCost}\u0000${printed}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const ys = this.idsOf(printed);
    const length = ys.length;
    let best: { form: string; cost: number } | null = null;
    let bestScore = Infinity;
    for (const e of this.entries) {
      const n = e.chars.length;
      // Short codes only as long as printed; from four letters on OCR may drop or add one.
      if (length < 4 ? n !== length : n < length - 1 || n > length + 1) continue;
      // An entry is dropped as soon as it costs more than maxCost or cannot beat the best score
      // (the slack keeps rounding from dropping one that would tie it within an ulp).
      const cost = this.within(ys, e.chars, Math.min(maxCost, bestScore - e.prior + 1e-9));
      if (cost > maxCost) continue;
      const score = cost + e.prior;
      if (score < bestScore) {
        bestScore = score;
        best = { form: e.form, cost };
      }
    }
    this.memo.set(key, best);
    return best;
  }
}
