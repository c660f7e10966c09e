/** A disk filling up mid-batch: nothing truncated under a final name, a message saying so, the batch stopped. */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Job, Outcome } from '../../src/batch/outcome.js';
import { runBatch } from '../../src/batch/run-batch.js';
import { sequentialRunner } from '../../src/batch/runner.js';
import { BatchWriter, WriteError } from '../../src/write/batch-writer.js';
import { tempDir } from '../cli/helpers.js';
import { fullDisk } from './helpers/full-disk.js';

const doc = (n: number): string => `TỈNH ỦY HƯNG YÊN\nSố ${n}-KH/TU\n\nKẾ HOẠCH\n\nI- NHIỆM VỤ\n1. Sở Nội vụ chủ trì, hoàn thành trước ngày 31/10/2025.\n`;

function jobs(dir: string, n: number): Job[] {
  return Array.from({ length: n }, (_, index) => {
    const path = join(dir, `d${index}.txt`);
    writeFileSync(path, doc(600 + index));
    return { index, input: { kind: 'file', path, realPath: path }, name: `d${index}` };
  });
}

const runner = sequentialRunner({ parse: { restore: false }, render: { formats: ['json', 'csv'] }, explain: false });

async function batch(dir: string, writer: BatchWriter, n: number) {
  const seen: Array<[Job, Outcome, string | null]> = [];
  const tally = await runBatch(jobs(dir, n), { runner, sink: writer, failFast: false }, { onFinished: (j, o, e) => seen.push([j, o, e]) });
  return { tally, seen };
}

describe('a disk that fills up mid-write', () => {
  it('stops the batch at the document that did not fit, which leaves no file behind, and says so', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    // Room for about two and a half documents' JSON.
    const probe = await BatchWriter.open(join(dir, 'probe'), { csv: false });
    await batch(dir, probe, 1);
    const one = readFileSync(join(dir, 'probe', 'd0.json')).length;
    const writer = await BatchWriter.open(out, { csv: true, disk: fullDisk({ files: Math.floor(one * 2.5) }) });
    const { tally, seen } = await batch(dir, writer, 6);
    await writer.close();
    expect(seen).toHaveLength(3);
    expect(seen[2]![2]).toMatch(/d2\.json: could not be written: the disk is full; the batch stopped here .*--resume/u);
    expect(tally).toMatchObject({ written: 2, writeFailures: 1 });
    const files = readdirSync(out).sort();
    expect(files).toEqual(['d0.json', 'd1.json', 'documents.csv', 'references.csv', 'tasks.csv']);
    for (const f of ['d0.json', 'd1.json']) expect(() => JSON.parse(readFileSync(join(out, f), 'utf8'))).not.toThrow();
  });

  it('keeps a batch CSV that cannot be finished from appearing at all', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const writer = await BatchWriter.open(out, { csv: true, disk: fullDisk({ streams: 800 }) });
    await batch(dir, writer, 4);
    const error = await writer.close().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect((error as Error).message).toMatch(/the batch CSV files could not be written: the disk is full/u);
    const files = readdirSync(out).sort();
    expect(files.filter((f) => f.endsWith('.csv') || f.endsWith('.tmp'))).toEqual([]);
    expect(files).toEqual(['d0.json', 'd1.json', 'd2.json', 'd3.json']);
  });
});
