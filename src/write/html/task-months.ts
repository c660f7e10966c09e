/** Which months a task is due in, from its deadlines' due dates: the key the tasks view filters by and the timeline groups by. */
import type { HtmlTask } from './entry.js';

/** The filter value of a task with no due date. */
export const NO_MONTH = 'none';

export function monthsOf(task: Pick<HtmlTask, 'deadlines'>): string[] {
  const months = [...new Set(task.deadlines.flatMap((d) => (d.due ? [d.due.slice(0, 7)] : [])))].sort();
  return months.length > 0 ? months : [NO_MONTH];
}

/** The earliest due date of a task, or null. */
export function firstDue(task: Pick<HtmlTask, 'deadlines'>): string | null {
  const dues = task.deadlines.flatMap((d) => (d.due ? [d.due] : [])).sort();
  return dues[0] ?? null;
}
