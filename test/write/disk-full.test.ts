/** A disk filling up mid-batch: nothing truncated under a final name, a message saying so, the batch stopped. */
import { close, open as openFd, readFileSync, readdirSync, write, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Job, Outcome } from '../../src/batch/outcome.js';
import { batchCompleted } from '../../src/batch/outcome.js';
import { runBatch } from '../../src/batch/run-batch.js';
import { sequentialRunner } from '../../src/batch/runner.js';
import type { Disk } from '../../src/write/atomic.js';
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
    const probe = await BatchWriter.open(join(dir, 'probe'), { formats: [] });
    await batch(dir, probe, 1);
    const one = readFileSync(join(dir, 'probe', 'd0.json')).length;
    const writer = await BatchWriter.open(out, { formats: ['csv'], disk: fullDisk({ files: Math.floor(one * 2.5) }) });
    const { tally, seen } = await batch(dir, writer, 6);
    expect(await writer.finish(batchCompleted(tally))).toBe('kept');
    expect(seen).toHaveLength(3);
    expect(seen[2]![2]).toMatch(/d2\.json: could not be written: the disk is full; the batch stopped here .*--resume/u);
    expect(tally).toMatchObject({ written: 2, writeFailures: 1, stopped: true });
    const files = readdirSync(out).sort();
    // The batch stopped: no batch CSVs of a third of it.
    expect(files).toEqual(['d0.json', 'd1.json']);
    for (const f of ['d0.json', 'd1.json']) expect(() => JSON.parse(readFileSync(join(out, f), 'utf8'))).not.toThrow();
  });

  it('keeps a batch CSV that cannot be finished from appearing at all', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const writer = await BatchWriter.open(out, { formats: ['csv'], disk: fullDisk({ streams: 800 }) });
    await batch(dir, writer, 4);
    const error = await writer.close().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect((error as Error).message).toMatch(/tasks\.csv, references\.csv, documents\.csv could not be written: the disk is full/u);
    const files = readdirSync(out).sort();
    expect(files.filter((f) => f.endsWith('.csv') || f.endsWith('.tmp'))).toEqual([]);
    expect(files).toEqual(['d0.json', 'd1.json', 'd2.json', 'd3.json']);
  });

  it('leaves the batch CSVs of a complete batch as they were when a rerun stops at a full disk', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const complete = await BatchWriter.open(out, { formats: ['csv'] });
    const first = await batch(dir, complete, 6);
    expect(await complete.finish(batchCompleted(first.tally))).toBe('committed');
    const before = csvs(out);
    expect(before['tasks.csv']!.split('\r\n').length).toBeGreaterThan(6);
    const one = readFileSync(join(out, 'd0.json')).length;
    const writer = await BatchWriter.open(out, { formats: ['csv'], disk: fullDisk({ files: Math.floor(one * 2.5) }) });
    const { tally } = await batch(dir, writer, 6);
    expect(tally.stopped).toBe(true);
    expect(await writer.finish(batchCompleted(tally))).toBe('kept');
    expect(csvs(out)).toEqual(before);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('puts the three batch CSVs in place together or not at all', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const complete = await BatchWriter.open(out, { formats: ['csv'] });
    await batch(dir, complete, 2);
    await complete.close();
    const before = csvs(out);
    // Only tasks.csv meets a full disk; the other two could be finished.
    const writer = await BatchWriter.open(out, { formats: ['csv'], disk: failingWrites(/tasks\.csv/u) });
    await batch(dir, writer, 4);
    await expect(writer.close()).rejects.toThrow(/tasks\.csv, references\.csv, documents\.csv could not be written: the disk is full/u);
    expect(csvs(out)).toEqual(before);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

function csvs(out: string): Record<string, string> {
  return Object.fromEntries(readdirSync(out).filter((f) => f.endsWith('.csv')).sort().map((f) => [f, readFileSync(join(out, f), 'utf8')]));
}

/** A disk on which every streamed write to a file whose path matches fails as a full disk does. */
function failingWrites(pattern: RegExp): Disk {
  const failing = new Set<number>();
  const enospc = (): NodeJS.ErrnoException => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  return {
    open,
    stream: {
      open: ((path: string, flags: string, mode: number, callback: (err: Error | null, fd?: number) => void) =>
        openFd(path, flags, mode, (err, fd) => {
          if (!err && pattern.test(path)) failing.add(fd);
          callback(err, fd);
        })) as never,
      close,
      write: ((fd: number, buffer: Buffer, offset: number, length: number, position: number | null, callback: (err: Error | null, written?: number) => void) =>
        failing.has(fd) ? callback(enospc()) : write(fd, buffer, offset, length, position, callback)) as never,
    },
  };
}
