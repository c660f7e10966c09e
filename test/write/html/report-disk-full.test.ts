/** report.html on a disk that fills up as the batch ends: an error naming it, no half-written page or report, the CSVs still in place. */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchCompleted, type Job } from '../../../src/batch/outcome.js';
import { runBatch } from '../../../src/batch/run-batch.js';
import { sequentialRunner } from '../../../src/batch/runner.js';
import { BatchWriter, WriteError } from '../../../src/write/batch-writer.js';
import { tempDir } from '../../cli/helpers.js';
import { fullDisk } from '../helpers/full-disk.js';

const doc = (n: number): string => `TỈNH ỦY HƯNG YÊN\nSố ${n}-KH/TU\n\nKẾ HOẠCH\nthực hiện Kế hoạch số 600-KH/TU\n\nI- NHIỆM VỤ\n1. Sở Nội vụ chủ trì, hoàn thành trước ngày 31/10/2025.\n`;

function jobs(dir: string, n: number): Job[] {
  return Array.from({ length: n }, (_, index) => {
    const path = join(dir, `d${index}.txt`);
    writeFileSync(path, doc(600 + index));
    return { index, input: { kind: 'file', path, realPath: path }, name: `d${index}` };
  });
}

const runner = sequentialRunner({ parse: { restore: false }, render: { formats: ['csv', 'html'] }, explain: false });

describe('the HTML report on a full disk', () => {
  it('fails naming the report once the pages are written, leaving every page whole and the CSVs in place', async () => {
    const dir = tempDir();
    const probe = await BatchWriter.open(join(dir, 'probe'), { formats: ['html'] });
    await runBatch(jobs(dir, 3), { runner, sink: probe, failFast: false }, { onFinished: () => {} });
    await probe.finish(true);
    const pages = ['d0.html', 'd1.html', 'd2.html'].reduce((n, f) => n + readFileSync(join(dir, 'probe', f)).length, 0);

    const out = join(dir, 'out');
    // Room for the pages as first written (their cross-links still empty), not for completing them.
    const writer = await BatchWriter.open(out, { formats: ['csv', 'html'], disk: fullDisk({ files: pages - 200 }) });
    const tally = await runBatch(jobs(dir, 3), { runner, sink: writer, failFast: false }, { onFinished: () => {} });
    expect(tally).toMatchObject({ written: 3, writeFailures: 0 });
    const error = await writer.finish(batchCompleted(tally)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect((error as Error).message).toMatch(/out: report\.html could not be written: the disk is full/u);
    const files = readdirSync(out).sort();
    expect(files).toEqual(['d0.html', 'd1.html', 'd2.html', 'documents.csv', 'references.csv', 'tasks.csv']);
    for (const f of ['d0.html', 'd1.html', 'd2.html']) expect(readFileSync(join(out, f), 'utf8')).toMatch(/<\/html>\n$/u);
  });
});
