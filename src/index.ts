/**
 * directive-parse: OCR'd Vietnamese directives → structured data.
 *
 *   import { parse, parseFile } from 'directive-parse';
 *   const { document, restoredText } = await parseFile('seeds/000_….txt');
 *
 * The stages are exported too, for those who build their own pipeline: the
 * unified plugins (parseText, parseMarkdown, restore, segment, extract, and the
 * compiler assemble) and `createProcessor`, which chains them, and the
 * dictionary they are handed (`openDictionary`: the tables of dict/ or another
 * folder), and the writers of the outputs: the JSON file, the Markdown, the
 * rows of the batch CSVs and the workbook, and the format registry.
 */
export { parse, parseFile, sharedRestorer, InputError, type ParseOptions, type ParseResult } from './api.js';
export { OptionError } from './api-checks.js';
export { MAX_STREAM_BYTES } from './read/source-bytes.js';
export { closeOcr, OCR_MODES, type OcrMode, type ScanOptions } from './read/index.js';
export { createProcessor, processText, restoredLines, type PipelineOptions, type ProcessedDocument } from './pipeline.js';
export { default as parseText } from './read/parse-text.js';
export { default as parseMarkdown } from './read/parse-markdown.js';
export { default as restore } from './restore/plugin.js';
export { default as segment } from './segment/plugin.js';
export { default as extract } from './extract/plugin.js';
export { default as assemble } from './assemble/plugin.js';
export { loadRestorer, restoreText, type Restorer, type RestorerOptions, type RestoreOptions } from './restore/index.js';
export { openDictionary, DEFAULT_DICT_DIR, type Dictionary } from './dict/index.js';
export { loadPlaces, type PlaceTable, type PlaceKind, type PlaceRow, type PlaceReading } from './vi/places.js';
export { documentToJson, documentToJsonBytes } from './write/json-file.js';
export { documentToMarkdown } from './write/markdown.js';
export { taskRows, referenceRows, documentRow, TASK_COLUMNS, REFERENCE_COLUMNS, DOCUMENT_COLUMNS, type CsvRow } from './write/csv-rows.js';
export { renderDocument, summaryOf, type RenderOptions, type RenderedDocument, type SummaryRow } from './write/render.js';
export { FORMATS, documentFormats, batchFormats, type OutputFormat, type DocumentFormat, type BatchFormat } from './write/formats.js';
export * from './types.js';
