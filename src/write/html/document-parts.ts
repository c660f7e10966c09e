/**
 * The pieces of a document's page, each from the document alone: the section
 * tree as navigation, the tasks, the cited documents, the messages.
 */
import type { Agency, Deadline, DirectiveDocument, Message, Reference, Section, Task } from '../../types.js';
import { esc } from './escape.js';
import { dateLabel, VI } from './strings.js';

const HEADING_CHARS = 70;

function short(text: string, chars: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= chars ? flat : `${flat.slice(0, chars - 1).trimEnd()}…`;
}

function sectionItem(s: Section): string {
  const title = short(s.heading ?? s.text, HEADING_CHARS);
  const children = s.children.length > 0 ? `<ul>${s.children.map(sectionItem).join('')}</ul>` : '';
  return `<li><a href="#L${s.span.start.line}"><b>${esc(s.marker)}</b> ${esc(title)}</a>${children}</li>`;
}

/** Only the numbered levels: dash and plus items would drown the tree. */
function numbered(sections: readonly Section[]): Section[] {
  return sections.filter((s) => s.kind !== 'dash' && s.kind !== 'plus').map((s) => ({ ...s, children: numbered(s.children) }));
}

export function sectionNavHtml(doc: DirectiveDocument): string {
  const tree = numbered(doc.sections);
  if (tree.length === 0) return `<p class="muted">${esc(VI.sectionsNone)}</p>`;
  return `<ul class="tree">${tree.map(sectionItem).join('')}</ul>`;
}

function agencies(list: readonly Agency[]): string {
  return list.map((a) => `<span class="chip" title="${esc(a.text)}">${esc(a.canonical)}</span>`).join(' ');
}

function deadline(d: Deadline): string {
  const due = d.due ? ` <span class="due" data-due="${esc(d.due)}">${esc(dateLabel(d.due))}</span>` : '';
  return `<span class="deadline">${esc(d.text)}${due}</span>`;
}

function field(label: string, value: string): string {
  return value === '' ? '' : `<div class="field"><span class="label">${esc(label)}</span> ${value}</div>`;
}

function taskCard(task: Task, index: number, refIndex: ReadonlyMap<string, number>): string {
  const refs = task.references
    .map((id) => {
      const i = refIndex.get(id);
      return i === undefined ? `<span class="ref-id">${esc(id)}</span>` : `<a class="ref-id" href="#ref-${i}">${esc(id)}</a>`;
    })
    .join(', ');
  const inherited = task.inherited.length > 0 ? ` <span class="muted">(${esc(task.inherited.map((f) => (f === 'lead' ? VI.lead : VI.deadlines).toLowerCase()).join(', '))} ${esc(VI.inherited)})</span>` : '';
  return [
    `<article class="task" id="task-${index}">`,
    `<header><a class="task-id" href="#L${task.span.start.line}">${esc(task.id)}</a> <span class="muted">${esc(VI.line)} ${task.span.start.line}</span>${inherited}</header>`,
    `<p>${esc(task.text)}</p>`,
    field(VI.lead, agencies(task.lead)),
    field(VI.partners, agencies(task.partners)),
    field(VI.deadlines, task.deadlines.map(deadline).join('; ')),
    field(VI.refs, refs),
    '</article>',
  ].join('');
}

export function tasksHtml(doc: DirectiveDocument): string {
  if (doc.tasks.length === 0) return `<p class="muted">${esc(VI.noValue)}</p>`;
  const refIndex = new Map(doc.references.map((r, i) => [r.id, i] as const));
  return doc.tasks.map((t, i) => taskCard(t, i, refIndex)).join('\n');
}

function referenceItem(ref: Reference, index: number): string {
  const what = [ref.type, ref.issuingBody, ref.date ? dateLabel(ref.date) : ref.year !== null ? String(ref.year) : null].filter((x): x is string => x !== null);
  const lines = [...new Set(ref.mentions.map((m) => m.span.start.line))];
  const at = lines.map((l) => `<a href="#L${l}">${l}</a>`).join(', ');
  const flags = ref.flags.length > 0 ? ` <span class="badge warn">${esc(ref.flags.join('; '))}</span>` : '';
  return `<li id="ref-${index}"><span class="ref-id">${esc(ref.id)}</span> <span class="muted">${esc(what.join(', '))}</span>${flags} <span class="lines">${esc(VI.line)} ${at}</span></li>`;
}

export function referencesHtml(doc: DirectiveDocument): string {
  if (doc.references.length === 0) return `<p class="muted">${esc(VI.referencesNone)}</p>`;
  return `<ol class="refs">${doc.references.map(referenceItem).join('')}</ol>`;
}

function messageRow(m: Message): string {
  const line = m.line === null ? VI.noValue : `<a href="#L${m.line}">${m.line}${m.column !== null ? `:${m.column}` : ''}</a>`;
  return `<tr class="sev-${esc(m.severity)}"><td>${esc(VI.severity[m.severity] ?? m.severity)}</td><td>${line}</td><td><code>${esc(m.ruleId)}</code></td><td>${esc(m.message)}</td></tr>`;
}

export function messagesHtml(doc: DirectiveDocument): string {
  if (doc.messages.length === 0) return `<p class="muted">${esc(VI.messagesNone)}</p>`;
  // Warnings and errors first: they are what a reviewer acts on.
  const rank = (m: Message): number => (m.severity === 'error' ? 0 : m.severity === 'warning' ? 1 : 2);
  const sorted = doc.messages.map((m, i) => ({ m, i })).sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i);
  return [
    '<table class="grid messages"><thead><tr>',
    `<th>${esc(VI.colSeverity)}</th><th>${esc(VI.colLine)}</th><th>${esc(VI.colRule)}</th><th>${esc(VI.colMessage)}</th>`,
    '</tr></thead><tbody>',
    sorted.map(({ m }) => messageRow(m)).join('\n'),
    '</tbody></table>',
  ].join('');
}
