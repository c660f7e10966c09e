/**
 * The batch side of `--format html`: it keeps each document's entry as the
 * batch goes, and once the batch is complete fills every page's cross-links
 * (a page, written when its document was done, is read back, completed and
 * put back atomically) and writes `report.html`. Memory holds the entries
 * only, never the pages.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REAL_DISK, writeFileAtomic, type Disk } from '../atomic.js';
import { batchPage, type BatchPageOptions } from './batch-page.js';
import { indexBatch } from './batch-index.js';
import { crossLinksHtml, fillCrossLinks } from './cross-links.js';
import type { HtmlEntry } from './entry.js';
import { REPORT_FILE } from './report-file.js';

export class HtmlReport {
  private readonly entries: HtmlEntry[] = [];

  constructor(
    private readonly outDir: string,
    private readonly options: BatchPageOptions,
    private readonly disk: Disk = REAL_DISK,
  ) {}

  add(entry: HtmlEntry): void {
    this.entries.push(entry);
  }

  /** Completes the pages and writes the report; throws the first error, naming the file. */
  async commit(): Promise<void> {
    const index = indexBatch(this.entries);
    for (const entry of this.entries) {
      const path = join(this.outDir, `${entry.name}.html`);
      let page: string;
      try {
        page = await readFile(path, 'utf8');
      } catch (err) {
        throw Object.assign(new Error(`${path}: ${(err as Error).message}`), { code: (err as NodeJS.ErrnoException).code, path });
      }
      const filled = fillCrossLinks(page, crossLinksHtml(entry, index));
      if (filled !== page) await writeFileAtomic(path, filled, this.disk);
    }
    await writeFileAtomic(join(this.outDir, REPORT_FILE), batchPage(this.entries, this.options, index), this.disk);
  }
}
