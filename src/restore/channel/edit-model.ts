/**
 * The character-level OCR channel: a weighted edit model with learnt costs.
 * Each intended character (NFC, lower case: "ế", "ư", "đ") is printed as a
 * string of 0, 1 or 2 characters ("é", "", "ir"), each with its cost
 * −log P(printed | intended); OCR may also insert characters of its own. The
 * cost of reading an observed word as an intended syllable is the cheapest
 * way to produce it (a Viterbi edit distance). Used for words the token table
 * has never seen, and to smooth the table for those it has.
 */

/** Learnt costs (nats) of the edit model, as stored in dict/channel.bin. */
export interface EditCosts {
  /** Per intended character: printed string → cost. "" is a deletion. */
  emit: Record<string, Record<string, number>>;
  /** Per intended character: cost of printing it as a single character it was never seen printed as. */
  otherSingle: Record<string, number>;
  /** Cost of any unseen 2-character output, and of any emission of a character not in `emit`. */
  otherPair: number;
  unknownChar: number;
  /** Per observed character: cost of OCR inserting it. */
  insert: Record<string, number>;
  /** Cost of inserting a character not in `insert`. */
  otherInsert: number;
}

/**
 * An edit model prepared for one observed word: the cost of each intended
 * character producing each observed character or pair of characters there.
 */
export class EditModel {
  /** Intended characters with learnt costs, and their index (trie nodes carry it). */
  readonly alphabet: string[];
  private readonly index = new Map<string, number>();
  private readonly emitMaps: Array<Map<string, number>>;
  private readonly otherSingle: Float64Array;
  private readonly inserts: Map<string, number>;
  /** The cheapest insertion of any character: a floor on what each inserted character costs. */
  readonly minInsert: number;

  constructor(readonly costs: EditCosts) {
    this.alphabet = Object.keys(costs.emit).sort();
    this.alphabet.forEach((x, i) => this.index.set(x, i));
    this.emitMaps = this.alphabet.map((x) => new Map(Object.entries(costs.emit[x]!)));
    this.otherSingle = Float64Array.from(this.alphabet, (x) => costs.otherSingle[x] ?? costs.unknownChar);
    this.inserts = new Map(Object.entries(costs.insert));
    this.minInsert = Math.min(costs.otherInsert, ...this.inserts.values());
  }

  /** Index of an intended character in the alphabet, -1 for one the model never learnt. */
  charIndex(x: string): number {
    return this.index.get(x) ?? -1;
  }

  /** Cost of intended character x producing the printed string out (0–2 characters). */
  emitCost(x: string, out: string): number {
    const i = this.index.get(x);
    if (i === undefined) return out === x ? 0 : this.costs.unknownChar;
    return this.emitCostAt(i, out);
  }

  /** emitCost for the character of index i. */
  emitCostAt(i: number, out: string): number {
    const c = this.emitMaps[i]!.get(out);
    if (c !== undefined) return c;
    return out.length === 1 ? this.otherSingle[i]! : this.costs.otherPair;
  }

  insertCost(y: string): number {
    return this.inserts.get(y) ?? this.costs.otherInsert;
  }

  /** Prepares the per-character costs of one observed word. */
  forObserved(observed: string): ObservedCosts {
    return new ObservedCosts(this, [...observed]);
  }

  /** −log P(observed | intended) under the edit model (Viterbi). */
  cost(observed: string, intended: string): number {
    const costs = this.forObserved(observed);
    const row = costs.firstRow();
    let next: Float64Array = new Float64Array(row.length);
    let cur: Float64Array = row;
    for (const x of intended) {
      costs.nextRow(cur, x, next);
      [cur, next] = [next, cur];
    }
    return cur[cur.length - 1]!;
  }
}

/**
 * The observed word's characters and, filled on first use per intended
 * character, the cost of that character printing each observed character
 * (`single`) or pair of characters (`pair`) ending at each position.
 */
export class ObservedCosts {
  readonly length: number;
  private readonly ins: Float64Array;
  private readonly pairs: string[];
  private readonly single: Float64Array;
  private readonly pair: Float64Array;
  private readonly del: Float64Array;
  private readonly ready: Uint8Array;

  constructor(
    private readonly model: EditModel,
    readonly chars: string[],
  ) {
    const l = (this.length = chars.length);
    this.ins = Float64Array.from(chars, (y) => model.insertCost(y));
    this.pairs = chars.map((y, j) => (j === 0 ? '' : chars[j - 1]! + y));
    const n = model.alphabet.length;
    this.single = new Float64Array(n * (l + 1));
    this.pair = new Float64Array(n * (l + 1));
    this.del = new Float64Array(n);
    this.ready = new Uint8Array(n);
  }

  private prepare(x: number): void {
    const l = this.length;
    const base = x * (l + 1);
    this.pair[base] = Infinity;
    this.pair[base + 1] = Infinity;
    for (let j = 1; j <= l; j++) this.single[base + j] = this.model.emitCostAt(x, this.chars[j - 1]!);
    for (let j = 2; j <= l; j++) this.pair[base + j] = this.model.emitCostAt(x, this.pairs[j - 1]!);
    this.del[x] = this.model.emitCostAt(x, '');
    this.ready[x] = 1;
  }

  /** Row 0 of the edit table: only insertions, before any intended character. */
  firstRow(): Float64Array {
    const row = new Float64Array(this.length + 1);
    for (let j = 1; j <= this.length; j++) row[j] = row[j - 1]! + this.ins[j - 1]!;
    return row;
  }

  /** The row after the intended character of index x (see EditModel.charIndex), from the row before; returns its minimum. */
  nextRowAt(prev: Float64Array, x: number, out: Float64Array): number {
    if (this.ready[x] === 0) this.prepare(x);
    const l = this.length;
    const base = x * (l + 1);
    const del = this.del[x]!;
    const single = this.single;
    const pair = this.pair;
    const ins = this.ins;
    let min = (out[0] = prev[0]! + del);
    for (let j = 1; j <= l; j++) {
      let best = prev[j]! + del;
      const s = prev[j - 1]! + single[base + j]!;
      if (s < best) best = s;
      if (j >= 2) {
        const p = prev[j - 2]! + pair[base + j]!;
        if (p < best) best = p;
      }
      const i = out[j - 1]! + ins[j - 1]!;
      if (i < best) best = i;
      out[j] = best;
      if (best < min) min = best;
    }
    return min;
  }

  /** nextRowAt for any character; one the model never learnt prints only as itself. */
  nextRow(prev: Float64Array, x: string, out: Float64Array): number {
    const i = this.model.charIndex(x);
    if (i >= 0) return this.nextRowAt(prev, i, out);
    const unknown = this.model.costs.unknownChar;
    let min = (out[0] = prev[0]! + unknown);
    for (let j = 1; j <= this.length; j++) {
      let best = Math.min(prev[j]! + unknown, prev[j - 1]! + (this.chars[j - 1] === x ? 0 : unknown));
      best = Math.min(best, out[j - 1]! + this.ins[j - 1]!);
      out[j] = best;
      if (best < min) min = best;
    }
    return min;
  }
}

/** One step of a Viterbi edit alignment: an intended character (or none) and what was printed for it. */
export interface EditStep {
  /** "" for an insertion. */
  intended: string;
  printed: string;
}

/** The cheapest way to print `intended` as `observed`, step by step (for learning the costs). */
export function editAlignment(model: EditModel, observed: string, intended: string): { cost: number; steps: EditStep[] } {
  const ys = [...observed];
  const xs = [...intended];
  const l = ys.length;
  const table: Float64Array[] = [];
  const how: Uint8Array[] = [];
  const first = new Float64Array(l + 1);
  const firstHow = new Uint8Array(l + 1);
  for (let j = 1; j <= l; j++) {
    first[j] = first[j - 1]! + model.insertCost(ys[j - 1]!);
    firstHow[j] = 3;
  }
  table.push(first);
  how.push(firstHow);
  for (let i = 1; i <= xs.length; i++) {
    const x = xs[i - 1]!;
    const prev = table[i - 1]!;
    const row = new Float64Array(l + 1);
    const h = new Uint8Array(l + 1);
    const del = model.emitCost(x, '');
    for (let j = 0; j <= l; j++) {
      let best = prev[j]! + del;
      let code = 0;
      if (j >= 1) {
        const s = prev[j - 1]! + model.emitCost(x, ys[j - 1]!);
        if (s < best) [best, code] = [s, 1];
        const ins = row[j - 1]! + model.insertCost(ys[j - 1]!);
        if (ins < best) [best, code] = [ins, 3];
      }
      if (j >= 2) {
        const p = prev[j - 2]! + model.emitCost(x, ys[j - 2]! + ys[j - 1]!);
        if (p < best) [best, code] = [p, 2];
      }
      row[j] = best;
      h[j] = code;
    }
    table.push(row);
    how.push(h);
  }
  const steps: EditStep[] = [];
  for (let i = xs.length, j = l; i > 0 || j > 0; ) {
    const code = how[i]![j]!;
    if (i === 0 || code === 3) {
      steps.push({ intended: '', printed: ys[j - 1]! });
      j--;
    } else if (code === 0) {
      steps.push({ intended: xs[i - 1]!, printed: '' });
      i--;
    } else if (code === 1) {
      steps.push({ intended: xs[i - 1]!, printed: ys[j - 1]! });
      i--;
      j--;
    } else {
      steps.push({ intended: xs[i - 1]!, printed: ys[j - 2]! + ys[j - 1]! });
      i--;
      j -= 2;
    }
  }
  return { cost: table[xs.length]![l]!, steps: steps.reverse() };
}
