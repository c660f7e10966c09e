/**
 * Every task of the batch as compact JSON for the tasks view's script, when
 * the batch has more tasks than the table shows at once (tasks-view.ts): the
 * filters and sorting then work over all of them, and the script builds the
 * rows it shows from here. A few hundred bytes a task, against a kilobyte or
 * more of HTML, and no DOM for rows nobody looks at.
 *
 * The JSON sits in a `<script type="application/json">`, which never runs;
 * `<` is written `\u003c` so no text can close the element. Text is put in
 * the page by the script through textContent, never as markup.
 */
import type { HtmlEntry, HtmlTask } from './entry.js';
import { entryTitle } from './entry.js';
import { dropControls } from './escape.js';
import { dateLabel } from './strings.js';
import { firstDue, monthsOf } from './task-months.js';

/** A document: its output name, title, and the page's link (a file name, one path segment). */
export type DocTuple = [name: string, title: string, href: string];

/** A task: its document's place in `docs`, id, anchor index, text, leads, partners, deadlines ([text, shown due or '']), months, earliest due or ''. */
export type TaskTuple = [doc: number, id: string, index: number, text: string, lead: string[], partners: string[], deadlines: Array<[string, string]>, months: string[], due: string];

export interface TasksData {
  docs: DocTuple[];
  tasks: TaskTuple[];
}

function taskTuple(doc: number, t: HtmlTask): TaskTuple {
  const deadlines = t.deadlines.map((d): [string, string] => [dropControls(d.text), d.due ? dateLabel(d.due) : '']);
  return [doc, dropControls(t.id), t.index, dropControls(t.text), t.lead.map(dropControls), t.partners.map(dropControls), deadlines, monthsOf(t), firstDue(t) ?? ''];
}

export function tasksData(entries: readonly HtmlEntry[]): TasksData {
  const docs: DocTuple[] = [];
  const tasks: TaskTuple[] = [];
  for (const e of entries) {
    if (e.tasks.length === 0) continue;
    const doc = docs.push([e.name, dropControls(entryTitle(e)), encodeURIComponent(`${e.name}.html`)]) - 1;
    for (const t of e.tasks) tasks.push(taskTuple(doc, t));
  }
  return { docs, tasks };
}

/** The element holding the data, for the page. */
export function tasksDataScript(entries: readonly HtmlEntry[]): string {
  const json = JSON.stringify(tasksData(entries)).replace(/</gu, '\\u003c');
  return `<script type="application/json" id="tasks-data">${json}</script>`;
}
