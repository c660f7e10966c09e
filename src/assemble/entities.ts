/**
 * Entity hits (offsets into a block's text) → output objects with input spans.
 * Extraction may annotate a section node (for its own text) or its paragraph
 * children; both are read so the assembly does not depend on that choice.
 */
import type { AgencyHit, DeadlineHit, Entities, ParagraphNode, SectionNode } from '../tree.js';
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
  const own = paragraphs
    .filter((p): p is ParagraphNode & { data: { entities: Entities } } => p.data.entities !== undefined)
    .map((p) => ({ entities: p.data.entities, text: blockText(p.children, p.data.text) }));
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

/** Agencies in order of appearance, the same canonical agency once. */
export function uniqueAgencies(agencies: Agency[]): Agency[] {
  const seen = new Set<string>();
  return agencies.filter((a) => {
    if (seen.has(a.canonical)) return false;
    seen.add(a.canonical);
    return true;
  });
}

export function uniqueStrings(values: Iterable<string>): string[] {
  return [...new Set(values)];
}
