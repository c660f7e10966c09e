/**
 * The document's references from the annotated tree, gathered once: every
 * mention with its input span, one entry per id (in order of first mention),
 * the document's own number left out; and the misprinted ids the tasks must
 * read as the ids they stand for.
 */
import type { HeaderNode, ReferenceHit, Root, TableNode } from '../tree.js';
import type { Mention, Reference } from '../types.js';
import { blockText, type BlockText } from './block-text.js';
import { TableSpans } from './table-spans.js';
import { typeOfCode } from '../vi/codes.js';
import { centralPartyIssuer } from '../vi/symbol-repair.js';
import { append } from '../text/append.js';

interface Located {
  hit: ReferenceHit;
  text: BlockText;
}

function headerHits(node: HeaderNode): Located[] {
  const hits = node.data.references ?? [];
  if (hits.length === 0) return [];
  const text = blockText(node.children);
  return hits.map((hit) => ({ hit, text }));
}

function tableHits(node: TableNode): Located[] {
  const out: Located[] = [];
  const spans = new TableSpans(node);
  const rowEntities = node.data.rowEntities ?? [];
  for (let rowIndex = 0; rowIndex < rowEntities.length; rowIndex++) {
    const row = node.data.table.rows[rowIndex];
    if (!row) continue;
    for (const [key, entities] of Object.entries(rowEntities[rowIndex]!)) {
      if (entities.references.length === 0) continue;
      const cell = key === 'groupTitle' ? (row.groupTitle ?? '') : (row.cells[key] ?? '');
      const text = spans.cell(rowIndex, cell);
      for (const hit of entities.references) out.push({ hit, text });
    }
  }
  return out;
}

function located(nodes: readonly unknown[], out: Located[]): void {
  for (const node of nodes as Root['children']) {
    if (node.type === 'header') append(out, headerHits(node));
    else if (node.type === 'section') located(node.children, out);
    else if (node.type === 'paragraph' || node.type === 'footnote') {
      const entities = node.data.entities;
      if (!entities) continue;
      const text = blockText(node.children, node.data.text);
      for (const hit of entities.references) out.push({ hit, text });
    } else if (node.type === 'table') append(out, tableHits(node));
  }
}

/** The value stated most often (first stated on a tie), and the others, for a flag. */
function consensus(values: Array<string | null>): { value: string | null; others: string[] } {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return { value: best, others: [...counts.keys()].filter((v) => v !== best) };
}

function merge(id: string, group: Located[]): Reference {
  const refs = group.map((g) => g.hit.reference);
  const first = refs[0]!;
  const date = consensus(refs.map((r) => r.date));
  const body = consensus(refs.map((r) => r.issuingBody));
  const flags = [...new Set(refs.flatMap((r) => r.flags))];
  if (date.others.length > 0) flags.push(`also dated ${date.others.join(', ')}`);
  const mentions: Mention[] = group.map(({ hit, text }) => ({ text: hit.text, span: text.spanOf(hit.start, hit.end) }));
  // A State number carries its year ("178/2024/NĐ-CP"); a Party number takes the year of its date.
  const numberedYear = /^[\d.]+\/(\d{4})\//.exec(id);
  return {
    ...first,
    id,
    type: refs.find((r) => r.type !== null)?.type ?? null,
    date: date.value,
    year: numberedYear ? Number(numberedYear[1]) : date.value ? Number(date.value.slice(0, 4)) : null,
    issuingBody: body.value,
    repairs: [...new Set(refs.flatMap((r) => r.repairs))],
    flags,
    mentions,
  };
}

/**
 * The reference a misprinted one stands for: another of the document's
 * references with the same number and the same date, which the words of the
 * misprint name ("Nghị quyết số 57-KH/TU, ngày 22/12/2024 của Bộ Chính trị"
 * is 57-NQ/TW of that date), or which differs only in its issuer's last
 * letter ("45-CT/TU" beside "45-CT/TW" of the same date).
 */
interface Known {
  reference: ReferenceHit['reference'];
  /** Every date its mentions state. */
  dates: Set<string>;
}

const numbered = new WeakMap<ReadonlyMap<string, Known>, Map<string, Array<[string, Known]>>>();
/** The document's references grouped by number, built once per document. */
function byNumber(ids: ReadonlyMap<string, Known>): Map<string, Array<[string, Known]>> {
  let map = numbered.get(ids);
  if (!map) {
    map = new Map();
    for (const entry of ids) {
      const n = entry[1].reference.number;
      if (n === null) continue;
      const list = map.get(n);
      if (list) list.push(entry);
      else map.set(n, [entry]);
    }
    numbered.set(ids, map);
  }
  return map;
}

function misprintOf(ref: ReferenceHit['reference'], ids: ReadonlyMap<string, Known>): string | null {
  if (ref.kind !== 'numbered' || ref.date === null || ref.number === null) return null;
  const words = ref.type;
  const codeMismatch = words !== null && typeOfCode(ref.code) !== words;
  for (const [id, { reference: other, dates }] of byNumber(ids).get(ref.number) ?? []) {
    if (id === ref.id || !dates.has(ref.date)) continue;
    if (codeMismatch && typeOfCode(other.code) === words) return id;
    // "57-KH/TU" beside a "57-KH/TW" of the same day: the W read as U.
    if (other.code === ref.code && other.issuer !== null && other.issuer === centralPartyIssuer(ref.issuer)) return id;
  }
  return null;
}

function firstsOf(all: readonly Located[]): Map<string, Known> {
  const firsts = new Map<string, Known>();
  for (const { hit } of all) {
    let known = firsts.get(hit.reference.id);
    if (!known) firsts.set(hit.reference.id, (known = { reference: hit.reference, dates: new Set() }));
    if (hit.reference.date !== null) known.dates.add(hit.reference.date);
  }
  return firsts;
}

export interface DocumentReferences {
  references: Reference[];
  /** Misprinted ids of the document and the ids they stand for, for tasks to cite the same references. */
  aliases: Map<string, string>;
}

export function collectReferences(root: Root, ownId: string | null): DocumentReferences {
  const all: Located[] = [];
  located(root.children, all);
  const firsts = firstsOf(all);
  const aliases = new Map<string, string>();
  const groups = new Map<string, Located[]>();
  for (const l of all) {
    let id = l.hit.reference.id;
    const meant = misprintOf(l.hit.reference, firsts);
    if (meant !== null) aliases.set(id, meant);
    if (id === ownId) continue;
    if (meant !== null) {
      const reference = { ...l.hit.reference, repairs: [...l.hit.reference.repairs, `misprint ${id} read as ${meant}`] };
      l.hit = { ...l.hit, reference: { ...firsts.get(meant)!.reference, date: l.hit.reference.date, repairs: reference.repairs, flags: reference.flags } };
      id = meant;
    }
    const group = groups.get(id);
    if (group) group.push(l);
    else groups.set(id, [l]);
  }
  return { references: [...groups].map(([id, group]) => merge(id, group)), aliases };
}
