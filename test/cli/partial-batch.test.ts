/** A batch that stops part way (--fail-fast here; a full disk in test/write/disk-full.test.ts) leaves the complete batch CSVs of the previous run as they were, and says so. */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from './helpers.js';

const doc = (n: number): string =>
  `TỈNH ỦY HƯNG YÊN\nSố ${n}-KH/TU\n\nKẾ HOẠCH\n\nI- NHIỆM VỤ\n1. Sở Nội vụ chủ trì, hoàn thành trước ngày 31/10/2025.\n2. Sở Tài chính phối hợp, báo cáo hằng tháng.\n`;
const INPUTS = ['d1.txt', 'd2.txt', 'd3.txt', 'd4.txt'];
const CSVS = ['documents.csv', 'references.csv', 'tasks.csv'];
const csvs = (out: string): string[] => CSVS.map((f) => readFileSync(join(out, f), 'utf8'));

describe('a batch that stops before its end', () => {
  it('leaves the previous batch CSVs as they were, and says so', async () => {
    const dir = tempDir();
    INPUTS.forEach((f, i) => writeFileSync(join(dir, f), doc(601 + i)));
    const args = [...INPUTS, '-o', 'out', '--no-restore'];
    expect((await run(args, { cwd: dir })).code).toBe(0);
    const before = csvs(join(dir, 'out'));
    expect(before[0]!.trim().split('\r\n')).toHaveLength(5);

    writeFileSync(join(dir, 'd2.txt'), ''); // an input that now fails
    const stopped = await run([...args, '--fail-fast'], { cwd: dir });
    expect(stopped.code).toBe(5);
    expect(csvs(join(dir, 'out'))).toEqual(before);
    expect(stopped.stderr).toContain('tasks.csv, references.csv, documents.csv left as they were: the batch stopped before its end');
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    // The same batch run to its end writes CSVs of the documents it could read.
    const whole = await run(args, { cwd: dir });
    expect(whole.code).toBe(5);
    expect(whole.stderr).not.toContain('left as they were');
    expect(csvs(join(dir, 'out'))[0]!.trim().split('\r\n')).toHaveLength(4);
  });
});
