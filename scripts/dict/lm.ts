/**
 * Builds dict/lm.bin: the syllable vocabulary and a Kneser-Ney n-gram model
 * over it, from the training texts. Pure apart from the caller's I/O.
 */
import { estimateKneserNey } from './kneser-ney.js';
import { encodeLm } from '../../src/restore/lm/format.js';
import { BOS, EOS, SPECIAL_UNITS, UNK, sentencesOf } from '../../src/restore/lm/units.js';
import { isWellFormedSyllable } from '../../src/restore/syllable.js';
import type { TrainingText } from './lm-corpus.js';

export interface LmBuildOptions {
  order: number;
  /** Words that are not syllables (acronyms, foreign words) enter the vocabulary from this many occurrences. */
  minOtherCount: number;
  /** Per order, the fewest occurrences an n-gram needs to be stored. */
  minCount: number[];
}

export const DEFAULT_LM_OPTIONS: LmBuildOptions = { order: 4, minOtherCount: 3, minCount: [1, 1, 1, 2] };

const LETTERS_ONLY = /^\p{L}+$/u;

/** Sentences of units for every text, each repeated by its weight. */
function allSentences(texts: readonly TrainingText[], keep: (form: string) => boolean): string[][] {
  const out: string[][] = [];
  for (const t of texts) {
    const sentences = sentencesOf(t.text, keep, t.linesAreParagraphs);
    for (let k = 0; k < t.weight; k++) out.push(...sentences);
  }
  return out;
}

/** The vocabulary: special units, then every syllable and frequent other word, in code-point order. */
export function buildVocabulary(texts: readonly TrainingText[], minOtherCount: number): string[] {
  const counts = new Map<string, number>();
  for (const sentence of allSentences(texts, (form) => LETTERS_ONLY.test(form))) {
    for (const unit of sentence) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  const special = new Set<string>(SPECIAL_UNITS);
  const words = [...counts]
    .filter(([unit, c]) => !special.has(unit) && (isWellFormedSyllable(unit) || c >= minOtherCount))
    .map(([unit]) => unit)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...SPECIAL_UNITS, ...words];
}

export function buildLm(texts: readonly TrainingText[], options: LmBuildOptions = DEFAULT_LM_OPTIONS): Buffer {
  const vocab = buildVocabulary(texts, options.minOtherCount);
  const ids = new Map(vocab.map((unit, id) => [unit, id]));
  const unk = ids.get(UNK)!;
  const sentences = allSentences(texts, (form) => ids.has(form)).map((s) =>
    Int32Array.from(s, (unit) => ids.get(unit) ?? unk),
  );
  const model = estimateKneserNey(sentences, {
    order: options.order,
    vocabSize: vocab.length,
    bos: ids.get(BOS)!,
    eos: ids.get(EOS)!,
    minCount: options.minCount,
  });
  return encodeLm(model, vocab);
}
