/**
 * The output formats, one entry each: a new format is its writer file plus
 * one line in FORMAT_LIST. A per-document format renders a file per document
 * (NAME + suffix); a batch format collects what each document contributes
 * (computed where the document is rendered, in a worker, and rebuilt from
 * NAME.json on --resume) and writes its files once the batch has gone
 * through. Batch writers are loaded only when asked for, so workers never
 * load them.
 *
 * A format may have two entries under one name, one of each kind: `html` is
 * a page per document (NAME.html) and the batch's report.html, which also
 * fills the pages' cross-links once the batch is complete.
 */
import type { ParseResult } from '../api.js';
import type { DirectiveDocument } from '../types.js';
import { documentRow, referenceRows, taskRows } from './csv-rows.js';
import type { BatchSink, BatchSinkContext } from './batch-sink.js';
import type { DocumentTables } from './batch-tables.js';
import { documentToJson, documentToJsonBytes } from './json-file.js';
import { documentToMarkdown } from './markdown.js';
import { documentPage } from './html/document-page.js';
import { htmlEntryOf, type HtmlEntry } from './html/entry.js';
import { REPORT_FILE } from './html/report-file.js';

export interface DocumentRenderOptions {
  /** Adds `generatedAt` to the JSON; off by default so that outputs are byte-identical across runs. */
  timestamps?: boolean;
  now?: () => Date;
  /** JSON on one line (for --stdout, one document per line). */
  compactJson?: boolean;
  /** The JSON file as UTF-8 bytes rather than a string: what a worker sends, encoded without building the string. */
  jsonBytes?: boolean;
}

export interface DocumentFormat {
  kind: 'document';
  name: string;
  /** Appended to the document's output name: `NAME.json`. */
  suffix: string;
  /** `name` is the document's output name (NAME), which a page may show. */
  render(result: Pick<ParseResult, 'document' | 'restoredText'>, options: DocumentRenderOptions, name: string): string | Uint8Array;
}

/** What each document gives the batch formats, under a key several formats may share (csv and xlsx share `tables`). */
export interface Contribution<T> {
  key: string;
  of(name: string, doc: DirectiveDocument): T;
}

export interface BatchFormat<T = unknown> {
  kind: 'batch';
  name: string;
  /** The files it puts in the output folder. */
  files: readonly string[];
  contribution: Contribution<T>;
  open(context: BatchSinkContext): Promise<BatchSink<T>>;
}

/** The tables of the batch CSVs and the workbook: one row per task, per reference, per document. */
export const TABLES: Contribution<DocumentTables> = {
  key: 'tables',
  of: (name, doc) => ({ tasks: taskRows(name, doc), references: referenceRows(name, doc), documents: [documentRow(name, doc)] }),
};

function stampOf(options: DocumentRenderOptions): string | undefined {
  return options.timestamps ? (options.now?.() ?? new Date()).toISOString() : undefined;
}

/** What the batch's report.html keeps of each document. */
export const HTML_ENTRY: Contribution<HtmlEntry> = { key: 'html', of: htmlEntryOf };

/** A batch format, its contribution's type checked against its writer's. */
function batchFormat<T>(format: BatchFormat<T>): BatchFormat {
  return format as unknown as BatchFormat;
}

const FORMAT_LIST = [
  {
    kind: 'document',
    name: 'json',
    suffix: '.json',
    render: (r, o) => (o.jsonBytes && !o.compactJson ? documentToJsonBytes(r.document, stampOf(o)) : documentToJson(r.document, stampOf(o), o.compactJson)),
  },
  batchFormat({ kind: 'batch', name: 'csv', files: ['tasks.csv', 'references.csv', 'documents.csv'], contribution: TABLES, open: async (c) => (await import('./csv-sink.js')).openCsvSink(c) }),
  { kind: 'document', name: 'md', suffix: '.md', render: (r) => documentToMarkdown(r.document) },
  { kind: 'document', name: 'txt', suffix: '.restored.txt', render: (r) => r.restoredText },
  batchFormat({ kind: 'batch', name: 'xlsx', files: ['directives.xlsx'], contribution: TABLES, open: async (c) => (await import('./xlsx/sink.js')).openXlsxSink(c) }),
  { kind: 'document', name: 'html', suffix: '.html', render: (r, _o, name) => documentPage(name, r.document, r.restoredText) },
  batchFormat({ kind: 'batch', name: 'html', files: [REPORT_FILE], contribution: HTML_ENTRY, open: async (c) => (await import('./html/report-sink.js')).openHtmlReportSink(c) }),
] as const satisfies ReadonlyArray<DocumentFormat | BatchFormat>;

export type OutputFormat = (typeof FORMAT_LIST)[number]['name'];
/** The format names, each once (html has two entries). */
export const FORMATS: readonly OutputFormat[] = [...new Set(FORMAT_LIST.map((f) => f.name))];

/** The format's entry (its per-document one, for a format that has both). */
export function formatNamed(name: OutputFormat): DocumentFormat | BatchFormat {
  return FORMAT_LIST.find((f) => f.name === name && f.kind === 'document') ?? FORMAT_LIST.find((f) => f.name === name)!;
}

export function documentFormats(names: readonly OutputFormat[]): DocumentFormat[] {
  return FORMAT_LIST.filter((f): f is Extract<(typeof FORMAT_LIST)[number], DocumentFormat> => f.kind === 'document' && names.includes(f.name));
}

export function batchFormats(names: readonly OutputFormat[]): BatchFormat[] {
  return FORMAT_LIST.filter((f) => f.kind === 'batch' && names.includes(f.name)) as BatchFormat[];
}

/** What the document contributes to the batch formats asked for, each key once. */
export function contributionsOf(name: string, doc: DirectiveDocument, names: readonly OutputFormat[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of batchFormats(names)) out[f.contribution.key] ??= f.contribution.of(name, doc);
  return out;
}
