/**
 * The rows of the batch CSVs: one per task, per reference, per document. The
 * first two columns of every row name the document (`file`, the output base
 * name, always set; `document_id`, its number and symbol when it has one), so
 * a filtered sheet still says where each row came from.
 */
import type { Agency, Deadline, DirectiveDocument, Section, Task } from '../types.js';

export type CsvRow = string[];

export const TASK_COLUMNS = [
  'file',
  'document_id',
  'task_id',
  'source',
  'section_path',
  'text',
  'lead',
  'lead_as_written',
  'partners',
  'deadline_kind',
  'deadline_due',
  'deadline_start',
  'deadline_text',
  'deadlines_all',
  'references',
  'inherited',
  'line',
] as const;

export const REFERENCE_COLUMNS = [
  'file',
  'document_id',
  'reference_id',
  'kind',
  'type',
  'number',
  'code',
  'issuer',
  'year',
  'date',
  'issuing_body',
  'mentions',
  'first_line',
  'repairs',
  'flags',
] as const;

export const DOCUMENT_COLUMNS = [
  'file',
  'document_id',
  'source_path',
  'sha256',
  'encoding',
  'is_directive',
  'type',
  'number',
  'symbol',
  'issuer',
  'place',
  'date',
  'subject',
  'sections',
  'tasks',
  'references',
  'deadlines',
  'footnotes',
  'recipients',
  'tables',
  'restored_tokens',
  'restored_changed',
  'restored_low_confidence',
  'warnings',
] as const;

const LIST = '; ';
const str = (v: string | number | boolean | null | undefined): string => (v === null || v === undefined ? '' : String(v));
const names = (agencies: readonly Agency[], pick: (a: Agency) => string): string => agencies.map(pick).join(LIST);
const describe = (d: Deadline): string => [d.kind, d.due ?? d.recurrence ?? d.anchor ?? ''].filter(Boolean).join(' ');

/** Sections counted with all their descendants. */
export function countSections(sections: readonly Section[]): number {
  return sections.reduce((n, s) => n + 1 + countSections(s.children), 0);
}

const canonicalName = (a: Agency): string => a.canonical;
const printedName = (a: Agency): string => a.text;

// A module-level function rather than a closure made per document, whose optimised code V8 drops at each major collection (bench/BATCH.md).
function taskRow(file: string, id: string, task: Task): CsvRow {
  const first = task.deadlines[0];
  return [
    file,
    id,
    task.id,
    task.source,
    task.sectionPath.join(' > '),
    task.text,
    names(task.lead, canonicalName),
    names(task.lead, printedName),
    names(task.partners, canonicalName),
    str(first?.kind),
    str(first?.due),
    str(first?.start),
    str(first?.text),
    task.deadlines.map(describe).join(LIST),
    task.references.join(LIST),
    task.inherited.join(LIST),
    str(task.span.start.line),
  ];
}

export function taskRows(file: string, doc: DirectiveDocument): CsvRow[] {
  const id = str(doc.header.id);
  const rows: CsvRow[] = [];
  for (const task of doc.tasks) rows.push(taskRow(file, id, task));
  return rows;
}

export function referenceRows(file: string, doc: DirectiveDocument): CsvRow[] {
  const id = str(doc.header.id);
  return doc.references.map((ref) => [
    file,
    id,
    ref.id,
    ref.kind,
    str(ref.type),
    str(ref.number),
    str(ref.code),
    str(ref.issuer),
    str(ref.year),
    str(ref.date),
    str(ref.issuingBody),
    str(ref.mentions.length),
    str(ref.mentions[0]?.span.start.line),
    ref.repairs.join(LIST),
    ref.flags.join(LIST),
  ]);
}

export function documentRow(file: string, doc: DirectiveDocument): CsvRow {
  const h = doc.header;
  return [
    file,
    str(h.id),
    str(doc.source.path),
    doc.source.sha256,
    doc.source.encoding,
    str(doc.isDirective),
    str(h.type),
    str(h.number),
    str(h.symbol),
    str(h.issuer),
    str(h.place),
    str(h.date),
    str(h.subject),
    str(countSections(doc.sections)),
    str(doc.tasks.length),
    str(doc.references.length),
    str(doc.tasks.reduce((n, t) => n + t.deadlines.length, 0)),
    str(doc.footnotes.length),
    str(doc.recipients.length),
    str(doc.tables.length),
    str(doc.restoration.tokens),
    str(doc.restoration.changed),
    str(doc.restoration.lowConfidence),
    str(doc.messages.filter((m) => m.severity !== 'info').length),
  ];
}
