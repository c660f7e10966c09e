/**
 * The part of a document's page that depends on the rest of the batch: its
 * cited documents that are in the batch (linked), the batch's other documents
 * citing the same ones, and the documents citing this one. A page is written
 * as soon as its document is done, with this part empty between two markers;
 * once the batch is complete the part is filled in (fillCrossLinks).
 */
import type { BatchIndex } from './batch-index.js';
import { entryTitle, type HtmlEntry } from './entry.js';
import { esc, fileHref } from './escape.js';
import { VI } from './strings.js';

/** Document text is escaped, so no page text can hold these markers but the slot's own. */
export const SLOT_START = '<!--dp:cross-links-->';
export const SLOT_END = '<!--/dp:cross-links-->';

export function docLink(e: HtmlEntry, fragment?: string): string {
  return `<a class="doc-link" href="${fileHref(`${e.name}.html`, fragment)}">${esc(entryTitle(e))}</a>`;
}

function list(entries: readonly HtmlEntry[]): string {
  return entries.map((e) => docLink(e)).join(', ');
}

/** The slot's content for one document, from the batch's index. */
export function crossLinksHtml(entry: HtmlEntry, index: BatchIndex): string {
  const citing = entry.id === null ? [] : (index.citedBy.get(entry.id) ?? []).filter((e) => e.name !== entry.name);
  const inBatch: string[] = [];
  const shared: string[] = [];
  for (const id of new Set(entry.references)) {
    const page = index.pageOf.get(id);
    if (page && page.name !== entry.name) inBatch.push(`<li>${docLink(page)} <span class="badge in">${esc(VI.openInBatch)}</span></li>`);
    const others = (index.citedBy.get(id) ?? []).filter((e) => e.name !== entry.name);
    if (others.length > 0) shared.push(`<li><span class="ref-id">${esc(id)}</span> — ${esc(VI.alsoCitedBy)} ${list(others)}</li>`);
  }
  return [
    `<h4>${esc(VI.citedBy)} (${citing.length})</h4>`,
    citing.length > 0 ? `<p class="cited-by">${list(citing)}</p>` : `<p class="muted">${esc(VI.citedByNone)}</p>`,
    inBatch.length > 0 ? `<h4>${esc(VI.citesInBatch)} (${inBatch.length})</h4><ul class="in-batch-refs">${inBatch.join('')}</ul>` : '',
    shared.length > 0 ? `<h4>${esc(VI.sharedRefs)} (${shared.length})</h4><ul class="shared-refs">${shared.join('')}</ul>` : '',
  ].join('\n');
}

/** The page with its slot's content replaced; a page without the slot is returned as it was. */
export function fillCrossLinks(page: string, content: string): string {
  const start = page.indexOf(SLOT_START);
  const end = page.indexOf(SLOT_END, start);
  if (start < 0 || end < 0) return page;
  return `${page.slice(0, start + SLOT_START.length)}\n${content}\n${page.slice(end)}`;
}
