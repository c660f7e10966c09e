/**
 * The learnt OCR channel as a candidate source. For an observed word o and a
 * syllable s:
 *
 *   P(o | s) = (c(o, s) + β · P_edit(o | s)) / (c(s) + β)
 *
 * c(o, s): how often s was printed as o in the aligned training pairs, c(s):
 * how often s was meant there; the character edit model P_edit is the prior
 * that the token counts refine (a Dirichlet prior of weight β), so a syllable
 * seen often is judged by how OCR actually printed it, and a form never seen
 * by its characters. Candidates are the syllables the table lists for o plus
 * those the edit model finds in the inventory trie.
 */
import type { Candidate, CandidateSource } from '../decode/candidate-source.js';
import { EditModel } from './edit-model.js';
import { COST_SCALE, type ChannelTables } from './format.js';
import { SyllableTrie } from './syllable-trie.js';
import { BoundedMemo } from '../../text/bounded-memo.js';

const MEMO_LIMIT = 50_000;

export class OcrChannel implements CandidateSource {
  readonly edit: EditModel;
  private readonly trie: SyllableTrie;
  private readonly memo = new BoundedMemo<Candidate[]>(MEMO_LIMIT);

  constructor(readonly tables: ChannelTables) {
    this.edit = new EditModel(tables.costs);
    this.trie = new SyllableTrie(tables.syllables, this.edit);
  }

  /** Index of an observed form in the table, or -1. */
  formIndex(form: string): number {
    const { forms } = this.tables;
    let lo = 0;
    let hi = forms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const f = forms[mid]!;
      if (f === form) return mid;
      if (f < form) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The syllables the table saw printed as this form, with their counts. */
  seen(form: string): Array<{ syllable: string; count: number }> {
    const f = this.formIndex(form);
    if (f < 0) return [];
    const t = this.tables;
    const out: Array<{ syllable: string; count: number }> = [];
    for (let e = t.formStart[f]!; e < t.formStart[f + 1]!; e++) {
      out.push({ syllable: t.syllables[t.entrySyllable[e]!]!, count: t.entryCount[e]! });
    }
    return out;
  }

  candidates(observed: string): readonly Candidate[] {
    const form = observed.normalize('NFC').toLowerCase();
    let hit = this.memo.get(form);
    if (hit === undefined) {
      hit = this.compute(form);
      this.memo.set(form, hit);
    }
    return hit;
  }

  /**
   * False when no candidate of `observed` can have a log-probability of at
   * least `logp` (so candidates(observed)[0] is below it or absent); true
   * when one may. A form the table never saw has no token counts, so
   * P(o | s) = β · P_edit(o | s) / (c(s) + β) ≤ P_edit(o | s): its best
   * candidate is at most the cheapest edit cost, which a walk bounded by
   * −logp settles without building the list.
   */
  mayReach(observed: string, logp: number): boolean {
    const form = observed.normalize('NFC').toLowerCase();
    const hit = this.memo.get(form);
    if (hit !== undefined) return (hit[0]?.logp ?? -Infinity) >= logp;
    if (this.formIndex(form) >= 0) return true;
    if (this.beyondEveryReading(form)) return false;
    // The slack covers the rounding of log(β · exp(−cost) / β) against −cost.
    const bound = Math.min(this.tables.params.ceiling, -logp + 1e-9);
    return this.trie.reaches(this.edit.forObserved(form), bound);
  }

  /**
   * Whether no syllable reads as `form` within the cost ceiling, by its
   * length alone: a syllable prints at most two characters per letter, so
   * every character past twice the longest syllable is an insertion, each
   * costing at least the cheapest one. Decides a long run of junk (a
   * megabyte of "XIV") without an edit table as wide as the run.
   */
  private beyondEveryReading(form: string): boolean {
    const most = 2 * this.trie.maxDepth;
    // Characters are never more than code units: a form short in units needs no count (the common case, on a hot path).
    if (form.length <= most) return false;
    const extra = [...form].length - most;
    return extra > 0 && extra * this.edit.minInsert > this.tables.params.ceiling;
  }

  /** The stored list for a form of the table, else a search. */
  private compute(form: string): Candidate[] {
    const t = this.tables;
    const f = this.formIndex(form);
    if (f < 0 || t.candStart[f + 1] === t.candStart[f]) return this.search(form);
    const out: Candidate[] = [];
    for (let k = t.candStart[f]!; k < t.candStart[f + 1]!; k++) {
      out.push({ syllable: t.syllables[t.candSyllable[k]!]!, logp: -t.candCost[k]! / COST_SCALE });
    }
    return out;
  }

  /** Candidates from the token counts and the edit model, best first (what the build stores for table forms). */
  search(form: string): Candidate[] {
    const t = this.tables;
    const { beta, margin, ceiling, limit } = t.params;
    const f = this.formIndex(form);
    // A form the table never saw gets only what the trie finds below the ceiling.
    if (f < 0 && this.beyondEveryReading(form)) return [];
    const costs = this.edit.forObserved(form);
    const counts = new Map<number, number>();
    if (f >= 0) {
      for (let e = t.formStart[f]!; e < t.formStart[f + 1]!; e++) counts.set(t.entrySyllable[e]!, t.entryCount[e]!);
    }
    // The syllables the table saw as this form are costed first: the best of them bounds the trie search.
    const editCost = new Map<number, number>();
    let seed = Infinity;
    for (const s of counts.keys()) {
      const c = this.edit.cost(form, t.syllables[s]!);
      editCost.set(s, c);
      if (c < seed) seed = c;
    }
    for (const h of this.trie.search(costs, margin, ceiling, limit, seed)) editCost.set(h.index, h.cost);
    const out: Candidate[] = [];
    for (const [s, cost] of editCost) {
      const p = ((counts.get(s) ?? 0) + beta * Math.exp(-cost)) / (t.syllableCount[s]! + beta);
      out.push({ syllable: t.syllables[s]!, logp: Math.log(p) });
    }
    out.sort((a, b) => b.logp - a.logp || (a.syllable < b.syllable ? -1 : a.syllable > b.syllable ? 1 : 0));
    return out.slice(0, limit);
  }
}
