/**
 * The development corpus of real directives (fixtures/corpus/, GOLD.md): the whole pipeline on
 * every document as found (Markdown), as plain text and through ocr-sim, scored by
 * bench/corpus-score.ts. Ratchet floors: the F1 measured when they were last set, rounded down
 * (to 0.01 for the clean versions, and one hundredth lower for the OCR'd ones, whose figures move with the restorer; fixtures/corpus/RESULTS.md). The
 * OCR'd set grows as scripts/corpus/make-variants.sh is run: set its floors again when it does. Raise them when extraction improves; never lower them
 * to let a change pass.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FLOOR_SLACK } from '../../bench/extract-score.js';
import { CORPUS_TYPES, CORPUS_VARIANTS, scoreCorpus, summarise, type CorpusScore, type CorpusSummary, type CorpusType, type CorpusVariant } from '../../bench/corpus-score.js';

type Floors = Record<CorpusType, number> & { header: number; tasksWithin: number };

const FLOORS: Record<CorpusVariant, Floors> = {
  md: { references: 0.97, deadlines: 0.94, lead: 0.81, partners: 0.82, header: 0.98, tasksWithin: 0.81 },
  txt: { references: 0.97, deadlines: 0.95, lead: 0.81, partners: 0.83, header: 0.98, tasksWithin: 0.86 },
  medium: { references: 0.93, deadlines: 0.9, lead: 0.73, partners: 0.74, header: 0.94, tasksWithin: 0.69 },
  heavy: { references: 0.9, deadlines: 0.87, lead: 0.71, partners: 0.73, header: 0.92, tasksWithin: 0.59 },
};

const scores = new Map<CorpusVariant, CorpusScore[]>();
const summaries = new Map<CorpusVariant, CorpusSummary>();

beforeAll(async () => {
  for (const variant of CORPUS_VARIANTS) {
    const list = await scoreCorpus(variant);
    scores.set(variant, list);
    summaries.set(variant, summarise(list));
  }
});

const differences = (variant: CorpusVariant, type: string) =>
  scores
    .get(variant)!
    .map((s) => `${s.name}: ${s.diffs.filter((d) => d.startsWith(type)).join('; ')}`)
    .filter((line) => !line.endsWith(': '))
    .join('\n');

describe.each(CORPUS_VARIANTS)('extraction on the real directives, %s', (variant) => {
  it('has documents to score', () => {
    expect(summaries.get(variant)!.documents).toBeGreaterThan(variant === 'md' || variant === 'txt' ? 40 : 5);
  });

  it.each(CORPUS_TYPES)('%s F1 holds its floor', (type) => {
    const f1 = summaries.get(variant)!.f1[type];
    const floor = FLOORS[variant][type];
    const label = type === 'references' ? 'reference' : type.replace(/s$/u, '');
    expect(f1, `F1 ${f1.toFixed(3)} fell below ${floor}; differences:\n${differences(variant, label)}`).toBeGreaterThanOrEqual(floor - FLOOR_SLACK);
  });

  it('reads the header fields and finds the tasks as before', () => {
    const s = summaries.get(variant)!;
    expect(s.header, differences(variant, 'header')).toBeGreaterThanOrEqual(FLOORS[variant].header - FLOOR_SLACK);
    expect(s.tasksWithin, differences(variant, 'tasks')).toBeGreaterThanOrEqual(FLOORS[variant].tasksWithin - FLOOR_SLACK);
  });
});
