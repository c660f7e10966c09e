/**
 * The batch's page, `report.html`: counts, the documents table, the tasks
 * view, the deadlines by month and the reference graph.
 */
import { indexBatch, type BatchIndex } from './batch-index.js';
import { documentsTableHtml } from './documents-table.js';
import type { HtmlEntry } from './entry.js';
import { esc } from './escape.js';
import { page } from './layout.js';
import { referenceGraphHtml } from './reference-graph.js';
import { TASKS_SCRIPT } from './scripts.js';
import { dateLabel, VI } from './strings.js';
import { tasksViewHtml } from './tasks-view.js';
import { timelineHtml } from './timeline.js';

export interface BatchPageOptions {
  /** ISO date before which a deadline counts as overdue; null: none does. */
  asOf: string | null;
  /** Rows the tasks table shows at once (default TASKS_SHOWN); smaller in tests, to show the cap without thousands of tasks. */
  tasksShown?: number;
}

function stat(value: number, label: string): string {
  return `<div class="stat"><b>${value}</b>${esc(label)}</div>`;
}

export function batchPage(entries: readonly HtmlEntry[], options: BatchPageOptions, index: BatchIndex = indexBatch(entries)): string {
  const tasks = entries.reduce((n, e) => n + e.tasks.length, 0);
  const deadlines = entries.reduce((n, e) => n + e.tasks.reduce((m, t) => m + t.deadlines.length, 0), 0);
  const warnings = entries.reduce((n, e) => n + e.warnings, 0);
  const stats = [stat(entries.length, VI.documentCount), stat(tasks, VI.taskCount), stat(deadlines, VI.deadlineCount), stat(warnings, VI.colWarnings.toLowerCase())].join('');
  const card = (id: string, title: string, body: string): string => `<section class="card" id="${id}"><h2>${esc(title)}</h2>\n${body}\n</section>`;
  const body = [
    `<div class="stats">${stats}</div>`,
    card('documents', VI.documents, documentsTableHtml(entries)),
    card('deadlines', VI.timeline, timelineHtml(entries, options.asOf)),
    card('tasks', VI.tasks, tasksViewHtml(entries, options.tasksShown)),
    card('graph', VI.graph, referenceGraphHtml(entries, index)),
  ].join('\n');
  const jump = [['documents', VI.documents], ['deadlines', VI.timeline], ['tasks', VI.tasks], ['graph', VI.graph]].map(([id, label]) => `<a href="#${id}">${esc(label!)}</a>`).join(' · ');
  const subtitle = `${entries.length} ${esc(VI.documentCount)} · ${tasks} ${esc(VI.taskCount)}${options.asOf ? ` · ${esc(VI.overdueAsOf)} ${esc(dateLabel(options.asOf))}` : ''} — ${jump}`;
  return page({ title: VI.reportTitle, subtitle, body, script: TASKS_SCRIPT });
}
