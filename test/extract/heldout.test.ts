/**
 * The held-out extraction set (fixtures/heldout/): the full pipeline (parseFile)
 * on every text, clean and garbled by ocr-sim at medium and heavy severity,
 * scored by bench/extract-score.ts against NAME.expected.json. Ratchet floors:
 * each is the F1 measured when the floors were last set, rounded down to two
 * decimals (fixtures/heldout/RESULTS.md). Clean texts hold per file and over all
 * files, the garbled versions over all files (one file's score moves with the
 * restorer; the sum is what must not fall). Raise the floors when extraction
 * improves; never lower them to make a change pass, and never tune on these
 * texts (fixtures/heldout/README.md).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ENTITY_TYPES,
  HEADER_FIELDS,
  HELDOUT_VARIANTS,
  heldoutNames,
  prf,
  scoreHeldout,
  sumCounts,
  FLOOR_SLACK,
  type EntityType,
  type Floors,
  type HeldoutVariant,
  type SeedScore,
} from '../../bench/extract-score.js';

const CLEAN_FLOORS: Record<string, Floors> = {
  'an-giang-kh-ubnd': { references: 1, deadlines: 0.89, lead: 0.93, partners: 0.66 },
  'dong-thap-qd-ubnd': { references: 1, deadlines: 0.94, lead: 0.83, partners: 0.66 },
  'gia-lai-cv-ubnd': { references: 1, deadlines: 1, lead: 1, partners: 1 },
  'ha-noi-kh-phuong': { references: 1, deadlines: 0.9, lead: 0.87, partners: 1 },
  'lam-dong-xa-ctr': { references: 1, deadlines: 0.94, lead: 0.81, partners: 0.66 },
  'nghe-an-kh-tu': { references: 1, deadlines: 0.94, lead: 1, partners: 1 },
  'phu-tho-tb-tu': { references: 1, deadlines: 0.85, lead: 0.66, partners: 0.8 },
  'quang-ninh-ct-tu': { references: 1, deadlines: 1, lead: 1, partners: 1 },
  'thai-nguyen-kh-snv': { references: 0.66, deadlines: 1, lead: 0.66, partners: 1 },
};

const ALL_FLOORS: Record<HeldoutVariant, Floors> = {
  clean: { references: 0.99, deadlines: 0.96, lead: 0.96, partners: 0.89 },
  medium: { references: 0.92, deadlines: 0.86, lead: 0.82, partners: 0.68 },
  heavy: { references: 0.87, deadlines: 0.86, lead: 0.84, partners: 0.68 },
};

/** Header fields read exactly, summed over the files (clean: every field of every file). */
const HEADER_FLOORS: Record<HeldoutVariant, number> = { clean: 72, medium: 68, heavy: 68 };

const scores = new Map<HeldoutVariant, SeedScore[]>();

beforeAll(async () => {
  for (const variant of HELDOUT_VARIANTS) scores.set(variant, await scoreHeldout(variant));
});

const differences = (score: SeedScore, type: EntityType) =>
  score.diffs.filter((d) => d.includes(type === 'references' ? 'reference' : type.replace(/s$/u, ''))).join('\n');

describe('the held-out set', () => {
  it('has a floor for every clean text and every text for a floor', () => {
    expect(Object.keys(CLEAN_FLOORS).sort()).toEqual(heldoutNames());
  });
});

// A floor of 0 could not fail: such types are left to the floor over all files until they score.
describe.each(Object.keys(CLEAN_FLOORS))('held-out extraction on clean %s', (name) => {
  it.each(ENTITY_TYPES.filter((t) => CLEAN_FLOORS[name]![t] > 0))('%s F1 holds its floor', (type) => {
    const score = scores.get('clean')!.find((s) => s.seed === name)!;
    const { f1 } = prf(score.counts[type]);
    const floor = CLEAN_FLOORS[name]![type];
    expect(f1, `F1 ${f1.toFixed(3)} fell below ${floor}; differences:\n${differences(score, type)}`).toBeGreaterThanOrEqual(floor - FLOOR_SLACK);
  });
});

describe.each(HELDOUT_VARIANTS)('held-out extraction over all %s texts', (variant) => {
  it.each(ENTITY_TYPES)('%s F1 holds its floor', (type) => {
    const list = scores.get(variant)!;
    const { f1 } = prf(sumCounts(list, type));
    const floor = ALL_FLOORS[variant][type];
    const diffs = list.map((s) => `${s.seed}:\n${differences(s, type)}`).join('\n');
    expect(f1, `F1 ${f1.toFixed(3)} fell below ${floor}; differences:\n${diffs}`).toBeGreaterThanOrEqual(floor - FLOOR_SLACK);
  });

  it('reads as many header fields exactly as before', () => {
    const list = scores.get(variant)!;
    const exact = list.reduce((n, s) => n + HEADER_FIELDS.length - s.headerMismatches.length, 0);
    const wrong = list.flatMap((s) => s.headerMismatches.map((m) => `${s.seed} ${m.field}: ${JSON.stringify(m.actual)}, want ${JSON.stringify(m.expected)}`));
    expect(exact, wrong.join('\n')).toBeGreaterThanOrEqual(HEADER_FLOORS[variant]);
  });
});
