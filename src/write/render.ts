/**
 * Everything one document contributes to a batch's outputs, as plain data:
 * the per-document files (by format), its CSV rows and its summary line.
 * Rendering is pure and can run in a worker; writing happens in one place
 * (src/write/batch-writer.ts) so that outputs land in input order.
 */
import type { ParseResult } from '../api.js';
import type { DirectiveDocument } from '../types.js';
import { countSections, documentRow, referenceRows, taskRows, type CsvRow } from './csv-rows.js';
import { INLINE_WIDTH, stringifyReadable, writeReadable } from './json.js';
import { documentPage } from './html/document-page.js';
import { htmlEntryOf, type HtmlEntry } from './html/entry.js';
import { documentToMarkdown } from './markdown.js';
import { Utf8Sink } from './text-sink.js';

export const FORMATS = ['json', 'csv', 'md', 'txt', 'html'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** Per-document file suffixes; `csv` is a batch format and has none. */
export const FILE_SUFFIX: Readonly<Record<Exclude<OutputFormat, 'csv'>, string>> = {
  json: '.json',
  md: '.md',
  txt: '.restored.txt',
  html: '.html',
};

export interface RenderOptions {
  formats: readonly OutputFormat[];
  /** Adds `generatedAt` to the JSON; off by default so that outputs are byte-identical across runs. */
  timestamps?: boolean;
  now?: () => Date;
  /** JSON on one line (for --stdout, one document per line). */
  compactJson?: boolean;
  /** The JSON file as UTF-8 bytes rather than a string: what a worker sends, encoded without building the string. */
  jsonBytes?: boolean;
}

export interface SummaryRow {
  name: string;
  path: string | null;
  type: string | null;
  id: string | null;
  date: string | null;
  sections: number;
  tasks: number;
  references: number;
  deadlines: number;
  warnings: number;
  isDirective: boolean;
}

export interface RenderedDocument {
  name: string;
  /** Text as rendered; UTF-8 bytes once it has crossed from a worker (bytes move between threads without a copy). */
  files: Array<{ fileName: string; content: string | Uint8Array }>;
  rows: { tasks: CsvRow[]; references: CsvRow[]; documents: CsvRow[] };
  summary: SummaryRow;
  /** What the batch's report.html keeps of the document (with `html` among the formats). */
  html?: HtmlEntry;
}

export function documentToJson(doc: DirectiveDocument, generatedAt?: string, compact = false): string {
  const body = withStamp(doc, generatedAt);
  return `${compact ? JSON.stringify(body) : stringifyReadable(body, 2, INLINE_WIDTH, JSON_LAYOUT)}\n`;
}

/** documentToJson's readable text as UTF-8, byte for byte what encoding that string would give. */
export function documentToJsonBytes(doc: DirectiveDocument, generatedAt?: string): Uint8Array {
  const sink = new Utf8Sink();
  writeReadable(withStamp(doc, generatedAt), sink, 2, INLINE_WIDTH, JSON_LAYOUT);
  sink.push('\n');
  return sink.bytes();
}

/** A scan's restoration details, thousands of records, one line each. */
const JSON_LAYOUT = { rows: ['details'] };

function withStamp(doc: DirectiveDocument, generatedAt: string | undefined): object {
  return generatedAt === undefined ? doc : { ...doc, generatedAt };
}

export function summaryOf(name: string, doc: DirectiveDocument): SummaryRow {
  return {
    name,
    path: doc.source.path,
    type: doc.header.type,
    id: doc.header.id,
    date: doc.header.date,
    sections: countSections(doc.sections),
    tasks: doc.tasks.length,
    references: doc.references.length,
    deadlines: doc.tasks.reduce((n, t) => n + t.deadlines.length, 0),
    warnings: doc.messages.filter((m) => m.severity !== 'info').length,
    isDirective: doc.isDirective,
  };
}

export function renderDocument(name: string, result: Pick<ParseResult, 'document' | 'restoredText'>, options: RenderOptions): RenderedDocument {
  const doc = result.document;
  const files: RenderedDocument['files'] = [];
  const wants = new Set(options.formats);
  if (wants.has('json')) {
    const stamp = options.timestamps ? (options.now?.() ?? new Date()).toISOString() : undefined;
    const content = options.jsonBytes && !options.compactJson ? documentToJsonBytes(doc, stamp) : documentToJson(doc, stamp, options.compactJson);
    files.push({ fileName: name + FILE_SUFFIX.json, content });
  }
  if (wants.has('md')) files.push({ fileName: name + FILE_SUFFIX.md, content: documentToMarkdown(doc) });
  if (wants.has('txt')) files.push({ fileName: name + FILE_SUFFIX.txt, content: result.restoredText });
  if (wants.has('html')) files.push({ fileName: name + FILE_SUFFIX.html, content: documentPage(name, doc, result.restoredText) });
  return { name, files, rows: rowsOf(name, doc, options), summary: summaryOf(name, doc), ...htmlOf(name, doc, options) };
}

/** The document's rows of the batch CSVs (none when `csv` is not among the formats). */
export function rowsOf(name: string, doc: DirectiveDocument, options: Pick<RenderOptions, 'formats'>): RenderedDocument['rows'] {
  if (!options.formats.includes('csv')) return { tasks: [], references: [], documents: [] };
  return { tasks: taskRows(name, doc), references: referenceRows(name, doc), documents: [documentRow(name, doc)] };
}

/** The document's entry in the batch's report.html (nothing when `html` is not among the formats). */
export function htmlOf(name: string, doc: DirectiveDocument, options: Pick<RenderOptions, 'formats'>): Pick<RenderedDocument, 'html'> {
  return options.formats.includes('html') ? { html: htmlEntryOf(name, doc) } : {};
}
