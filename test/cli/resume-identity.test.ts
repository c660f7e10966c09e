/**
 * --resume reuses NAME.json only when it records the same input (path and
 * sha256 of its bytes), the same options that shape the document and the
 * same tool version; file times never decide.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, seedPaths, tempDir } from './helpers.js';

const PAST = new Date('2024-01-01T00:00:00Z');
const PLAN = 'TỈNH ỦY HƯNG YÊN\nSố 642-KH/TU\nHưng Yên, ngày 28 tháng 4 năm 2025\n\nKẾ HOẠCH\nthực hiện Kết luận số 148-KL/TW\n\n1. Sở Nội vụ chủ trì, hoàn thành trước ngày 31/10/2025.\n';
const PARAGRAPH = 'Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tham mưu, hoàn thành trước ngày 31/10/2025.\n\n';
const read = (path: string): string => readFileSync(path, 'utf8');
const json = (path: string): { source: { path: string; sha256: string }; header: { id: string }; run: Record<string, unknown> } => JSON.parse(read(path));
const written = (stdout: string): string => /(\d+) documents? written(, \d+ up to date)?/u.exec(stdout)?.[0] ?? stdout;

describe('--resume decides by what NAME.json records', () => {
  it("never reuses another input's outputs, however old the input (the issue's repro)", async () => {
    const dir = tempDir();
    const [seed0, seed1] = seedPaths();
    mkdirSync(join(dir, 'rs', '2024'), { recursive: true });
    mkdirSync(join(dir, 'rs', '2025'), { recursive: true });
    copyFileSync(seed1!, join(dir, 'rs', '2024', 'plan.txt'));
    copyFileSync(seed0!, join(dir, 'rs', '2025', 'plan.txt'));
    for (const y of ['2024', '2025']) utimesSync(join(dir, 'rs', y, 'plan.txt'), PAST, PAST);
    expect((await run(['rs/2024/plan.txt', '-o', 'rs/out'], { cwd: dir })).code).toBe(0);
    const first = json(join(dir, 'rs', 'out', 'plan.json'));
    const r = await run(['rs/2025/plan.txt', '-o', 'rs/out', '--resume'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(written(r.stdout)).toBe('1 document written');
    const doc = json(join(dir, 'rs', 'out', 'plan.json'));
    expect(doc.source.path).toBe('rs/2025/plan.txt');
    expect(doc.header.id).not.toBe(first.header.id);
    expect(read(join(dir, 'rs', 'out', 'documents.csv'))).toContain(doc.header.id);
    expect(read(join(dir, 'rs', 'out', 'documents.csv'))).not.toContain(first.header.id);
  });

  it('processes again an input whose bytes changed though its time did not, or that moved', async () => {
    const dir = tempDir();
    const [seed0, seed1] = seedPaths();
    mkdirSync(join(dir, 'a'));
    copyFileSync(seed0!, join(dir, 'a', 'plan.txt'));
    utimesSync(join(dir, 'a', 'plan.txt'), PAST, PAST);
    const args = ['-o', 'out', '--no-restore'];
    expect((await run(['a/plan.txt', ...args], { cwd: dir })).code).toBe(0);
    expect(written((await run(['a/plan.txt', ...args, '--resume'], { cwd: dir })).stdout)).toBe('0 documents written, 1 up to date');
    // Other bytes under the same name and the same time, as an unzip or a sync leaves them.
    copyFileSync(seed1!, join(dir, 'a', 'plan.txt'));
    utimesSync(join(dir, 'a', 'plan.txt'), PAST, PAST);
    expect(written((await run(['a/plan.txt', ...args, '--resume'], { cwd: dir })).stdout)).toBe('1 document written');
    expect(json(join(dir, 'out', 'plan.json')).source.sha256).toBe(createHash('sha256').update(readFileSync(seed1!)).digest('hex'));
    // The same bytes elsewhere: the JSON would record another path.
    mkdirSync(join(dir, 'b'));
    renameSync(join(dir, 'a', 'plan.txt'), join(dir, 'b', 'plan.txt'));
    expect(written((await run(['b/plan.txt', ...args, '--resume'], { cwd: dir })).stdout)).toBe('1 document written');
    expect(json(join(dir, 'out', 'plan.json')).source.path).toBe('b/plan.txt');
  });

  it('processes again when an option that shapes the document changed, and not when none did', async () => {
    const dir = tempDir();
    // What is checked is the record of the options, not the reading: a short plan does (a seed took a second a run).
    writeFileSync(join(dir, 'plan.txt'), PLAN);
    const out = ['plan.txt', '-o', 'out'];
    expect((await run(out, { cwd: dir })).code).toBe(0);
    const again = async (extra: string[]): Promise<string> => {
      const r = await run([...out, ...extra, '--resume'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      return written(r.stdout);
    };
    expect(await again([])).toBe('0 documents written, 1 up to date');
    expect(await again(['--tone-style', 'modern'])).toBe('1 document written');
    expect(json(join(dir, 'out', 'plan.json')).run).toMatchObject({ restore: true, toneStyle: 'modern' });
    expect(await again(['--tone-style', 'modern'])).toBe('0 documents written, 1 up to date');
    expect(await again(['--no-restore'])).toBe('1 document written');
    expect(json(join(dir, 'out', 'plan.json')).run).toMatchObject({ restore: false, toneStyle: null });
    expect(await again(['--no-restore', '--encoding', 'utf-8'])).toBe('1 document written');
    expect(await again(['--no-restore', '--encoding', 'utf-8', '--input-format', 'text'])).toBe('1 document written');
    expect(await again(['--no-restore', '--encoding', 'utf-8', '--input-format', 'text'])).toBe('0 documents written, 1 up to date');
    expect(await again(['--no-restore', '--encoding', 'utf-8', '--input-format', 'text', '--timestamps'])).toBe('1 document written');
    // A user dictionary is part of the dictionary.
    writeFileSync(join(dir, 'user.txt'), 'Phố Hiến\n');
    expect(await again([])).toBe('1 document written');
    expect(await again(['--dict', 'user.txt'])).toBe('1 document written');
    expect(await again(['--dict', 'user.txt'])).toBe('0 documents written, 1 up to date');
    // Made by another version of the tool.
    const path = join(dir, 'out', 'plan.json');
    writeFileSync(path, read(path).replace(/"version": "[^"]+"/u, '"version": "0.0.1"'));
    expect(await again(['--dict', 'user.txt'])).toBe('1 document written');
  });

  it('reuses the parts of a large input by their own records, and none once its bytes changed', async () => {
    const dir = tempDir();
    // Past one part (512 KB) of plain paragraphs: the parts are what is checked, and a seed repeated cost 6 s a run.
    const big = `KE HOACH\n\n${PARAGRAPH.repeat(Math.ceil(600_000 / Buffer.byteLength(PARAGRAPH)))}`;
    writeFileSync(join(dir, 'big.txt'), big);
    const args = ['big.txt', '-o', 'out', '--no-restore'];
    expect((await run(args, { cwd: dir })).code).toBe(0);
    expect(json(join(dir, 'out', 'big.part2.json')).run).toMatchObject({ part: { index: 2, count: 2 } });
    expect(written((await run([...args, '--resume'], { cwd: dir })).stdout)).toBe('0 documents written, 2 up to date');
    writeFileSync(join(dir, 'big.txt'), big.replace('KE HOACH', 'KE HOACH.'));
    expect(written((await run([...args, '--resume'], { cwd: dir })).stdout)).toBe('2 documents written');
  });
});
