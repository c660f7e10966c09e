/**
 * Peak memory of writing directives.xlsx against the number of rows: the
 * rows are spooled and the workbook streamed, each row held back while the
 * zip is behind (src/write/xlsx/book.ts), so the peak does not grow with the
 * batch. Writes N documents of 100 task rows (typical text lengths) through
 * the batch writer and prints rows, seconds and peak RSS (sampled every
 * 20 ms, so a brief peak may be missed by a few MB).
 *
 *   npx tsx bench/xlsx-memory.ts 200 2000 6000
 *
 * Measured 2026-12-07 on the shared 2-core machine (load average 3–4), peak
 * RSS of the whole process (about 130–170 MB of it is tsx and the modules,
 * before the workbook is written):
 *
 * | task rows | before (ad72a98) | after (book.ts) | workbook |
 * |---|---|---|---|
 * | 20,000  | 169 MB | 166 MB | 1.8 MB |
 * | 200,000 | 335 MB | 205–211 MB | 18.4 MB |
 * | 600,000 | 681 MB | 200 MB | 55.4 MB |
 *
 * Before, exceljs's sheet streams never made the row writer wait, so the XML
 * piled up ahead of the zip's deflate (and the time grew too: 600,000 rows
 * took 133 s, now 85 s). bench/BATCH.md has the figures with their context.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BatchWriter } from '../src/write/batch-writer.js';
import { DOCUMENT_COLUMNS, REFERENCE_COLUMNS, TASK_COLUMNS } from '../src/write/csv-rows.js';

const TEXT = 'Sở Nội vụ chủ trì, phối hợp với Sở Tài chính và các cơ quan liên quan tham mưu Ban Thường vụ Tỉnh ủy sắp xếp tổ chức bộ máy. '.repeat(3);

function rowOf(columns: readonly string[], values: Record<string, string>): string[] {
  return columns.map((c) => values[c] ?? `${c}-value`);
}

async function measure(documents: number): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'dp-xlsx-bench-'));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const started = performance.now();
  const writer = await BatchWriter.open(out, { formats: ['xlsx'] });
  for (let d = 0; d < documents; d++) {
    const tasks = Array.from({ length: 100 }, (_, i) => rowOf(TASK_COLUMNS, { file: `doc${d}`, text: TEXT, line: String(i + 1), deadline_due: '2025-10-31' }));
    const references = Array.from({ length: 10 }, () => rowOf(REFERENCE_COLUMNS, { file: `doc${d}`, date: '2025-04-08' }));
    await writer.write({ name: `doc${d}`, files: [], batch: { tables: { tasks, references, documents: [rowOf(DOCUMENT_COLUMNS, { file: `doc${d}`, tasks: '100' })] } }, summary: {} as never });
  }
  const beforeFinish = peak;
  await writer.finish(true);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage.rss());
  const size = statSync(join(out, 'directives.xlsx')).size;
  console.log(`${documents} documents, ${documents * 100} task rows: ${((performance.now() - started) / 1000).toFixed(1)} s, workbook ${(size / 1e6).toFixed(1)} MB, peak RSS ${(peak / 1e6).toFixed(0)} MB (${(beforeFinish / 1e6).toFixed(0)} MB while the rows came)`);
  rmSync(out, { recursive: true, force: true });
}

for (const n of process.argv.slice(2).map(Number)) await measure(n);
