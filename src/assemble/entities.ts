/**
 * Entity hits (offsets into a block's text) → output objects with input spans.
 * Extraction may annotate a section node (for its own text) or its paragraph
 * children; both are read so the assembly does not depend on that choice.
 */
import type { AgencyHit, DeadlineHit, Entities, ParagraphNode, SectionNode } from '../tree.js';
import type { Agency, Deadline } from '../types.js';
import { blockText, type BlockText } from './block-text.js';
import { linesOf, ownParagraphs } from './sections.js';
import { uniqueBy } from '../text/ordering.js';

export interface LocatedEntities {
  entities: Entities;
  text: BlockText;
}

/** A paragraph's entities with its text for spans, or none when extraction left it unread. */
export function paragraphEntities(p: ParagraphNode): LocatedEntities[] {
  return p.data.entities ? [{ entities: p.data.entities, text: blockText(p.children, p.data.text) }] : [];
}

/** The entity sets that describe a section's own text, each with its text for spans. */
export function sectionEntities(section: SectionNode): LocatedEntities[] {
  const paragraphs = ownParagraphs(section);
  const own = paragraphs.flatMap(paragraphEntities);
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

/** Hits as output objects placed in their text (toAgency, toDeadline), in order. */
export function locate<H, T>(hits: readonly H[], text: BlockText, to: (hit: H, text: BlockText) => T): T[] {
  const out: T[] = [];
  for (const h of hits) out.push(to(h, text));
  return out;
}

/** The hits of one field of every entity set of a section, as output objects, in order. */
export function locateAll<F extends 'lead' | 'partners' | 'deadlines', T>(
  located: readonly LocatedEntities[],
  field: F,
  to: (hit: Entities[F][number], text: BlockText) => T,
): T[] {
  const out: T[] = [];
  for (const { entities, text } of located) for (const h of entities[field]) out.push(to(h, text));
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
  return uniqueBy(agencies, canonicalOf);
}

const canonicalOf = (a: Agency): string => a.canonical;

export function uniqueStrings(values: Iterable<string>): string[] {
  return [...new Set(values)];
}
