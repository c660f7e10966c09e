/**
 * What the batch report keeps of each document: the header, the counts, how
 * much was restored, each task in brief and the ids it cites. Plain data, made
 * where the document is rendered (a worker) or read back (--resume), and small
 * next to the document, so a large batch's report is built without keeping
 * the documents.
 */
import type { DirectiveDocument, Task } from '../../types.js';

/** Task text kept for the batch's tasks view; the document's page has it whole. */
export const TASK_TEXT_CHARS = 280;

export interface HtmlTask {
  /** Index in the document's tasks (the anchor `task-N` on its page). */
  index: number;
  id: string;
  text: string;
  lead: string[];
  partners: string[];
  deadlines: Array<{ text: string; due: string | null }>;
  line: number;
}

export interface HtmlEntry {
  /** The output base name; the page is `name + '.html'`. */
  name: string;
  path: string | null;
  isDirective: boolean;
  id: string | null;
  type: string | null;
  date: string | null;
  issuer: string | null;
  subject: string | null;
  sections: number;
  warnings: number;
  restoration: { applied: boolean; tokens: number; changed: number; lowConfidence: number; meanConfidence: number };
  tasks: HtmlTask[];
  /** Ids of the cited documents, in the order they are first cited. */
  references: string[];
}

function brief(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= TASK_TEXT_CHARS ? flat : `${flat.slice(0, TASK_TEXT_CHARS - 1).trimEnd()}…`;
}

function taskOf(task: Task, index: number): HtmlTask {
  return {
    index,
    id: task.id,
    text: brief(task.text),
    lead: task.lead.map((a) => a.canonical),
    partners: task.partners.map((a) => a.canonical),
    deadlines: task.deadlines.map((d) => ({ text: d.text, due: d.due })),
    line: task.span.start.line,
  };
}

export function htmlEntryOf(name: string, doc: DirectiveDocument): HtmlEntry {
  const r = doc.restoration;
  return {
    name,
    path: doc.source.path,
    isDirective: doc.isDirective,
    id: doc.header.id,
    type: doc.header.type,
    date: doc.header.date,
    issuer: doc.header.issuer,
    subject: doc.header.subject,
    sections: countAll(doc.sections),
    warnings: doc.messages.filter((m) => m.severity !== 'info').length,
    restoration: { applied: r.applied, tokens: r.tokens, changed: r.changed, lowConfidence: r.lowConfidence, meanConfidence: r.meanConfidence },
    tasks: doc.tasks.map(taskOf),
    references: doc.references.map((ref) => ref.id),
  };
}

function countAll(sections: DirectiveDocument['sections']): number {
  return sections.reduce((n, s) => n + 1 + countAll(s.children), 0);
}

/** How a document is named to a reader: its id, else its file's name. */
export function entryTitle(e: Pick<HtmlEntry, 'id' | 'name'>): string {
  return e.id ?? e.name;
}
