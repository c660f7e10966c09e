/** The batch page's table of documents: one row per document, its id linking to its page. */
import { docLink } from './cross-links.js';
import type { HtmlEntry } from './entry.js';
import { esc } from './escape.js';
import { dateLabel, percent, VI } from './strings.js';

function restoredCell(e: HtmlEntry): string {
  const r = e.restoration;
  if (!r.applied || r.tokens === 0) return VI.noValue;
  return `${r.changed} / ${r.tokens} (${percent(r.changed / r.tokens)})`;
}

function confidenceCell(e: HtmlEntry): string {
  const r = e.restoration;
  if (!r.applied) return VI.noValue;
  const low = r.lowConfidence > 0 ? ` <span class="badge warn" title="${esc(VI.lowWords)}">${r.lowConfidence} ${esc(VI.lowWords)}</span>` : '';
  return `${percent(r.meanConfidence)}${low}`;
}

function row(e: HtmlEntry): string {
  const type = e.type ?? (e.isDirective ? VI.noValue : VI.notDirective);
  return [
    `<tr data-doc="${esc(e.name)}">`,
    `<td>${esc(type)}</td>`,
    `<td>${docLink(e)}${e.id === null ? '' : `<div class="muted">${esc(e.name)}</div>`}</td>`,
    `<td class="num">${esc(dateLabel(e.date))}</td>`,
    `<td>${esc(e.issuer ?? VI.noValue)}</td>`,
    `<td class="num tasks-count">${e.tasks.length}</td>`,
    `<td class="num">${e.references.length}</td>`,
    `<td class="num">${e.warnings > 0 ? `<span class="badge warn">${e.warnings}</span>` : '0'}</td>`,
    `<td class="num">${esc(restoredCell(e))}</td>`,
    `<td class="num">${confidenceCell(e)}</td>`,
    '</tr>',
  ].join('');
}

export function documentsTableHtml(entries: readonly HtmlEntry[]): string {
  const head = [VI.colType, VI.colId, VI.colDate, VI.colIssuer, VI.colTasks, VI.colReferences, VI.colWarnings, VI.colRestored, VI.colConfidence];
  const numeric = new Set([2, 4, 5, 6, 7, 8]);
  return [
    '<table class="grid" id="documents-table"><thead><tr>',
    head.map((h, i) => `<th${numeric.has(i) ? ' class="num"' : ''}>${esc(h)}</th>`).join(''),
    '</tr></thead><tbody>',
    entries.map(row).join('\n'),
    '</tbody></table>',
  ].join('');
}
