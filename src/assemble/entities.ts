/**
 * Entity hits (offsets into a block's text) → output objects with input spans.
 * Extraction may annotate a section node (for its own text) or its paragraph
 * children; both are read so the assembly does not depend on that choice.
 */
import type { AgencyHit, DeadlineHit, Entities, SectionNode } from '../tree.js';
import type { Agency, Deadline } from '../types.js';
import { blockText, type BlockText } from './block-text.js';
import { linesOf, ownParagraphs } from './sections.js';

export interface LocatedEntities {
  entities: Entities;
  text: BlockText;
}

/** The entity sets that describe a section's own text, each with its text for spans. */
export function sectionEntities(section: SectionNode): LocatedEntities[] {
  const paragraphs = ownParagraphs(section);
  const own: LocatedEntities[] = [];
  for (const p of paragraphs) if (p.data.entities) own.push({ entities: p.data.entities, text: blockText(p.children, p.data.text) });
  if (own.length > 0) return own;
  const entities = section.data.entities;
  if (!entities) return [];
  const first = paragraphs[0];
  const text = first ? blockText(first.children, first.data.text) : blockText(linesOf(section));
  return [{ entities, text }];
}

export function toAgency(hit: AgencyHit, text: BlockText): Agency {
  return { ...hit.agency, span: text.spanOf(hit.start, hit.end) };
}

export function toDeadline(hit: DeadlineHit, text: BlockText): Deadline {
  return { ...hit.deadline, span: text.spanOf(hit.start, hit.end) };
}

export function agenciesAt(hits: readonly AgencyHit[], text: BlockText): Agency[] {
  const out: Agency[] = [];
  for (const h of hits) out.push(toAgency(h, text));
  return out;
}

export function deadlinesAt(hits: readonly DeadlineHit[], text: BlockText): Deadline[] {
  const out: Deadline[] = [];
  for (const h of hits) out.push(toDeadline(h, text));
  return out;
}

/** Every agency hit of one role in a section's entity sets, as output objects, in order. */
export function agenciesIn(located: readonly LocatedEntities[], role: 'lead' | 'partners'): Agency[] {
  const out: Agency[] = [];
  for (const { entities, text } of located) out.push(...agenciesAt(entities[role], text));
  return out;
}

export function deadlinesIn(located: readonly LocatedEntities[]): Deadline[] {
  const out: Deadline[] = [];
  for (const { entities, text } of located) out.push(...deadlinesAt(entities.deadlines, text));
  return out;
}

/** Ids of the cited documents, in order, repeats kept. */
export function referenceIdsIn(entities: Iterable<Entities>): string[] {
  const out: string[] = [];
  for (const e of entities) for (const h of e.references) out.push(h.reference.id);
  return out;
}

/** Agencies in order of appearance, the same canonical agency once. */
export function uniqueAgencies(agencies: Agency[]): Agency[] {
  const seen = new Set<string>();
  const out: Agency[] = [];
  for (const a of agencies) {
    if (seen.has(a.canonical)) continue;
    seen.add(a.canonical);
    out.push(a);
  }
  return out;
}

export function uniqueStrings(values: Iterable<string>): string[] {
  return [...new Set(values)];
}
