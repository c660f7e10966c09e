/**
 * Who cites whom in a batch, from its entries: which document of the batch
 * carries a given id (the first one, in input order, when two do), and which
 * documents cite each id.
 */
import type { HtmlEntry } from './entry.js';

export interface BatchIndex {
  /** Entries by output name. */
  byName: ReadonlyMap<string, HtmlEntry>;
  /** The document of the batch that an id names. */
  pageOf: ReadonlyMap<string, HtmlEntry>;
  /** For each cited id, the documents citing it, in input order, each once. */
  citedBy: ReadonlyMap<string, readonly HtmlEntry[]>;
}

export function indexBatch(entries: readonly HtmlEntry[]): BatchIndex {
  const byName = new Map<string, HtmlEntry>();
  const pageOf = new Map<string, HtmlEntry>();
  const citedBy = new Map<string, HtmlEntry[]>();
  for (const e of entries) {
    byName.set(e.name, e);
    if (e.id !== null && !pageOf.has(e.id)) pageOf.set(e.id, e);
  }
  for (const e of entries) {
    for (const id of new Set(e.references)) {
      // A document that repeats its own id in its text does not cite itself.
      if (id === e.id) continue;
      const list = citedBy.get(id);
      if (list) list.push(e);
      else citedBy.set(id, [e]);
    }
  }
  return { byName, pageOf, citedBy };
}
