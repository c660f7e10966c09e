/**
 * The task of a paragraph that hands out work unnumbered ("Do vậy, đề nghị Thuế tỉnh Gia Lai căn
 * cứ …"): its own lead, partners, deadlines and references, nothing inherited. Its id is the
 * paragraph's place: "¶" and its first line, unique in the document and stable for a given input.
 */
import { spanOfLines } from '../positions.js';
import type { ParagraphNode } from '../tree.js';
import type { Task } from '../types.js';
import { cited, type Aliases } from './cited.js';
import { locateAll, paragraphEntities, referenceIdsIn, toAgency, toDeadline, uniqueAgencies } from './entities.js';

export function paragraphTask(p: ParagraphNode, sectionPath: readonly string[], aliases: Aliases): Task {
  const located = paragraphEntities(p);
  const span = spanOfLines(p.children)!;
  return {
    id: `¶${span.start.line}`,
    source: 'paragraph',
    sectionPath: [...sectionPath],
    text: p.data.text,
    lead: uniqueAgencies(locateAll(located, 'lead', toAgency)),
    partners: uniqueAgencies(locateAll(located, 'partners', toAgency)),
    deadlines: locateAll(located, 'deadlines', toDeadline),
    references: cited(referenceIdsIn(located.map((l) => l.entities)), aliases),
    inherited: [],
    span,
  };
}
