/**
 * Scoring of the development corpus (fixtures/corpus/, rules in its GOLD.md): document-level
 * sets, so a gold file states what a document says without predicting the tool's task ids.
 * References by id, deadlines by value, lead and partner agencies by folded name, each once per
 * document; header id, type and date exactly; the task count within ±10 %.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../src/index.js';
import type { DirectiveDocument, Task } from '../src/types.js';
import { REPO, foldName, namesBySuffix, prf, sumCounts, type Counts } from './extract-score.js';

export const CORPUS_DIR = join(REPO, 'fixtures', 'corpus');
/** `md` is the source as found; `txt` its plain text; the others that text through ocr-sim. */
export const CORPUS_VARIANTS = ['md', 'txt', 'medium', 'heavy'] as const;
export type CorpusVariant = (typeof CORPUS_VARIANTS)[number];
export const CORPUS_TYPES = ['references', 'deadlines', 'lead', 'partners'] as const;
export type CorpusType = (typeof CORPUS_TYPES)[number];
export const CORPUS_HEADER = ['id', 'type', 'date'] as const;
export type CorpusHeaderField = (typeof CORPUS_HEADER)[number];

export interface GoldDeadline {
  kind: string;
  due: string | null;
  start: string | null;
  recurrence: string | null;
  text?: string;
}

export interface Gold {
  name: string;
  issuerKind: string;
  source: { repo: string; path: string; commit: string };
  header: Record<CorpusHeaderField, string | null> & { number?: string | null; symbol?: string | null };
  tasks: number;
  references: string[];
  deadlines: GoldDeadline[];
  lead: string[];
  partners: string[];
  notes?: string[];
}

export interface CorpusScore {
  name: string;
  issuerKind: string;
  counts: Record<CorpusType, Counts>;
  header: { exact: number; of: number; mismatches: string[] };
  tasks: { gold: number; found: number; within: boolean };
  diffs: string[];
}

export function corpusNames(): string[] {
  return namesBySuffix(CORPUS_DIR, '.gold.json');
}

export function loadGold(name: string): Gold {
  return JSON.parse(readFileSync(join(CORPUS_DIR, `${name}.gold.json`), 'utf8')) as Gold;
}

export function corpusPath(name: string, variant: CorpusVariant): string {
  if (variant === 'md') return join(CORPUS_DIR, `${name}.md`);
  if (variant === 'txt') return join(CORPUS_DIR, `${name}.txt`);
  return join(CORPUS_DIR, `${name}.${variant}.txt`);
}

const idKey = (id: string) => id.normalize('NFC').replace(/\s+/gu, '').toUpperCase();

const deadlineKey = (d: GoldDeadline) => {
  const value = `${d.due ?? '-'}|${d.start ?? '-'}|${d.recurrence ?? '-'}`;
  return d.kind === 'relative' || d.kind === 'conditional' ? `${d.kind}|${value}` : value;
};

/** Set comparison: each distinct value once. */
function compareSets(expected: Iterable<string>, actual: Iterable<string>, counts: Counts, label: string, diffs: string[]): void {
  const want = new Set(expected);
  const got = new Set(actual);
  for (const a of got) {
    if (want.has(a)) counts.tp++;
    else {
      counts.fp++;
      diffs.push(`${label}: spurious ${a}`);
    }
  }
  for (const e of want) {
    if (got.has(e)) continue;
    counts.fn++;
    diffs.push(`${label}: missed ${e}`);
  }
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function scoreCorpusDocument(gold: Gold, document: DirectiveDocument): CorpusScore {
  const counts = { references: zero(), deadlines: zero(), lead: zero(), partners: zero() } as Record<CorpusType, Counts>;
  const diffs: string[] = [];
  const own = document.header.id === null ? null : idKey(document.header.id);
  compareSets(
    gold.references.map(idKey),
    document.references.filter((r) => r.kind === 'numbered').map((r) => idKey(r.id)).filter((id) => id !== own),
    counts.references,
    'reference',
    diffs,
  );
  const tasks = document.tasks;
  compareSets(gold.deadlines.map(deadlineKey), tasks.flatMap((t) => t.deadlines.map(deadlineKey)), counts.deadlines, 'deadline', diffs);
  compareSets(gold.lead.map(foldName), tasks.flatMap((t) => t.lead.map((a) => foldName(a.canonical))), counts.lead, 'lead', diffs);
  compareSets(gold.partners.map(foldName), tasks.flatMap((t) => t.partners.map((a) => foldName(a.canonical))), counts.partners, 'partner', diffs);

  const mismatches: string[] = [];
  for (const field of CORPUS_HEADER) {
    const want = gold.header[field] ?? null;
    const got = (document.header[field] as string | null) ?? null;
    const same = field === 'id' && want !== null && got !== null ? idKey(want) === idKey(got) : want === got;
    if (!same) mismatches.push(`${field}=${JSON.stringify(got)} (want ${JSON.stringify(want)})`);
  }
  for (const m of mismatches) diffs.push(`header ${m}`);
  const found = finestTasks(tasks);
  const within = Math.abs(found - gold.tasks) <= Math.max(1, Math.round(gold.tasks * 0.1));
  if (!within) diffs.push(`tasks: found ${found}, gold ${gold.tasks}`);
  return {
    name: gold.name,
    issuerKind: gold.issuerKind,
    counts,
    header: { exact: CORPUS_HEADER.length - mismatches.length, of: CORPUS_HEADER.length, mismatches },
    tasks: { gold: gold.tasks, found, within },
    diffs,
  };
}

/**
 * Tasks at the finest level, as GOLD.md counts them: an item that introduces tasks of its own
 * ("b) Các Bộ … khẩn trương khắc phục …, cụ thể:" over (1)–(4)) is output as a task too, since
 * its sub-tasks inherit its lead and deadline, but is not counted beside them.
 */
export function finestTasks(tasks: readonly Task[]): number {
  const paths = new Set(tasks.filter((t) => t.source === 'section').map((t) => t.sectionPath.join('/')));
  let parents = 0;
  for (const p of paths) {
    for (const q of paths) {
      if (q.length > p.length && q.startsWith(`${p}/`)) {
        parents++;
        break;
      }
    }
  }
  return tasks.length - parents;
}

/** One version of every corpus document through the whole pipeline, scored. */
export async function scoreCorpus(variant: CorpusVariant, names: readonly string[] = corpusNames()): Promise<CorpusScore[]> {
  const out: CorpusScore[] = [];
  for (const name of names) {
    // OCR'd variants are made by scripts/corpus/make-variants.sh; a document not yet through it is left out.
    if (!existsSync(corpusPath(name, variant))) continue;
    const { document } = await parseFile(corpusPath(name, variant));
    out.push(scoreCorpusDocument(loadGold(name), document));
  }
  return out;
}

export function totals(scores: readonly CorpusScore[], type: CorpusType): Counts {
  return sumCounts(scores, type);
}

export interface CorpusSummary {
  f1: Record<CorpusType, number>;
  header: number;
  tasksWithin: number;
  documents: number;
}

export function summarise(scores: readonly CorpusScore[]): CorpusSummary {
  const f1 = Object.fromEntries(CORPUS_TYPES.map((t) => [t, prf(totals(scores, t)).f1])) as Record<CorpusType, number>;
  const exact = scores.reduce((n, s) => n + s.header.exact, 0);
  const of = scores.reduce((n, s) => n + s.header.of, 0);
  const within = scores.filter((s) => s.tasks.within).length;
  return { f1, header: of === 0 ? 1 : exact / of, tasksWithin: scores.length === 0 ? 1 : within / scores.length, documents: scores.length };
}
