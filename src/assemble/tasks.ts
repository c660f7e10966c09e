/**
 * The task list: every item with its own text inside a task-bearing part of
 * the document, and every row of an appendix table that assigns work.
 *
 * An item that states no lead or no deadline takes them from the item that
 * encloses it ("5. Trước 31/10/2025, Đảng ủy Ủy ban nhân dân tỉnh … hoàn thành
 * các nhiệm vụ sau:" governs 5.1 … 5.11), and says so in `inherited`.
 */
import { spanOfLines } from '../positions.js';
import type { Entities, Root, SectionNode, TableNode } from '../tree.js';
import type { Agency, Deadline, Span, Task } from '../types.js';
import { sectionEntities, toAgency, toDeadline, uniqueAgencies, uniqueStrings } from './entities.js';
import { linesOf, sectionText, subSections } from './sections.js';

const EMPTY_SPAN: Span = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

interface Inheritance {
  lead: Agency[];
  deadlines: Deadline[];
}

function sectionTask(node: SectionNode, from: Inheritance): Task {
  const located = sectionEntities(node);
  const lead = uniqueAgencies(located.flatMap(({ entities, text }) => entities.lead.map((h) => toAgency(h, text))));
  const partners = uniqueAgencies(
    located.flatMap(({ entities, text }) => entities.partners.map((h) => toAgency(h, text))),
  );
  const deadlines = located.flatMap(({ entities, text }) => entities.deadlines.map((h) => toDeadline(h, text)));
  const references = uniqueStrings(located.flatMap(({ entities }) => entities.references.map((h) => h.reference.id)));
  const inherited: Task['inherited'] = [];
  if (lead.length === 0 && from.lead.length > 0) inherited.push('lead');
  if (deadlines.length === 0 && from.deadlines.length > 0) inherited.push('deadlines');
  return {
    id: node.data.path.join('/'),
    source: 'section',
    sectionPath: [...node.data.path],
    text: sectionText(node),
    lead: lead.length > 0 ? lead : from.lead,
    partners,
    deadlines: deadlines.length > 0 ? deadlines : from.deadlines,
    references,
    inherited,
    span: spanOfLines(linesOf(node)) ?? EMPTY_SPAN,
  };
}

function collectSectionTasks(nodes: SectionNode[], from: Inheritance, out: Task[]): void {
  for (const node of nodes) {
    let passOn = from;
    if (node.data.isTask && sectionText(node) !== '') {
      const task = sectionTask(node, from);
      out.push(task);
      passOn = { lead: task.lead, deadlines: task.deadlines };
    }
    collectSectionTasks(subSections(node), passOn, out);
  }
}

const ROW_TASK_COLUMNS = ['lead', 'partners', 'deadline'];

function tableTasks(node: TableNode): Task[] {
  const { table, rowEntities = [] } = node.data;
  const tasks: Task[] = [];
  table.rows.forEach((row, index) => {
    const content = row.cells['content']?.trim() ?? '';
    const assigns = ROW_TASK_COLUMNS.some((key) => (row.cells[key] ?? '').trim() !== '') || row.groupTitle !== null;
    if (row.stt === null || content === '' || !assigns) return;
    const cells: Record<string, Entities> = rowEntities[index] ?? {};
    // Cell hits carry offsets into the cell text; the row span is the honest place we can point at.
    const rowText = { text: content, spanOf: () => row.span };
    const pick = <F extends 'agencies' | 'deadlines'>(key: string, field: F): Entities[F] => cells[key]?.[field] ?? [];
    const lead = uniqueAgencies([
      ...pick('lead', 'agencies').map((h) => toAgency(h, rowText)),
      ...pick('groupTitle', 'agencies').map((h) => toAgency(h, rowText)),
    ]);
    const partners = uniqueAgencies(pick('partners', 'agencies').map((h) => toAgency(h, rowText)));
    const deadlines = pick('deadline', 'deadlines').map((h) => toDeadline(h, rowText));
    const references = uniqueStrings(
      Object.values(cells).flatMap((e) => e.references.map((h) => h.reference.id)),
    );
    const rowId = row.group ? `${row.group}.${row.stt}` : row.stt;
    tasks.push({
      id: `table:${table.id}:${rowId}`,
      source: 'table',
      sectionPath: [table.id, ...(row.group ? [row.group] : []), row.stt],
      text: content,
      lead,
      partners,
      deadlines,
      references,
      inherited: [],
      span: row.span,
    });
  });
  return tasks;
}

export function collectTasks(root: Root): Task[] {
  const tasks: Task[] = [];
  const sections = root.children.filter((c): c is SectionNode => c.type === 'section');
  collectSectionTasks(sections, { lead: [], deadlines: [] }, tasks);
  for (const child of root.children) {
    if (child.type === 'table') tasks.push(...tableTasks(child));
  }
  return tasks;
}

