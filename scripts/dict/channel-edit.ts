/**
 * Learning the character edit costs from the token confusions, by hard EM:
 * align every (observed, intended) pair with the current costs, count what
 * each intended character was printed as (and what OCR inserted), and
 * re-estimate. Estimates are smoothed toward the character's class (its
 * letter without marks: "ế", "ề", "ê" share "e"), and the class toward a
 * uniform background, so rare characters borrow from their letter.
 */
import { EditModel, editAlignment, type EditCosts } from '../../src/restore/channel/edit-model.js';
import { baseKey } from '../../src/restore/syllable.js';

export interface EditLearning {
  /** EM rounds. */
  rounds: number;
  /** Pseudo-counts of the class prior on a character's outputs, and of the background on a class. */
  alpha: number;
  alphaClass: number;
}

export const DEFAULT_EDIT_LEARNING: EditLearning = { rounds: 4, alpha: 3, alphaClass: 1 };

/** Background probabilities of an output by length: deletion, one character, two characters. */
const BACKGROUND = { empty: 0.02, single: 0.9 / 300, pair: 0.08 / 90_000 };
const round = (x: number): number => Math.round(x * 1e4) / 1e4;

/** A first guess: characters print as themselves, or as their letter without marks. */
export function initialCosts(alphabet: readonly string[]): EditCosts {
  const emit: EditCosts['emit'] = {};
  const otherSingle: EditCosts['otherSingle'] = {};
  for (const x of alphabet) {
    const row: Record<string, number> = { [x]: 0.1, '': 5 };
    const b = baseKey(x);
    if (b !== x) row[b] = 1.5;
    emit[x] = row;
    otherSingle[x] = 6;
  }
  return { emit, otherSingle, otherPair: 7, unknownChar: 8, insert: {}, otherInsert: 5 };
}

type Counts = Map<string, Map<string, number>>;

const add = (m: Counts, key: string, out: string, n: number): void => {
  let row = m.get(key);
  if (!row) m.set(key, (row = new Map()));
  row.set(out, (row.get(out) ?? 0) + n);
};
const total = (row: Map<string, number> | undefined): number => {
  let t = 0;
  for (const v of row?.values() ?? []) t += v;
  return t;
};
const background = (out: string): number =>
  out.length === 0 ? BACKGROUND.empty : [...out].length === 1 ? BACKGROUND.single : BACKGROUND.pair;
const sortedKeys = <V>(m: Map<string, V>): string[] => [...m.keys()].sort();

/** Costs re-estimated from emission and insertion counts. */
function estimate(emitCounts: Counts, insertCounts: Map<string, number>, positions: number, opts: EditLearning): EditCosts {
  const classCounts: Counts = new Map();
  for (const x of sortedKeys(emitCounts)) {
    for (const [out, n] of emitCounts.get(x)!) add(classCounts, baseKey(x), out, n);
  }
  const emit: EditCosts['emit'] = {};
  const otherSingle: EditCosts['otherSingle'] = {};
  for (const x of sortedKeys(emitCounts)) {
    const own = emitCounts.get(x)!;
    const cls = classCounts.get(baseKey(x))!;
    const nx = total(own);
    const nc = total(cls);
    const q = (out: string): number => ((cls.get(out) ?? 0) + opts.alphaClass * background(out)) / (nc + opts.alphaClass);
    const p = (out: string): number => ((own.get(out) ?? 0) + opts.alpha * q(out)) / (nx + opts.alpha);
    const row: Record<string, number> = {};
    for (const out of [...new Set([...cls.keys(), ''])].sort()) row[out] = round(-Math.log(p(out)));
    emit[x] = row;
    // Any single character this class was never seen printed as.
    otherSingle[x] = round(-Math.log(p('\u0000')));
  }
  const insert: EditCosts['insert'] = {};
  const inserted = total(insertCounts);
  for (const y of sortedKeys(insertCounts)) insert[y] = round(-Math.log((insertCounts.get(y)! + 0.1) / positions));
  const otherPair = round(-Math.log(BACKGROUND.pair / (1 + opts.alphaClass)));
  return {
    emit,
    otherSingle,
    otherPair,
    unknownChar: round(-Math.log(BACKGROUND.single / 10)),
    insert,
    otherInsert: round(-Math.log((0.1 + inserted * 0.001) / positions)),
  };
}

export interface WeightedPair {
  observed: string;
  intended: string;
  count: number;
}

/** Learns the edit costs from (observed, intended, count) pairs, given in a fixed order. */
export function learnEditCosts(pairs: readonly WeightedPair[], opts: EditLearning = DEFAULT_EDIT_LEARNING): EditCosts {
  const alphabet = [...new Set(pairs.flatMap((p) => [...p.intended]))].sort();
  let costs = initialCosts(alphabet);
  for (let r = 0; r < opts.rounds; r++) {
    const model = new EditModel(costs);
    const emitCounts: Counts = new Map();
    const insertCounts = new Map<string, number>();
    let positions = 0;
    for (const p of pairs) {
      positions += p.count * ([...p.intended].length + 1);
      for (const step of editAlignment(model, p.observed, p.intended).steps) {
        if (step.intended === '') insertCounts.set(step.printed, (insertCounts.get(step.printed) ?? 0) + p.count);
        else add(emitCounts, step.intended, step.printed, p.count);
      }
    }
    costs = estimate(emitCounts, insertCounts, positions, opts);
  }
  return costs;
}
