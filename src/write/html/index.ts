/** `--format html`: a page per document and the batch's report. */
export { batchPage, type BatchPageOptions } from './batch-page.js';
export { documentPage } from './document-page.js';
export { htmlEntryOf, type HtmlEntry, type HtmlTask } from './entry.js';
export { HtmlReport } from './html-report.js';
export { REPORT_FILE } from './report-file.js';
