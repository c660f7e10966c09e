/**
 * Everything one document contributes to a batch's outputs, as plain data:
 * the per-document files (by format), what it gives the batch formats (the
 * rows of the batch CSVs and the workbook) and its summary line.
 * Rendering is pure and can run in a worker; writing happens in one place
 * (src/write/batch-writer.ts) so that outputs land in input order.
 */
import type { ParseResult } from '../api.js';
import type { DirectiveDocument } from '../types.js';
import { countSections } from './csv-rows.js';
import { contributionsOf, documentFormats, FORMATS, type DocumentRenderOptions, type OutputFormat } from './formats.js';
import { EXPLAIN_SUFFIX, explainToTsv } from './explain-tsv.js';

export { FORMATS, type OutputFormat } from './formats.js';
export { documentToJson, documentToJsonBytes } from './json-file.js';

/** Per-document file suffixes, by format (the batch-only formats, csv and xlsx, have none). */
export const FILE_SUFFIX: Readonly<Record<'json' | 'md' | 'txt' | 'html', string>> = Object.fromEntries(
  documentFormats(FORMATS).map((f) => [f.name, f.suffix]),
) as Record<'json' | 'md' | 'txt' | 'html', string>;

export interface RenderOptions extends DocumentRenderOptions {
  formats: readonly OutputFormat[];
  /** Write NAME.explain.tsv beside the formats' files, when the result carries an explanation (--explain). */
  explain?: boolean;
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
  /** What the document gives the batch formats asked for, by contribution key (formats.ts). */
  batch: Record<string, unknown>;
  summary: SummaryRow;
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

export function renderDocument(name: string, result: Pick<ParseResult, 'document' | 'restoredText' | 'explanation'>, options: RenderOptions): RenderedDocument {
  const files = documentFormats(options.formats).map((f) => ({ fileName: name + f.suffix, content: f.render(result, options, name) }));
  // Not a format: the restorer's working, written only with --explain (never to --stdout, which carries the documents).
  if (options.explain && result.explanation) files.push({ fileName: name + EXPLAIN_SUFFIX, content: explainToTsv(result.explanation) });
  return { name, files, batch: contributionsOf(name, result.document, options.formats), summary: summaryOf(name, result.document) };
}

