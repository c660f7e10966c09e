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
import { extractTables, type ExtractTables } from './tables.js';

export interface AnalyseOptions {
  /** Look for deadlines (not in footnotes, which narrate the past). */
  deadlines?: boolean;
  /** The text is a deadline cell: bare "Tháng 10" counts. */
  standaloneDeadline?: boolean;
  /** Assign lead and partners from the sentence. */
  roles?: boolean;
  /** The text's marks are as printed (not restored): see FindAgenciesOptions. */
  trustMarks?: boolean;
}

export const EMPTY_ENTITIES: Entities = { references: [], deadlines: [], agencies: [], lead: [], partners: [] };

/** What the whole document tells every block's reading: its date, and whether its marks are as printed. */
export type DocumentContext = DeadlineContext & {
  trustMarks?: boolean;
  /** The dictionary's tables; the package's own when not given. */
  tables?: ExtractTables;
};

export function analyse(text: string, ctx: DocumentContext, options: AnalyseOptions = {}): Entities {
  const tables = ctx.tables ?? extractTables();
  const agencies = findAgencies(text, tables.agencies, { trustMarks: options.trustMarks ?? ctx.trustMarks ?? false, places: tables.places });
  const references = findReferences(text, agencies, tables.syllables);
  const deadlines =
    options.deadlines === false
      ? []
      : findDeadlines(text, ctx, { standalone: options.standaloneDeadline ?? false, syllables: tables.syllables });
  for (const d of deadlines) {
    if (d.deadline.kind !== 'conditional' && d.deadline.kind !== 'relative') continue;
    const ids = references.filter((r) => r.start >= d.start && r.end <= d.end).map((r) => r.reference.id);
    d.deadline.references = [...new Set(ids)];
  }
  const roles = options.roles === false ? { lead: [], partners: [] } : assignRoles(text, agencies, deadlines);
  return { references, deadlines, agencies, ...roles };
}
