/**
 * The structure fixtures (fixtures/structure/NAME.json) against the full
 * pipeline on the raw seeds: restoration, then segmentation, as a user runs
 * it. structure.test.ts checks the segmenter alone on clean text, headings
 * word for word; here the garbled scans must still give the same skeleton:
 * every header field but the free-text subject, the outline's ids and which items carry a heading, the
 * task counts, preamble and closing, footnotes, how many recipients, and who
 * signs for whom. Names and headings are restored text and may differ in a
 * letter, so they are compared in structure.test.ts only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsedSeed } from '../helpers/parsed-seeds.js';
import { summarise, type StructureSummary } from './outline.js';
import type { BlockNode } from '../../src/tree.js';
import { REPO } from './helpers.js';

interface Fixture {
  seed: string;
  header: Record<string, string | null>;
  outline: Array<[string, string | null]>;
  tasks: { sections: number; table?: number };
  preamble: number;
  closing: number;
  footnotes: string[];
  recipients: { to: number; cc: number };
  signature: Record<string, string | null> | null;
  tables: Array<{ id: string }>;
}

const NAMES = ['000', '001', '002', '003', '004'];
const results = new Map<string, { fixture: Fixture; actual: StructureSummary }>();

beforeAll(async () => {
  for (const name of NAMES) {
    const fixture = JSON.parse(readFileSync(join(REPO, 'fixtures', 'structure', `${name}.json`), 'utf8')) as Fixture;
    const { tree } = await parsedSeed(fixture.seed);
    results.set(name, { fixture, actual: summarise(tree.children as BlockNode[]) });
  }
});

describe.each(NAMES)('restored seed %s', (name) => {
  const get = () => results.get(name)!;

  it('reads every header field but the subject (free text, compared in structure.test.ts)', () => {
    const { fixture, actual } = get();
    const fields = Object.keys(fixture.header).filter((k) => k !== 'subject');
    const pick = (h: Record<string, unknown> | null) => Object.fromEntries(fields.map((k) => [k, h?.[k] ?? null]));
    expect(pick(actual.header)).toEqual(pick(fixture.header));
  });

  it('builds the section outline', () => {
    const { fixture, actual } = get();
    const shape = (o: Array<[string, string | null]>) => o.map(([id, heading]) => `${id}${heading === null ? '' : ' (heading)'}`);
    expect(shape(actual.outline)).toEqual(shape(fixture.outline));
  });

  it('finds the tasks, preamble, closing and footnotes', () => {
    const { fixture, actual } = get();
    expect(actual.taskIds.length).toBe(fixture.tasks.sections);
    if (fixture.tasks.table !== undefined) expect(actual.tableTasks).toBe(fixture.tasks.table);
    expect([actual.preamble, actual.closing]).toEqual([fixture.preamble, fixture.closing]);
    expect(actual.footnotes).toEqual(fixture.footnotes);
  });

  it('reads the recipients and who signs for whom', () => {
    const { fixture, actual } = get();
    expect(actual.recipients).toEqual(fixture.recipients);
    const who = (s: Record<string, string | null> | null) => (s ? { authority: s['authority'], onBehalfOf: s['onBehalfOf'] } : null);
    expect(who(actual.signature)).toEqual(who(fixture.signature));
    expect(actual.tables.map((t) => t.id)).toEqual(fixture.tables.map((t) => t.id));
  });
});
