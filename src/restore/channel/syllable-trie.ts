/**
 * The syllable inventory as a character trie, searched with the edit model:
 * a depth-first walk carries one row of the edit table per trie node, so a
 * prefix shared by many syllables is costed once, and a subtree is skipped as
 * soon as its row's cheapest cell is past the bound (costs only grow).
 */
import type { EditModel, ObservedCosts } from './edit-model.js';

export interface TrieHit {
  /** Index of the syllable in the inventory the trie was built from. */
  index: number;
  /** −log P(observed | syllable) under the edit model. */
  cost: number;
}

export class SyllableTrie {
  /** Per node: its character, that character's index in the edit model (-1: unknown), first child, next sibling, syllable. */
  private readonly chars: string[];
  private readonly charIndex: Int32Array;
  private readonly firstChild: Int32Array;
  private readonly nextSibling: Int32Array;
  private readonly terminal: Int32Array;
  /** Characters of the longest syllable. */
  readonly maxDepth: number;

  constructor(syllables: readonly string[], model: EditModel) {
    const chars = [''];
    const children: number[][] = [[]];
    const terminal = [-1];
    let maxDepth = 0;
    syllables.forEach((syllable, index) => {
      let node = 0;
      let depth = 0;
      for (const ch of syllable) {
        depth++;
        let next = children[node]!.find((c) => chars[c] === ch);
        if (next === undefined) {
          next = chars.length;
          chars.push(ch);
          children.push([]);
          terminal.push(-1);
          children[node]!.push(next);
        }
        node = next;
      }
      terminal[node] = index;
      maxDepth = Math.max(maxDepth, depth);
    });
    this.chars = chars;
    this.charIndex = Int32Array.from(chars, (ch) => (ch === '' ? -1 : model.charIndex(ch)));
    this.firstChild = new Int32Array(chars.length).fill(-1);
    this.nextSibling = new Int32Array(chars.length).fill(-1);
    children.forEach((list, node) => {
      for (let k = list.length - 1; k >= 0; k--) {
        this.nextSibling[list[k]!] = this.firstChild[node]!;
        this.firstChild[node] = list[k]!;
      }
    });
    this.terminal = Int32Array.from(terminal);
    this.maxDepth = maxDepth;
  }

  /**
   * Syllables whose cost is within `margin` of the best found (or of `seed`,
   * a cost already known to be reachable) and below `ceiling`, cheapest first
   * (inventory order breaks ties), at most `limit` of them.
   */
  search(costs: ObservedCosts, margin: number, ceiling: number, limit: number, seed = Infinity): TrieHit[] {
    const rows: Float64Array[] = [costs.firstRow()];
    for (let d = 1; d <= this.maxDepth; d++) rows.push(new Float64Array(costs.length + 1));
    const hitIndex: number[] = [];
    const hitCost: number[] = [];
    let best = seed;
    const last = costs.length;
    const walk = (node: number, depth: number): void => {
      const prev = rows[depth]!;
      const row = rows[depth + 1]!;
      for (let child = this.firstChild[node]!; child >= 0; child = this.nextSibling[child]!) {
        const x = this.charIndex[child]!;
        const min = x >= 0 ? costs.nextRowAt(prev, x, row) : costs.nextRow(prev, this.chars[child]!, row);
        const bound = Math.min(ceiling, best + margin);
        if (min > bound) continue;
        const index = this.terminal[child]!;
        const end = row[last]!;
        if (index >= 0 && end <= bound) {
          hitIndex.push(index);
          hitCost.push(end);
          if (end < best) best = end;
        }
        if (this.firstChild[child]! >= 0) walk(child, depth + 1);
      }
    };
    walk(0, 0);
    const bound = Math.min(ceiling, best + margin);
    const hits: TrieHit[] = [];
    for (let k = 0; k < hitIndex.length; k++) if (hitCost[k]! <= bound) hits.push({ index: hitIndex[k]!, cost: hitCost[k]! });
    return hits.sort((a, b) => a.cost - b.cost || a.index - b.index).slice(0, limit);
  }

  /**
   * Whether some syllable costs at most `bound`: the question of a caller that
   * only needs to know if the best reading is good enough. The walk stops at
   * the first such syllable and never widens its bound, so a tight bound
   * prunes nearly everything.
   */
  reaches(costs: ObservedCosts, bound: number): boolean {
    const rows: Float64Array[] = [costs.firstRow()];
    for (let d = 1; d <= this.maxDepth; d++) rows.push(new Float64Array(costs.length + 1));
    const last = costs.length;
    const walk = (node: number, depth: number): boolean => {
      const prev = rows[depth]!;
      const row = rows[depth + 1]!;
      for (let child = this.firstChild[node]!; child >= 0; child = this.nextSibling[child]!) {
        const x = this.charIndex[child]!;
        const min = x >= 0 ? costs.nextRowAt(prev, x, row) : costs.nextRow(prev, this.chars[child]!, row);
        if (min > bound) continue;
        if (this.terminal[child]! >= 0 && row[last]! <= bound) return true;
        if (this.firstChild[child]! >= 0 && walk(child, depth + 1)) return true;
      }
      return false;
    };
    return walk(0, 0);
  }
}
