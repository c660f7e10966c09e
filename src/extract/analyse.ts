/**
 * One block's text → its entities: agencies, references and deadlines found
 * by the grammars, deadlines linked to the references named in their
 * anchors, and the lead and partner roles.
 */
import type { Entities } from '../tree.js';
import { findAgencies } from './agencies/index.js';
import { assignRoles } from './agencies/roles.js';
import { findDeadlines, type DeadlineContext } from './deadlines/index.js';
import { findReferences } from './references/index.js';

export interface AnalyseOptions {
  /** Look for deadlines (not in footnotes, which narrate the past). */
  deadlines?: boolean;
  /** The text is a deadline cell: bare "Tháng 10" counts. */
  standaloneDeadline?: boolean;
  /** Assign lead and partners from the sentence. */
  roles?: boolean;
}

export const EMPTY_ENTITIES: Entities = { references: [], deadlines: [], agencies: [], lead: [], partners: [] };

export function analyse(text: string, ctx: DeadlineContext, options: AnalyseOptions = {}): Entities {
  const agencies = findAgencies(text);
  const references = findReferences(text, agencies);
  const deadlines =
    options.deadlines === false ? [] : findDeadlines(text, ctx, { standalone: options.standaloneDeadline ?? false });
  for (const d of deadlines) {
    if (d.deadline.kind !== 'conditional' && d.deadline.kind !== 'relative') continue;
    const ids = references.filter((r) => r.start >= d.start && r.end <= d.end).map((r) => r.reference.id);
    d.deadline.references = [...new Set(ids)];
  }
  const roles = options.roles === false ? { lead: [], partners: [] } : assignRoles(text, agencies, deadlines);
  return { references, deadlines, agencies, ...roles };
}
