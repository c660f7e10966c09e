/**
 * The batch's deadlines on a timeline by month. With an as-of date, what
 * fell due before it is shown apart as overdue; without one nothing is
 * called overdue (the page says how to ask for it), so that the same inputs
 * always give the same report.
 */
import type { HtmlEntry, HtmlTask } from './entry.js';
import { esc } from './escape.js';
import { dateLabel, monthLabel, VI } from './strings.js';

export interface TimelineItem {
  entry: HtmlEntry;
  task: HtmlTask;
  due: string;
  text: string;
}

export interface Timeline {
  overdue: TimelineItem[];
  months: Array<{ month: string; items: TimelineItem[] }>;
  /** Tasks with no due date at all. */
  undated: number;
}

/** Each deadline with a due date, once per task and date; overdue when due before `asOf`. */
export function timelineOf(entries: readonly HtmlEntry[], asOf: string | null): Timeline {
  const items: TimelineItem[] = [];
  let undated = 0;
  for (const entry of entries) {
    for (const task of entry.tasks) {
      const seen = new Set<string>();
      for (const d of task.deadlines) {
        if (d.due === null || seen.has(d.due)) continue;
        seen.add(d.due);
        items.push({ entry, task, due: d.due, text: d.text });
      }
      if (seen.size === 0) undated += 1;
    }
  }
  // Stable: same due date keeps batch order.
  items.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  const overdue = asOf === null ? [] : items.filter((i) => i.due < asOf);
  const byMonth = new Map<string, TimelineItem[]>();
  for (const item of items) {
    if (asOf !== null && item.due < asOf) continue;
    const month = item.due.slice(0, 7);
    const list = byMonth.get(month);
    if (list) list.push(item);
    else byMonth.set(month, [item]);
  }
  return { overdue, months: [...byMonth].map(([month, list]) => ({ month, items: list })), undated };
}

function itemHtml(i: TimelineItem): string {
  const href = `${encodeURIComponent(`${i.entry.name}.html`)}#task-${i.task.index}`;
  const lead = i.task.lead.length > 0 ? ` — ${esc(i.task.lead.join(', '))}` : '';
  return `<li data-due="${esc(i.due)}"><b>${esc(dateLabel(i.due))}</b> <a href="${esc(href)}">${esc(i.entry.id ?? i.entry.name)} · ${esc(i.task.id)}</a>${lead} <span class="muted">(${esc(i.text)})</span></li>`;
}

function monthRow(label: string, items: readonly TimelineItem[], max: number, open: boolean): string {
  const width = Math.max(2, Math.round((items.length / max) * 100));
  return `<details${open ? ' open' : ''}><summary class="month"><span>${esc(label)}</span><span><span class="bar" style="width:${width}%"></span></span><b class="num">${items.length}</b></summary><ul>${items.map(itemHtml).join('')}</ul></details>`;
}

export function timelineHtml(entries: readonly HtmlEntry[], asOf: string | null): string {
  const t = timelineOf(entries, asOf);
  const max = Math.max(1, t.overdue.length, ...t.months.map((m) => m.items.length));
  const parts: string[] = ['<div class="timeline" id="timeline">'];
  if (asOf !== null) {
    parts.push(
      `<div class="overdue" id="overdue"><h3>${esc(VI.overdue)} ${esc(VI.overdueAsOf)} ${esc(dateLabel(asOf))}: <span id="overdue-count">${t.overdue.length}</span></h3>`,
      t.overdue.length > 0 ? monthRow(VI.overdue, t.overdue, max, true) : '',
      '</div>',
    );
  } else parts.push(`<p class="muted">${esc(VI.asOfHint)}</p>`);
  if (t.months.length === 0 && t.overdue.length === 0) parts.push(`<p class="muted">${esc(VI.noDeadlines)}</p>`);
  for (const m of t.months) parts.push(monthRow(monthLabel(m.month), m.items, max, false));
  if (t.undated > 0) parts.push(`<p class="muted">${t.undated} ${esc(VI.undated)}</p>`);
  parts.push('</div>');
  return parts.join('\n');
}
