/**
 * The document's references from the annotated tree: every mention with its
 * input span, one entry per id (in order of first mention), the document's
 * own number left out. The header is read here rather than annotated: only
 * its subject ("Thực hiện Kết luận số 148-KL/TW …") cites other documents.
 */
import type { HeaderNode, ReferenceHit, Root, TableNode } from '../tree.js';
import type { Mention, Reference } from '../types.js';
import { blockText, cellText, type BlockText } from './block-spans.js';
import { findReferences } from './references/index.js';

interface Located {
  hit: ReferenceHit;
  text: BlockText;
}

function headerHits(node: HeaderNode): Located[] {
  const text = blockText(node.children);
  const subject = node.data.header.subject;
  // The subject is cleaned of OCR debris, so it is found by its opening words; the number line before it is the document's own.
  const from = subject ? Math.max(0, text.text.indexOf(subject.slice(0, 12))) : 0;
  return findReferences(text.text)
    .filter((hit) => hit.start >= from)
    .map((hit) => ({ hit, text }));
}

function tableHits(node: TableNode): Located[] {
  const out: Located[] = [];
  (node.data.rowEntities ?? []).forEach((cells, rowIndex) => {
    const row = node.data.table.rows[rowIndex];
    if (!row) return;
    for (const [key, entities] of Object.entries(cells)) {
      const cell = key === 'groupTitle' ? (row.groupTitle ?? '') : (row.cells[key] ?? '');
      const text = cellText(node, rowIndex, cell);
      for (const hit of entities.references) out.push({ hit, text });
    }
  });
  return out;
}

function located(nodes: readonly unknown[], out: Located[]): void {
  for (const node of nodes as Root['children']) {
    if (node.type === 'header') out.push(...headerHits(node));
    else if (node.type === 'section') located(node.children, out);
    else if (node.type === 'paragraph' || node.type === 'footnote') {
      const entities = node.data.entities;
      if (!entities) continue;
      const text = blockText(node.children, node.data.text);
      for (const hit of entities.references) out.push({ hit, text });
    } else if (node.type === 'table') out.push(...tableHits(node));
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

export function collectReferences(root: Root, ownId: string | null): Reference[] {
  const all: Located[] = [];
  located(root.children, all);
  const groups = new Map<string, Located[]>();
  for (const l of all) {
    const id = l.hit.reference.id;
    if (id === ownId) continue;
    const group = groups.get(id);
    if (group) group.push(l);
    else groups.set(id, [l]);
  }
  return [...groups].map(([id, group]) => merge(id, group));
}
