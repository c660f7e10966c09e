/**
 * The syllable inventory as a character trie, searched with the edit model:
 * a depth-first walk carries one row of the edit table per trie node, so a
 * prefix shared by many syllables is costed once, and a subtree is skipped as
 * soon as its row's cheapest cell is past the bound (costs only grow).
 */
import type { ObservedCosts } from './edit-model.js';

export interface TrieHit {
  /** Index of the syllable in the inventory the trie was built from. */
  index: number;
  /** −log P(observed | syllable) under the edit model. */
  cost: number;
}

export class SyllableTrie {
  private readonly chars: string[] = [''];
  private readonly children: number[][] = [[]];
  private readonly terminal: number[] = [-1];
  private maxDepth = 0;

  constructor(syllables: readonly string[]) {
    syllables.forEach((s, index) => this.add(s, index));
  }

  private add(syllable: string, index: number): void {
    let node = 0;
    let depth = 0;
    for (const ch of syllable) {
      depth++;
      let next = this.children[node]!.find((c) => this.chars[c] === ch);
      if (next === undefined) {
        next = this.chars.length;
        this.chars.push(ch);
        this.children.push([]);
        this.terminal.push(-1);
        this.children[node]!.push(next);
      }
      node = next;
    }
    this.terminal[node] = index;
    this.maxDepth = Math.max(this.maxDepth, depth);
  }

  /**
   * Syllables whose cost is within `margin` of the best found and below `ceiling`,
   * cheapest first (inventory order breaks ties), at most `limit` of them.
   */
  search(costs: ObservedCosts, margin: number, ceiling: number, limit: number): TrieHit[] {
    const rows: Float64Array[] = [costs.firstRow()];
    for (let d = 1; d <= this.maxDepth; d++) rows.push(new Float64Array(costs.length + 1));
    const hits: TrieHit[] = [];
    let best = Infinity;
    const last = costs.length;
    const walk = (node: number, depth: number): void => {
      for (const child of this.children[node]!) {
        const row = rows[depth + 1]!;
        const min = costs.nextRow(rows[depth]!, this.chars[child]!, row);
        const bound = Math.min(ceiling, best + margin);
        if (min > bound) continue;
        const index = this.terminal[child]!;
        if (index >= 0 && row[last]! <= bound) {
          hits.push({ index, cost: row[last]! });
          if (row[last]! < best) best = row[last]!;
        }
        walk(child, depth + 1);
      }
    };
    walk(0, 0);
    const bound = Math.min(ceiling, best + margin);
    return hits
      .filter((h) => h.cost <= bound)
      .sort((a, b) => a.cost - b.cost || a.index - b.index)
      .slice(0, limit);
  }
}
