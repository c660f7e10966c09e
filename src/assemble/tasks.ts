/**
 * The task list: every item with its own text inside a task-bearing part of
 * the document, and every row of an appendix table that assigns work.
 *
 * An item that states no lead or no deadline takes them from the item that
 * introduces it ("5. Trước 31/10/2025, Đảng ủy Ủy ban nhân dân tỉnh … hoàn thành
 * các nhiệm vụ sau:" governs 5.1 … 5.11), and says so in `inherited`; an item
 * that does not end in a colon introduces nothing. A heading that names
 * agencies ("3.1. Ban Tổ chức Tỉnh ủy") is the lead of everything under it
 * that names none of its own.
 */
import { namesProcedures } from '../vi/procedures.js';
import { spanOfLines } from '../positions.js';
import type { Entities, ParagraphNode, Root, SectionNode, TableNode } from '../tree.js';
import { fold } from '../extract/text/fold.js';
import type { Agency, Deadline, Span, TableRow, Task } from '../types.js';
import { blockText, FixedSpanText } from './block-text.js';
import {
  locate,
  locateAll,
  paragraphEntities,
  referenceIdsIn,
  sectionEntities,
  toAgency,
  toDeadline,
  uniqueAgencies,
  type LocatedEntities,
} from './entities.js';
import { linesOf, ownParagraphs, sectionText, subSections } from './sections.js';
import { append } from '../text/append.js';
import { isFiguresRow } from './data-row.js';
import { cited, type Aliases } from './cited.js';
import { paragraphTask } from './paragraph-tasks.js';
import { findDeadlines, type DeadlineContext } from '../extract/deadlines/index.js';
import { documentContext } from '../extract/document-context.js';
import { capitalise } from '../text/capitalise.js';

const EMPTY_SPAN: Span = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

interface Inheritance {
  lead: Agency[];
  deadlines: Deadline[];
  /** The lead a heading above names, for every item below it. */
  scope: Agency[];
  /** The deadlines are a time heading's ("4. Năm 2029"), for the items under it that state none. */
  dated?: boolean;
  /** Partners an item names for the tasks it introduces ("… phối hợp với Y thực hiện các nội dung sau:", a "Đơn vị phối hợp:" field). */
  partners?: Agency[];
}

/** Words left over in a heading once its agencies are taken out: nothing but list glue. */
const GLUE = /^(?:[\s,;:.\-–]|(?:va|cac|cap|tinh|xa|phuong|thanh pho|lien quan|co lien quan|truc thuoc|de nghi|giao|yeu cau|doi voi|trach nhiem(?: cua)?|nhiem vu(?: cua)?)(?![a-z]))*$/u;

/** The agencies a section's heading names, when the heading is nothing but their names. */
/** A first paragraph this short, without a full stop, is the item's title even when not told apart as its heading. */
const MAX_TITLE = 90;

function headingLead(node: SectionNode): Agency[] {
  const first = node.children.find((c): c is ParagraphNode => c.type === 'paragraph' && c.data.text !== '');
  const entities = first?.data.entities;
  if (!first || !entities) return [];
  const text = first.data.text;
  if (node.data.heading === null && (text.length > MAX_TITLE || /[.;]\s*$/u.test(text))) return [];
  if (entities.agencies.length === 0) return dutyHolder(first);
  let rest = '';
  let at = 0;
  for (const a of entities.agencies) {
    rest += text.slice(at, a.start);
    at = a.end;
  }
  rest += text.slice(at);
  const located = blockText(first.children, first.data.text);
  if (GLUE.test(fold(rest))) return uniqueAgencies(locate(entities.agencies, located, toAgency));
  // "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo", "Sở Y tế (cơ quan thường trực)": the body,
  // then what it is; the rest of the heading names no one else.
  const lead = entities.agencies[0]!;
  if (text.slice(0, lead.start).trim() !== '' || !APPOSITION.test(text.slice(lead.end))) return [];
  return uniqueAgencies(locate([lead], located, toAgency));
}

/**
 * "Điều 9. Trách nhiệm của cơ quan có chức năng quản lý đất đai cấp xã": a heading giving the
 * duties of a body no gazetteer or grammar names; the body as printed leads what is under it.
 */
const DUTIES_OF = /^(?:trách nhiệm|nhiệm vụ)(?:,\s*quyền hạn)?\s+của\s+(?!(?:các\s+)?(?:cá nhân|người|công dân|tổ chức, cá nhân|trưởng|phó|ủy viên|uỷ viên|thành viên|giám đốc|chủ tịch|thủ trưởng|chánh|bí thư|cán bộ|công chức)(?!\p{L}))(\p{L}[^.;:()]{2,110}?)\s*:?\s*$/iu;

function dutyHolder(first: ParagraphNode): Agency[] {
  const text = first.data.text;
  const m = DUTIES_OF.exec(text.normalize('NFC'));
  if (!m) return [];
  const name = m[1]!.replace(/\s+/gu, ' ').trim();
  if (name.split(' ').length > 16) return [];
  const start = text.length - m[0].length + m[0].indexOf(m[1]!);
  const located = blockText(first.children, text);
  const canonical = capitalise(name);
  return [{ canonical, text: name, level: null, branch: null, known: false, span: located.spanOf(start, start + m[1]!.length) }];
}

/** What follows a body's name in a heading to say what it is: a dash, a parenthesis, a colon. */
const APPOSITION = /^\s{0,2}(?:[-–(:]|$)/u;

/** The item ends by announcing what follows ("… các nhiệm vụ sau:"). */
const introduces = (text: string) => /:\s*$/u.test(text);

const entitiesOf = (l: LocatedEntities): Entities => l.entities;

/** The item's own text, and for an item of fields the fields' too. */
function taskText(node: SectionNode): string {
  if (!node.data.fields) return sectionText(node);
  return [node.data.heading ?? '', sectionText(node), ...subSections(node).map(sectionText)].filter((t) => t !== '').join('\n');
}

/** A node and every section under it. */
function withDescendants(node: SectionNode): SectionNode[] {
  return [node, ...subSections(node).flatMap(withDescendants)];
}

/** What an item's fields say, its own and those under them ("b) Cơ quan thực hiện:" / "- Đơn vị chủ trì: …"). */
function fieldEntities(node: SectionNode): LocatedEntities[] {
  return withDescendants(node).flatMap(sectionEntities);
}

/** Who and when the fields of an item say for the tasks its "Nhiệm vụ:" field lists. */
function fromFields(node: SectionNode, from: Inheritance): Inheritance {
  const located = subSections(node)
    .filter((f) => !withDescendants(f).some((d) => d.data.isTask))
    .flatMap(fieldEntities);
  const lead = uniqueAgencies(locateAll(located, 'lead', toAgency));
  const partners = uniqueAgencies(locateAll(located, 'partners', toAgency));
  const deadlines = locateAll(located, 'deadlines', toDeadline);
  return { lead: lead.length > 0 ? lead : from.lead, deadlines: deadlines.length > 0 ? deadlines : from.deadlines, scope: from.scope, partners };
}

/**
 * An item that opens by directing others ("Chỉ đạo Phòng Kinh tế cân đối …", "Đôn đốc …",
 * "Giao …") under a heading naming its body ("1. Đảng ủy UBND xã:") is that body's work: the
 * bodies it directs are the ones it acts on, not leads.
 */
const DIRECTING = /^[\s\-–+•*]*(?:chi dao|don doc|giao)\s/u;

/**
 * A heading naming bodies over a sentence that says who does what ("2. Sở Khoa học và Công nghệ,
 * Sở Nội vụ" / "Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ …"): the sentence
 * decides, and a body it makes a partner is no lead. Null when the heading names no body or the
 * sentences name no lead.
 */
function leadUnderHeading(node: SectionNode, named: readonly Agency[]): Agency[] | null {
  if (named.length === 0 || node.data.fields) return null;
  const [, ...body] = ownParagraphs(node).filter((p) => p.data.text !== '');
  const located = body.flatMap(paragraphEntities);
  const lead = locateAll(located, 'lead', toAgency);
  if (lead.length === 0) return null;
  const partners = new Set(locateAll(located, 'partners', toAgency).map((a) => a.canonical));
  return uniqueAgencies([...named.filter((a) => !partners.has(a.canonical)), ...lead]);
}

/** `named`: the bodies the node's heading names (headingLead). */
function sectionTask(node: SectionNode, from: Inheritance, aliases: Aliases, named: readonly Agency[]): Task {
  const located = node.data.fields ? fieldEntities(node) : sectionEntities(node);
  const directed = from.scope.length > 0 && DIRECTING.test(fold(sectionText(node)));
  const lead = directed ? [] : (leadUnderHeading(node, named) ?? uniqueAgencies(locateAll(located, 'lead', toAgency)));
  const partners = uniqueAgencies(locateAll(located, 'partners', toAgency));
  const deadlines = locateAll(located, 'deadlines', toDeadline);
  const references = cited(referenceIdsIn(located.map(entitiesOf)), aliases);
  const inherited: Task['inherited'] = [];
  if (lead.length === 0 && (directed ? from.scope : from.lead).length > 0) inherited.push('lead');
  if (deadlines.length === 0 && from.deadlines.length > 0) inherited.push('deadlines');
  const fieldPartners = partners.length === 0 ? (from.partners ?? []) : [];
  if (fieldPartners.length > 0) inherited.push('partners');
  return {
    id: node.data.path.join('/'),
    source: 'section',
    sectionPath: [...node.data.path],
    text: taskText(node),
    lead: lead.length > 0 ? lead : directed ? from.scope : from.lead,
    partners: partners.length > 0 ? partners : fieldPartners,
    deadlines: deadlines.length > 0 ? deadlines : from.deadlines,
    references,
    inherited,
    span: spanOfLines(linesOf(node)) ?? EMPTY_SPAN,
  };
}

/**
 * A heading that is nothing but a time ("4. Năm 2029", "1. Quý IV, năm 2025", "Tháng 12/2025"): a
 * programme laid out by period; the items under it are due then unless they say otherwise.
 */
const TIME_HEADING = /^(?:nam \d{4}|quy [ivxl1-4]{1,4}(?:,? nam \d{4}| ?\/ ?\d{4})?|thang \d{1,2}(?: ?\/ ?\d{4}| nam \d{4})?)\s*[.:]?$/u;

function headingTime(node: SectionNode, ctx: DeadlineContext): Deadline[] {
  const heading = node.data.heading;
  if (heading === null || !TIME_HEADING.test(fold(heading).replace(/\s+/gu, ' ').trim())) return [];
  const hits = findDeadlines(heading, ctx, { standalone: true });
  const first = ownParagraphs(node).find((p) => p.data.text !== '');
  const at = first ? first.data.text.indexOf(heading) : -1;
  if (!first || at < 0) return hits.map((h) => ({ ...h.deadline, span: spanOfLines(linesOf(node)) ?? EMPTY_SPAN }));
  const located = blockText(first.children, first.data.text);
  return hits.map((h) => ({ ...h.deadline, span: located.spanOf(at + h.start, at + h.end) }));
}

/** Whether the item or anything under it states a time. */
const statesTime = (node: SectionNode): boolean =>
  withDescendants(node).some((d) => sectionEntities(d).some((l) => l.entities.deadlines.length > 0));

function collectSectionTasks(nodes: SectionNode[], outer: Inheritance, aliases: Aliases, out: Task[], ctx: DeadlineContext): void {
  for (const node of nodes) {
    const dated = headingTime(node, ctx);
    let from: Inheritance = dated.length > 0 ? { ...outer, deadlines: dated, dated: true } : outer;
    // An item under a time heading that states a time of its own, in its text or its fields ("- Thời
    // gian thực hiện: tháng 6/2028"), is due then and passes the heading's time on to none of its parts.
    if (from.dated && node.data.isTask && statesTime(node)) from = { ...from, deadlines: [] };
    const headed = from.dated ? from.deadlines : [];
    let passOn = from;
    const text = taskText(node);
    let task: Task | null = null;
    if (node.data.isTask && text !== '') {
      // A task whose heading names its body ("1.2. Sở Tài chính - …" over its own dashes) leads those too.
      const named = headingLead(node);
      task = sectionTask(node, from, aliases, named);
      const scope = named.length > 0 ? named : from.scope;
      passOn = introduces(text)
        ? { lead: task.lead, deadlines: task.deadlines, scope, partners: task.partners }
        : { lead: scope, deadlines: headed, scope, dated: from.dated };
    } else if (node.data.fields) {
      passOn = fromFields(node, from);
    } else {
      const named = headingLead(node);
      if (named.length > 0) passOn = { lead: named, deadlines: from.deadlines, scope: named };
    }
    if (task) out.push(task);
    for (const p of node.children) if (p.type === 'paragraph' && p.data.isTask) out.push(paragraphTask(p, node.data.path, aliases));
    collectSectionTasks(subSections(node), passOn, aliases, out, ctx);
  }
}

const ROW_TASK_COLUMNS = ['lead', 'partners', 'deadline'];
/**
 * A deadline cell states one time, two or three at most ("Hằng tuần, hằng
 * tháng"), in a line or two. A longer cell is rows the table reader ran
 * together (a garbled scan); the times in it belong to other rows, so none
 * is taken.
 */
const MAX_DEADLINE_CELL = 160;
const MAX_CELL_DEADLINES = 3;

const NO_ENTITIES: Record<string, Entities> = {};

function hitsOf<F extends 'agencies' | 'deadlines' | 'partners'>(cells: Record<string, Entities>, key: string, field: F): Entities[F] {
  return cells[key]?.[field] ?? [];
}

function assignsWork(row: TableRow): boolean {
  if (row.groupTitle !== null) return true;
  for (const key of ROW_TASK_COLUMNS) if ((row.cells[key] ?? '').trim() !== '') return true;
  return false;
}

/** The row's cells as one run of words, its number left out: the content and every figure beside it. */
function rowWords(row: TableRow): string {
  return Object.entries(row.cells)
    .filter(([key]) => key !== 'stt')
    .map(([, cell]) => cell)
    .join(' ');
}

/** The task of one row of a table, when the row assigns work. */
function rowTask(tableId: string, row: TableRow, rowId: string, cells: Record<string, Entities>, aliases: Aliases): Task {
  const content = row.cells['content']!.trim();
  // Cell hits carry offsets into the cell text; the row span is the honest place we can point at.
  const rowText = new FixedSpanText(content, row.span);
  const lead = uniqueAgencies([
    ...locate(hitsOf(cells, 'lead', 'agencies'), rowText, toAgency),
    ...locate(hitsOf(cells, 'groupTitle', 'agencies'), rowText, toAgency),
  ]);
  // Partners from their column, and from "phối hợp với …" in the task's own words.
  const partners = uniqueAgencies(locate([...hitsOf(cells, 'partners', 'agencies'), ...hitsOf(cells, 'content', 'partners')], rowText, toAgency));
  const stated = hitsOf(cells, 'deadline', 'deadlines');
  const cellOk = (row.cells['deadline'] ?? '').length <= MAX_DEADLINE_CELL && stated.length <= MAX_CELL_DEADLINES;
  const deadlines = cellOk ? locate(stated, rowText, toDeadline) : [];
  return {
    id: `table:${tableId}:${rowId}`,
    source: 'table',
    sectionPath: [tableId, ...(row.group ? [row.group] : []), row.stt!],
    text: content,
    lead,
    partners,
    deadlines,
    references: cited(referenceIdsIn(Object.values(cells)), aliases),
    inherited: [],
    span: row.span,
  };
}

function tableTasks(node: TableNode, aliases: Aliases): Task[] {
  const { table, rowEntities = [] } = node.data;
  const tasks: Task[] = [];
  if (node.data.unlabelled) return tasks;
  // A list of administrative procedures offers services; its rows hand no work to anyone.
  if ([table.title, table.caption, ...table.columns.map((c) => c.label)].some((t) => t !== null && namesProcedures(t))) return tasks;
  // A number printed twice in one group (a table whose group rows OCR lost) is "9", then "9#2", as sections are.
  const seen = new Map<string, number>();
  for (let index = 0; index < table.rows.length; index++) {
    const row = table.rows[index]!;
    const printedId = row.stt === null ? null : row.group ? `${row.group}.${row.stt}` : row.stt;
    const times = printedId === null ? 0 : (seen.get(printedId) ?? 0) + 1;
    if (printedId !== null) seen.set(printedId, times);
    const content = row.cells['content']?.trim() ?? '';
    if (printedId === null || content === '' || !assignsWork(row) || isFiguresRow(rowWords(row))) continue;
    const rowId = times > 1 ? `${printedId}#${times}` : printedId;
    tasks.push(rowTask(table.id, row, rowId, rowEntities[index] ?? NO_ENTITIES, aliases));
  }
  return tasks;
}

/**
 * An item outside the tasks that states when the whole plan runs ("II. THỜI GIAN VÀ PHẠM VI" /
 * "1. Thời gian: từ nay đến năm 2030.", "3. Thời gian thực hiện:" / "Từ nay đến hết năm 2025.",
 * "2. Thời gian thi đua" over its rounds). Not the time of an event ("Thời gian, địa điểm").
 */
const PLAN_TIME = /^thoi gian(?! ?(?:,|va) ?dia diem)(?: (?:thuc hien|trien khai|thi dua|hoan thanh|ap dung))?(?:\s*:|\s*$|\s*\n)/u;

const headOf = (node: SectionNode): string => fold(node.data.heading ?? (node.data.text ?? '').split('\n', 1)[0]!).replace(/[ \t]+/gu, ' ').trim();

const namesPlanTime = (node: SectionNode): boolean => PLAN_TIME.test(headOf(node));

/** "II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM": a part that describes an event; its time is the event's. */
const namesPlace = (node: SectionNode): boolean => node.data.heading !== null && /\bdia diem\b/u.test(headOf(node));

/** The deadlines of the items outside the tasks that say when the plan runs, in order. */
function planTimes(nodes: readonly SectionNode[]): Deadline[] {
  const out: Deadline[] = [];
  for (const node of nodes) {
    if (node.data.isTask || namesPlace(node)) continue;
    if (namesPlanTime(node)) {
      const located = withDescendants(node)
        .filter((d) => !d.data.isTask)
        .flatMap(sectionEntities);
      append(out, locateAll(located, 'deadlines', toDeadline));
      continue;
    }
    append(out, planTimes(subSections(node)));
  }
  return out;
}

/** The tasks of the tree; `aliases` (from collectReferences) maps misprinted reference ids to those they stand for. */
export function collectTasks(root: Root, aliases: ReadonlyMap<string, string>): Task[] {
  const tasks: Task[] = [];
  const ctx = documentContext(root);
  for (const child of root.children) {
    if (child.type === 'section') collectSectionTasks([child], { lead: [], deadlines: [], scope: [] }, aliases, tasks, ctx);
    else if (child.type === 'paragraph' && child.data.isTask) tasks.push(paragraphTask(child, [], aliases));
  }
  for (const child of root.children) {
    if (child.type === 'table') append(tasks, tableTasks(child, aliases));
  }
  // The time the plan runs is when its tasks are due that state no time of their own.
  const plan = planTimes(root.children.filter((c): c is SectionNode => c.type === 'section'));
  if (plan.length > 0) {
    for (const t of tasks) {
      if (t.deadlines.length > 0) continue;
      t.deadlines = plan;
      if (!t.inherited.includes('deadlines')) t.inherited.push('deadlines');
    }
  }
  return tasks;
}

