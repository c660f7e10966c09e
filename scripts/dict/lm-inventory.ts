/**
 * dict/syllables.tsv: the syllable inventory, one canonical syllable per line
 * with its count in the training text, in code-point order. The restorer reads
 * the inventory from the language model's vocabulary; this file is for the
 * channel build and for people.
 */
import { sentencesOf } from '../../src/restore/lm/units.js';
import { isWellFormedSyllable } from '../../src/restore/syllable.js';
import type { TrainingText } from './lm-corpus.js';

export function buildInventory(texts: readonly TrainingText[]): string {
  const counts = new Map<string, number>();
  for (const t of texts) {
    for (const sentence of sentencesOf(t.text, () => false, t.linesAreParagraphs)) {
      for (const unit of sentence) {
        if (isWellFormedSyllable(unit)) counts.set(unit, (counts.get(unit) ?? 0) + t.weight);
      }
    }
  }
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([unit, c]) => `${unit}\t${c}\n`)
    .join('');
}
