/** The batch page: documents table, tasks view's filter values, deadlines by month with overdue apart. */
import { describe, expect, it } from 'vitest';
import { batchPage } from '../../../src/write/html/batch-page.js';
import type { HtmlEntry, HtmlTask } from '../../../src/write/html/entry.js';
import { tasksData, type TasksData } from '../../../src/write/html/tasks-data.js';
import { timelineOf } from '../../../src/write/html/timeline.js';

function task(index: number, lead: string[], dues: Array<string | null>): HtmlTask {
  return { index, id: `I/${index + 1}`, text: `Nhiệm vụ ${index + 1}`, lead, partners: [], deadlines: dues.map((due) => ({ text: due ?? 'thường xuyên', due })), line: 10 + index };
}

function entry(name: string, id: string | null, tasks: HtmlTask[], references: string[] = []): HtmlEntry {
  return {
    name,
    path: `${name}.txt`,
    isDirective: true,
    id,
    type: 'Kế hoạch',
    date: '2025-04-28',
    issuer: 'TỈNH ỦY <HƯNG YÊN>',
    subject: null,
    sections: 3,
    warnings: 2,
    restoration: { applied: true, tokens: 200, changed: 50, lowConfidence: 3, meanConfidence: 0.987 },
    tasks,
    references,
  };
}

const BATCH = [
  entry('a', '1-KH/TU', [task(0, ['Sở Nội vụ'], ['2025-06-30']), task(1, ['Sở Tài chính'], ['2025-10-15', '2025-10-15']), task(2, [], [null])]),
  entry('b', null, [task(0, ['Sở Nội vụ', 'Sở Y tế'], ['2025-10-01', '2026-01-31'])]),
];

describe('deadlines by month', () => {
  it('puts what fell due before the as-of date apart, the rest by month in order', () => {
    const t = timelineOf(BATCH, '2025-10-02');
    expect(t.overdue.map((i) => [i.entry.name, i.task.id, i.due])).toEqual([
      ['a', 'I/1', '2025-06-30'],
      ['b', 'I/1', '2025-10-01'],
    ]);
    expect(t.months.map((m) => [m.month, m.items.length])).toEqual([
      ['2025-10', 1],
      ['2026-01', 1],
    ]);
    expect(t.undated).toBe(1);
  });

  it('calls nothing overdue without an as-of date', () => {
    const t = timelineOf(BATCH, null);
    expect(t.overdue).toEqual([]);
    expect(t.months.map((m) => m.month)).toEqual(['2025-06', '2025-10', '2026-01']);
  });
});

describe('batch page', () => {
  const html = batchPage(BATCH, { asOf: '2025-10-02' });

  it('lists each document with its counts and restoration, escaped', () => {
    expect(html).toContain('<td>TỈNH ỦY &lt;HƯNG YÊN&gt;</td>');
    expect(html).toContain('<td class="num tasks-count">3</td>');
    expect(html).toContain('50 / 200 (25,0 %)');
    expect(html).toContain('98,7 %');
    expect(html).toContain('<a class="doc-link" href="b.html">b</a>');
  });

  it('gives each task row the values the filters match, and the filters their options', () => {
    expect(html).toMatch(/<tr data-order="3" data-doc="b" data-lead="Sở Nội vụ\|Sở Y tế" data-month="2025-10\|2026-01"/u);
    expect(html).toMatch(/<tr data-order="2" data-doc="a" data-lead="" data-month="none"/u);
    expect(html).toContain('<option value="Sở Nội vụ">Sở Nội vụ</option><option value="Sở Tài chính">Sở Tài chính</option><option value="Sở Y tế">Sở Y tế</option>');
    expect(html).toContain('<option value="2025-06">Tháng 6/2025</option>');
    expect(html).toContain('Quá hạn tính đến ngày 02/10/2025: <span id="overdue-count">2</span>');
  });

  it('is the same bytes for the same entries', () => {
    expect(batchPage(BATCH, { asOf: '2025-10-02' })).toBe(html);
  });
});

describe('tasks table with more tasks than it shows', () => {
  const withMarkup = entry('c', null, [{ ...task(0, ['Sở <Tư pháp>'], ['2025-12-01']), text: 'a </script><script>alert(1)</script> \u0001b' }]);
  const html = batchPage([...BATCH, withMarkup], { asOf: null, tasksShown: 2 });
  const data = (page: string): TasksData => JSON.parse(/<script type="application\/json" id="tasks-data">(.*?)<\/script>/su.exec(page)![1]!) as TasksData;

  it('renders the first rows only, with the note saying how many of how many', () => {
    expect(html.match(/<tr data-order=/gu)).toHaveLength(2);
    expect(html).toContain('<p class="capped" id="tasks-capped">Bảng hiện <b id="tasks-rendered">2</b> nhiệm vụ đầu tiên trên <b id="tasks-matched">5</b> nhiệm vụ khớp bộ lọc');
    expect(html).toContain('<table class="grid" id="tasks-table" data-shown="2">');
  });

  it('carries every task as data for the filters, which no text can break out of', () => {
    const { docs, tasks } = data(html);
    expect(docs).toEqual([
      ['a', '1-KH/TU', 'a.html'],
      ['b', 'b', 'b.html'],
      ['c', 'c', 'c.html'],
    ]);
    expect(tasks).toHaveLength(5);
    expect(tasks[3]).toEqual([1, 'I/1', 0, 'Nhiệm vụ 1', ['Sở Nội vụ', 'Sở Y tế'], [], [['2025-10-01', '01/10/2025'], ['2026-01-31', '31/01/2026']], ['2025-10', '2026-01'], '2025-10-01']);
    expect(tasks[2]![7]).toEqual(['none']);
    expect(tasks[4]![3]).toBe('a </script><script>alert(1)</script> b');
    expect(html).not.toContain('</script><script>alert');
    // The lead filter's options still list every lead, the data's included.
    expect(html).toContain('<option value="Sở &lt;Tư pháp&gt;">');
    expect(tasksData([...BATCH, withMarkup]).tasks).toHaveLength(5);
  });

  it('has neither note nor data when every task is shown', () => {
    const all = batchPage(BATCH, { asOf: null });
    expect(all.match(/<tr data-order=/gu)).toHaveLength(4);
    expect(all).toContain('<p class="capped" id="tasks-capped" hidden>');
    expect(all).not.toContain('<script type="application/json"');
  });
});
