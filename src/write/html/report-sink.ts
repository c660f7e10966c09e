/**
 * report.html as a batch format (formats.ts): each document's entry is kept
 * as the batch goes; once the batch is complete and the other batch files
 * are finished, HtmlReport fills the pages' cross-links and writes
 * report.html. An incomplete batch leaves the previous report as it was (the
 * pages just written keep their cross-links empty).
 */
import type { BatchSink, BatchSinkContext } from '../batch-sink.js';
import type { HtmlEntry } from './entry.js';
import { HtmlReport } from './html-report.js';

export function openHtmlReportSink(context: BatchSinkContext): Promise<BatchSink<HtmlEntry>> {
  const report = new HtmlReport(context.outDir, { asOf: context.asOf }, context.disk);
  return Promise.resolve({
    write: (entry) => {
      report.add(entry);
      return Promise.resolve();
    },
    // Nothing goes under a temporary name before the batch is known complete: the pages are completed at commit.
    finish: () => Promise.resolve(),
    commit: () => report.commit(),
    abort: () => Promise.resolve(),
  });
}
