/**
 * Golden structure fixtures (fixtures/structure/NAME.json): the segmenter's
 * header fields, section outline and task counts for the five seeds.
 *
 * This test checks the segmenter alone, on clean text where it can be compared
 * word for word; pipeline-structure.test.ts checks the same fixtures against the
 * full pipeline (restoration included) on the raw seeds. Inputs here:
 * - 000 and 001 run on the hand-corrected gold text (fixtures/restore/NNN.gold.txt),
 *   compared in full;
 * - 004 runs on the seed itself (it is clean), compared in full;
 * - 002 and 003 run on the raw OCR'd seeds, compared on what survives OCR
 *   ("compare": "ocr"): number, symbol, id, type and date; the outline's ids and
 *   which items have a heading; the task count; footnotes; preamble and closing;
 *   the signature's prefix. Their fixtures hold the true Vietnamese headings,
 *   header, recipients and signature, read by hand, for the full comparison later.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarise, type StructureSummary } from './outline.js';
import { segmentLines } from '../../src/segment/segment.js';
import { REPO, toLines } from './helpers.js';

interface Fixture {
  seed: string;
  input: string;
  compare: 'full' | 'ocr';
  header: Record<string, string | null>;
  outline: Array<[string, string | null]>;
  tasks: { sections: number; table?: number };
  preamble: number;
  closing: number;
  footnotes: string[];
  recipients: { to: number; cc: number };
  signature: Record<string, string | null> | null;
  tables: Array<Partial<StructureSummary['tables'][number]>>;
}

const NAMES = ['000', '001', '002', '003', '004'];
const OCR_HEADER_FIELDS = ['number', 'symbol', 'id', 'type', 'date'];

function load(name: string): { fixture: Fixture; actual: StructureSummary } {
  const fixture = JSON.parse(readFileSync(join(REPO, 'fixtures', 'structure', `${name}.json`), 'utf8')) as Fixture;
  const text = readFileSync(join(REPO, fixture.input), 'utf8');
  return { fixture, actual: summarise(segmentLines(toLines(text)).blocks) };
}

describe.each(NAMES)('structure of seed %s', (name) => {
  const { fixture, actual } = load(name);
  const full = fixture.compare === 'full';

  it(`runs on ${fixture.input} (${fixture.compare} comparison)`, () => {
    expect(fixture.seed.startsWith(name)).toBe(true);
  });

  it('reads the header fields', () => {
    const fields = full ? Object.keys(fixture.header) : OCR_HEADER_FIELDS;
    const pick = (h: Record<string, unknown> | null) => Object.fromEntries(fields.map((k) => [k, h?.[k] ?? null]));
    expect(pick(actual.header)).toEqual(pick(fixture.header));
  });

  it('builds the section outline', () => {
    if (full) expect(actual.outline).toEqual(fixture.outline);
    else {
      const shape = (o: Array<[string, string | null]>) => o.map(([id, heading]) => [id, heading !== null]);
      expect(shape(actual.outline)).toEqual(shape(fixture.outline));
    }
  });

  it('finds the tasks', () => {
    expect(actual.taskIds.length).toBe(fixture.tasks.sections);
    if (fixture.tasks.table !== undefined) expect(actual.tableTasks).toBe(fixture.tasks.table);
  });

  it('separates preamble, closing and footnotes', () => {
    expect([actual.preamble, actual.closing]).toEqual([fixture.preamble, fixture.closing]);
    expect(actual.footnotes).toEqual(fixture.footnotes);
  });

  it('reads recipients and signature', () => {
    if (full) {
      expect(actual.recipients).toEqual(fixture.recipients);
      expect(actual.signature).toEqual(fixture.signature);
    } else {
      expect(actual.signature?.authority ?? null).toBe(fixture.signature?.authority ?? null);
    }
  });

  it('finds the tables', () => {
    expect(actual.tables.length).toBe(fixture.tables.length);
    fixture.tables.forEach((expected, k) => {
      const got = actual.tables[k]!;
      const keys = full ? Object.keys(expected) : ['id'];
      for (const key of keys) expect(got[key as keyof typeof got]).toEqual(expected[key as keyof typeof expected]);
    });
  });
});
