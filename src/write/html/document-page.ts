/**
 * A document's page, `NAME.html`: its header and counts, the section tree as
 * navigation, the tasks, the cited documents (with the batch's cross-links,
 * filled in once the batch is complete), the messages, and the restored
 * text with every changed word marked and every low-confidence one
 * highlighted.
 */
import type { DirectiveDocument } from '../../types.js';
import { SLOT_END, SLOT_START } from './cross-links.js';
import { messagesHtml, referencesHtml, sectionNavHtml, tasksHtml } from './document-parts.js';
import { esc } from './escape.js';
import { page } from './layout.js';
import { markedTextHtml } from './marked-text.js';
import { tipScript } from './scripts.js';
import { REPORT_FILE } from './report-file.js';
import { dateLabel, percent, VI } from './strings.js';

/** The threshold used when the document does not record one (restoration off). */
const DEFAULT_LOW = 0.6;

function stat(value: string | number, label: string): string {
  return `<div class="stat"><b>${esc(String(value))}</b>${esc(label)}</div>`;
}

function card(id: string, title: string, body: string): string {
  return `<section class="card" id="${id}"><h2>${title}</h2>\n${body}\n</section>`;
}

export function documentPage(name: string, doc: DirectiveDocument, restoredText: string): string {
  const h = doc.header;
  const title = [h.type, h.id ?? (h.type ? VI.noId : name)].filter((x) => x !== null).join(' ');
  const subtitle = [
    `<a href="${esc(REPORT_FILE)}">${esc(VI.backToReport)}</a>`,
    h.issuer ? esc(h.issuer) : '',
    h.date ? esc(dateLabel(h.date)) : '',
    h.subject ? esc(h.subject) : '',
    doc.isDirective ? '' : `<span class="badge warn">${esc(VI.notDirective)}</span>`,
  ].filter((x) => x !== '').join(' · ');
  const r = doc.restoration;
  const stats = [
    stat(doc.tasks.length, VI.taskCount),
    stat(doc.references.length, VI.colReferences.toLowerCase()),
    stat(r.changed, VI.changedWords),
    stat(r.lowConfidence, VI.lowWords),
    stat(percent(r.meanConfidence), VI.meanConfidence),
    stat(doc.messages.filter((m) => m.severity !== 'info').length, VI.colWarnings.toLowerCase()),
  ].join('');
  const legend = r.applied
    ? `<p class="legend muted">${esc(VI.restoredLegend)} <span class="w ch">${esc(VI.changedWords)}</span> <span class="w lo">${esc(VI.lowWords)}</span></p>`
    : `<p class="muted">${esc(VI.notRestored)}</p>`;
  const nav = [
    '<nav class="side">',
    `<div class="jump"><a href="#tasks">${esc(VI.tasks)} (${doc.tasks.length})</a><a href="#references">${esc(VI.references)} (${doc.references.length})</a><a href="#messages">${esc(VI.messages)} (${doc.messages.length})</a><a href="#text">${esc(VI.restoredText)}</a></div>`,
    `<h2>${esc(VI.sections)}</h2>`,
    sectionNavHtml(doc),
    '</nav>',
  ].join('\n');
  const content = [
    `<div class="stats">${stats}</div>`,
    card('tasks', `${esc(VI.tasks)} (${doc.tasks.length})`, tasksHtml(doc)),
    card('references', `${esc(VI.references)} (${doc.references.length})`, `<div class="cross" id="in-batch"><h3>${esc(VI.inBatch)}</h3>${SLOT_START}${SLOT_END}</div>\n${referencesHtml(doc)}`),
    card('messages', esc(VI.messages), messagesHtml(doc)),
    card('text', esc(VI.restoredText), `${legend}<div class="text">${markedTextHtml(restoredText, r.details, doc.run?.lowConfidence ?? DEFAULT_LOW)}</div>`),
  ].join('\n');
  return page({ title, subtitle, body: `<div class="layout">${nav}<div>${content}</div></div>`, script: tipScript({ original: VI.original, confidence: VI.confidence, alternatives: VI.alternatives }) });
}
