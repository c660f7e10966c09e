/**
 * The batch page's tasks view: the tasks of the batch in one table, with
 * filters by lead agency, by month due and by document, and sortable columns
 * (scripts.ts). Rows are in batch order to start with.
 *
 * A batch of thousands of tasks would make a page of megabytes of rows that
 * nobody scrolls through: the table shows at most TASKS_SHOWN rows at once,
 * with a note saying how many of how many and to filter to narrow. The
 * filters and sorting still work over every task: the page then carries all
 * of them as compact data (tasks-data.ts), from which the script builds the
 * rows it shows. Every task is on its document's page in any case.
 */
import { docLink } from './cross-links.js';
import { entryTitle, type HtmlEntry } from './entry.js';
import { esc } from './escape.js';
import { dateLabel, monthLabel, VI } from './strings.js';
import { tasksDataScript } from './tasks-data.js';
import { firstDue, monthsOf, NO_MONTH } from './task-months.js';

/** Rows the table shows at once. */
export const TASKS_SHOWN = 500;

const collator = new Intl.Collator('vi');

function options(values: ReadonlyArray<{ value: string; label: string }>): string {
  return [`<option value="">${esc(VI.filterAll)}</option>`, ...values.map((v) => `<option value="${esc(v.value)}">${esc(v.label)}</option>`)].join('');
}

function select(id: string, label: string, values: ReadonlyArray<{ value: string; label: string }>): string {
  return `<label>${esc(label)}<select id="${id}">${options(values)}</select></label>`;
}

function chips(names: readonly string[]): string {
  return names.map((n) => `<span class="chip">${esc(n)}</span>`).join(' ');
}

export function tasksViewHtml(entries: readonly HtmlEntry[], shown = TASKS_SHOWN): string {
  const leads = [...new Set(entries.flatMap((e) => e.tasks.flatMap((t) => t.lead)))].sort(collator.compare);
  const months = [...new Set(entries.flatMap((e) => e.tasks.flatMap(monthsOf)))].filter((m) => m !== NO_MONTH).sort();
  const total = entries.reduce((n, e) => n + e.tasks.length, 0);
  const filters = [
    '<div class="filters">',
    select('f-lead', VI.filterLead, leads.map((l) => ({ value: l, label: l }))),
    select('f-month', VI.filterMonth, [...months.map((m) => ({ value: m, label: monthLabel(m) })), { value: NO_MONTH, label: VI.filterNoDeadline }]),
    select('f-doc', VI.filterDocument, entries.filter((e) => e.tasks.length > 0).map((e) => ({ value: e.name, label: entryTitle(e) }))),
    `<button type="button" id="f-reset">${esc(VI.filterReset)}</button>`,
    `<span class="count">${esc(VI.showing)} <b id="tasks-shown">${total}</b> ${esc(VI.of)} ${total} ${esc(VI.taskCount)}</span>`,
    '</div>',
  ].join('');
  let order = 0;
  const rows = entries.flatMap((e) =>
    e.tasks.flatMap((t) => {
      if (order >= shown) return [];
      const due = firstDue(t);
      const attrs = [
        `data-order="${order++}"`,
        `data-doc="${esc(e.name)}"`,
        `data-lead="${esc(t.lead.join('|'))}"`,
        `data-month="${esc(monthsOf(t).join('|'))}"`,
        `data-doctitle="${esc(entryTitle(e))}"`,
        `data-task="${esc(t.id)}"`,
        `data-leadname="${esc(t.lead[0] ?? '')}"`,
        `data-due="${esc(due ?? '')}"`,
      ].join(' ');
      const deadlines = t.deadlines.map((d) => `${esc(d.text)}${d.due ? ` <b>${esc(dateLabel(d.due))}</b>` : ''}`).join('<br>');
      return [
        `<tr ${attrs}>`,
        `<td>${docLink(e)}</td>`,
        `<td><a href="${esc(encodeURIComponent(`${e.name}.html`))}#task-${t.index}">${esc(t.id)}</a></td>`,
        `<td>${esc(t.text)}</td>`,
        `<td>${chips(t.lead)}</td>`,
        `<td>${chips(t.partners)}</td>`,
        `<td>${deadlines}</td>`,
        '</tr>',
      ].join('');
    }),
  );
  const capped = total > shown;
  const note = `<p class="capped" id="tasks-capped"${capped ? '' : ' hidden'}>${esc(VI.cappedShowing)} <b id="tasks-rendered">${rows.length}</b> ${esc(VI.cappedFirst)} ${esc(VI.of)} <b id="tasks-matched">${total}</b> ${esc(VI.cappedNote)}</p>`;
  const head = [
    `<th data-key="doctitle">${esc(VI.colDocument)}</th>`,
    `<th data-key="task">${esc(VI.colTask)}</th>`,
    `<th>${esc(VI.colContent)}</th>`,
    `<th data-key="leadname">${esc(VI.colLead)}</th>`,
    `<th>${esc(VI.colPartners)}</th>`,
    `<th data-key="due">${esc(VI.colDeadline)}</th>`,
  ].join('');
  const table = `<table class="grid" id="tasks-table" data-shown="${shown}"><thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
  return `${filters}<p class="muted">${esc(VI.sortHint)}</p>${note}${table}${capped ? tasksDataScript(entries) : ''}`;
}
