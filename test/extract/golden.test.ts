/**
 * Golden extraction fixtures (fixtures/NNN.expected.json): the full pipeline
 * (parseFile) on each seed, scored by bench/extract-score.ts, must not fall
 * below the F1 measured when the floors were last raised (a ratchet: each
 * floor is the measured F1 rounded down to two decimals), and the header
 * fields must be exact. Raise the floors when extraction improves; never
 * lower them to make a change pass.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parsedSeed } from '../helpers/parsed-seeds.js';
import {
  ENTITY_TYPES,
  SEEDS,
  loadFixture,
  prf,
  scoreDocument,
  sumCounts,
  FLOOR_SLACK,
  type EntityType,
  type Floors,
  type HeaderField,
  type SeedScore,
} from '../../bench/extract-score.js';

const FLOORS: Record<(typeof SEEDS)[number] | 'all', Floors> = {
  '000': { references: 1, deadlines: 0.97, lead: 1, partners: 0.66 },
  '001': { references: 1, deadlines: 1, lead: 1, partners: 1 },
  '002': { references: 1, deadlines: 0.77, lead: 0.89, partners: 0.82 },
  '003': { references: 0.98, deadlines: 0.98, lead: 1, partners: 1 },
  '004': { references: 1, deadlines: 1, lead: 1, partners: 0.85 },
  all: { references: 0.99, deadlines: 0.98, lead: 0.99, partners: 0.89 },
};

/** Header fields still allowed to differ from the fixture; shrinks to nothing. */
const HEADER_PENDING: Record<(typeof SEEDS)[number], HeaderField[]> = {
  '000': [],
  '001': [],
  '002': [],
  '003': [],
  '004': [],
};

const scores = new Map<string, SeedScore>();

beforeAll(async () => {
  for (const seed of SEEDS) {
    const fixture = loadFixture(seed);
    const { document } = await parsedSeed(fixture.seed);
    scores.set(seed, scoreDocument(fixture, document));
  }
});

describe.each(SEEDS)('extraction on seed %s', (seed) => {
  it.each(ENTITY_TYPES)('%s F1 holds its floor', (type) => {
    const score = scores.get(seed)!;
    const { f1 } = prf(score.counts[type]);
    const floor = FLOORS[seed][type];
    const related = score.diffs.filter((d) => d.includes(type === 'references' ? 'reference' : type.replace(/s$/u, '')));
    expect(f1, `F1 ${f1.toFixed(3)} fell below ${floor}; differences:\n${related.join('\n')}`).toBeGreaterThanOrEqual(floor - FLOOR_SLACK);
  });

  it('reads the header fields exactly', () => {
    const score = scores.get(seed)!;
    const wrong = score.headerMismatches.filter((m) => !HEADER_PENDING[seed].includes(m.field));
    expect(wrong).toEqual([]);
  });
});

describe('extraction over all seeds', () => {
  it.each(ENTITY_TYPES)('%s F1 holds its floor', (type) => {
    const { f1 } = prf(sumCounts([...scores.values()], type));
    expect(f1).toBeGreaterThanOrEqual(FLOORS.all[type] - FLOOR_SLACK);
  });
});
