/**
 * Scoring extraction output against the golden fixtures (fixtures/NNN.expected.json).
 * The rules are those of fixtures/README.md ("How output is scored"):
 *   - tasks are matched by id; entities of unmatched tasks count as missed or spurious;
 *   - references are document-level, matched by id, correct when kind, type and date agree;
 *   - deadlines per task as multisets of (kind, due, start, recurrence);
 *   - lead and partner agencies per task as sets of folded canonical names;
 *   - the eight header fields exactly.
 * Shared by bench/extract.ts, bench/heldout.ts and their tests (test/extract/golden.test.ts,
 * test/extract/heldout.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFile } from '../src/index.js';
import type { DirectiveDocument } from '../src/types.js';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS = ['000', '001', '002', '003', '004'] as const;
export const ENTITY_TYPES = ['references', 'deadlines', 'lead', 'partners'] as const;
export const HEADER_FIELDS = ['issuer', 'nationalHeading', 'number', 'symbol', 'id', 'type', 'place', 'date'] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

/** The least F1 per entity type a ratchet test accepts. */
export type Floors = Record<EntityType, number>;

/** Floating-point slack for floors: 2/20 computes as 0.09999…, which must still meet a floor of 0.1. */
export const FLOOR_SLACK = 1e-9;
export type HeaderField = (typeof HEADER_FIELDS)[number];

export interface FixtureDeadline {
  kind: string;
  due: string | null;
  start: string | null;
  recurrence: string | null;
  text: string;
}

export interface FixtureTask {
  id: string;
  text: string;
  lead: string[];
  partners: string[];
  deadlines: FixtureDeadline[];
  note?: string;
}

export interface FixtureReference {
  id: string;
  kind: string;
  type: string | null;
  date: string | null;
  issuingBody: string | null;
  note?: string;
}

export interface Fixture {
  seed: string;
  note: string;
  header: Record<HeaderField, string | null>;
  references: FixtureReference[];
  tasks: FixtureTask[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface HeaderResult {
  field: HeaderField;
  expected: string | null;
  actual: string | null;
}

/** One seed's score: counts per entity type, the differing header fields, and what differed. */
export interface SeedScore {
  seed: string;
  counts: Record<EntityType, Counts>;
  headerMismatches: HeaderResult[];
  /** Issuing bodies agreeing / references matched by id. */
  issuingBody: { agree: number; of: number };
  /** Human-readable differences, for the bench's --verbose and for failing tests. */
  diffs: string[];
}

export function loadFixture(seed: string): Fixture {
  return JSON.parse(readFileSync(join(REPO, 'fixtures', `${seed}.expected.json`), 'utf8')) as Fixture;
}

export function seedPath(fixture: Fixture): string {
  return join(REPO, 'seeds', fixture.seed);
}

/**
 * The held-out set (fixtures/heldout/, see its README): texts composed for measuring only, each
 * clean and through ocr-sim at two severities, all three scored against one NAME.expected.json.
 */
export const HELDOUT_DIR = join(REPO, 'fixtures', 'heldout');
export const HELDOUT_VARIANTS = ['clean', 'medium', 'heavy'] as const;
export type HeldoutVariant = (typeof HELDOUT_VARIANTS)[number];

/** The names of a folder's files that end with `suffix`, the suffix cut off, sorted. */
export function namesBySuffix(dir: string, suffix: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .map((f) => f.slice(0, -suffix.length))
    .sort();
}

export function heldoutNames(): string[] {
  return namesBySuffix(HELDOUT_DIR, '.expected.json');
}

export function loadHeldout(name: string): Fixture {
  return loadFixture(join('heldout', name));
}

export function heldoutPath(name: string, variant: HeldoutVariant): string {
  return join(HELDOUT_DIR, variant === 'clean' ? `${name}.txt` : `${name}.${variant}.txt`);
}

/** One version of the held-out texts through the whole pipeline, scored; `seed` is the text's NAME. */
export async function scoreHeldout(variant: HeldoutVariant, names: readonly string[] = heldoutNames()): Promise<SeedScore[]> {
  const out: SeedScore[] = [];
  for (const name of names) {
    const { document } = await parseFile(heldoutPath(name, variant));
    out.push({ ...scoreDocument(loadHeldout(name), document), seed: name });
  }
  return out;
}

/** Folded agency name: lower case, no tone or vowel marks, đ → d, spaces squeezed. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** Multiset comparison: how many of `actual` find a partner in `expected`. */
function compareMultisets(expected: string[], actual: string[], counts: Counts): { missed: string[]; spurious: string[] } {
  const left = new Map<string, number>();
  for (const e of expected) left.set(e, (left.get(e) ?? 0) + 1);
  const spurious: string[] = [];
  for (const a of actual) {
    const n = left.get(a) ?? 0;
    if (n > 0) {
      left.set(a, n - 1);
      counts.tp++;
    } else {
      spurious.push(a);
      counts.fp++;
    }
  }
  const missed: string[] = [];
  for (const [e, n] of left) for (let i = 0; i < n; i++) missed.push(e);
  counts.fn += missed.length;
  return { missed, spurious };
}

const deadlineKey = (d: { kind: string; due: string | null; start: string | null; recurrence: string | null }) =>
  `${d.kind}|${d.due ?? ''}|${d.start ?? ''}|${d.recurrence ?? ''}`;

const referenceKey = (r: { id: string; kind: string; type: string | null; date: string | null }) =>
  `${r.id} [${r.kind}, ${r.type ?? '-'}, ${r.date ?? '-'}]`;

function note(diffs: string[], where: string, type: string, d: { missed: string[]; spurious: string[] }): void {
  for (const m of d.missed) diffs.push(`${where} ${type}: missed ${m}`);
  for (const s of d.spurious) diffs.push(`${where} ${type}: spurious ${s}`);
}

export function scoreDocument(fixture: Fixture, document: DirectiveDocument): SeedScore {
  const counts = { references: zero(), deadlines: zero(), lead: zero(), partners: zero() } as Record<EntityType, Counts>;
  const diffs: string[] = [];

  note(
    diffs,
    'document',
    'reference',
    compareMultisets(fixture.references.map(referenceKey), document.references.map(referenceKey), counts.references),
  );
  const byId = new Map(document.references.map((r) => [r.id, r]));
  let agree = 0;
  let of = 0;
  for (const r of fixture.references) {
    const got = byId.get(r.id);
    if (!got) continue;
    of++;
    if ((got.issuingBody ?? null) === r.issuingBody) agree++;
    else diffs.push(`document reference ${r.id}: issuing body ${got.issuingBody ?? 'null'}, expected ${r.issuingBody ?? 'null'}`);
  }

  const outTasks = new Map(document.tasks.map((t) => [t.id, t]));
  const seen = new Set<string>();
  for (const expected of fixture.tasks) {
    const got = outTasks.get(expected.id);
    seen.add(expected.id);
    if (!got) diffs.push(`task ${expected.id}: not in the output`);
    const where = `task ${expected.id}`;
    note(diffs, where, 'deadline', compareMultisets(expected.deadlines.map(deadlineKey), (got?.deadlines ?? []).map(deadlineKey), counts.deadlines));
    note(diffs, where, 'lead', compareMultisets(uniq(expected.lead.map(foldName)), uniq((got?.lead ?? []).map((a) => foldName(a.canonical))), counts.lead));
    note(
      diffs,
      where,
      'partner',
      compareMultisets(uniq(expected.partners.map(foldName)), uniq((got?.partners ?? []).map((a) => foldName(a.canonical))), counts.partners),
    );
  }
  for (const t of document.tasks) {
    if (seen.has(t.id)) continue;
    diffs.push(`task ${t.id}: not in the fixture`);
    counts.deadlines.fp += t.deadlines.length;
    counts.lead.fp += uniq(t.lead.map((a) => foldName(a.canonical))).length;
    counts.partners.fp += uniq(t.partners.map((a) => foldName(a.canonical))).length;
  }

  const headerMismatches: HeaderResult[] = [];
  for (const field of HEADER_FIELDS) {
    const expected = fixture.header[field];
    const actual = (document.header[field] as string | null) ?? null;
    if (expected !== actual) headerMismatches.push({ field, expected, actual });
  }
  for (const h of headerMismatches) diffs.push(`header ${h.field}: ${JSON.stringify(h.actual)}, expected ${JSON.stringify(h.expected)}`);

  return { seed: fixture.seed.slice(0, 3), counts, headerMismatches, issuingBody: { agree, of }, diffs };
}

function uniq(values: string[]): string[] {
  return [...new Set(values)];
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** The counts of one entity type summed over scored documents (seeds, held-out texts, the corpus). */
export function sumCounts<T extends string>(scores: ReadonlyArray<{ counts: Record<T, Counts> }>, type: T): Counts {
  const out = zero();
  for (const s of scores) {
    out.tp += s.counts[type].tp;
    out.fp += s.counts[type].fp;
    out.fn += s.counts[type].fn;
  }
  return out;
}
