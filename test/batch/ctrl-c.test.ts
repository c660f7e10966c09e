/**
 * Two runs into one --out, and Ctrl-C. While a batch writes into a folder, a
 * second process writing there is refused with exit code 4, naming the
 * first, and writes nothing. Ctrl-C then stops the first: it says how to
 * finish (the same command with --resume), leaves no temporary file, no
 * batch CSV with part of the rows and no lock, and the command it prints
 * completes the batch.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/write/out-lock.js';
import { REPO, run, seedPaths, tempDir } from '../cli/helpers.js';

const BIN = join(REPO, 'bin', 'directive-parse');
const DOCS = 16;

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

function start(args: string[], cwd: string): { pid: number; kill: (s: NodeJS.Signals) => void; ended: Promise<Ended> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const ended = new Promise<Ended>((resolve) => child.once('close', (code, signal) => resolve({ code, signal, stderr })));
  return { pid: child.pid!, kill: (s) => child.kill(s), ended };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const jsons = (out: string): string[] => {
  try {
    return readdirSync(out).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
};

describe('a second run into a busy --out, then Ctrl-C', () => {
  it('refuses the second run, and the interrupted one says how to finish and leaves the folder clean', async () => {
    const dir = tempDir('dp-ctrl-c-');
    mkdirSync(join(dir, 'in'));
    mkdirSync(join(dir, 'other'));
    const seeds = seedPaths().map((p) => readFileSync(p, 'utf8'));
    for (let i = 0; i < DOCS; i++) writeFileSync(join(dir, 'in', `doc-${String(i).padStart(2, '0')}.txt`), `${seeds[i % seeds.length]}\nBản sao số ${i}.\n`);
    writeFileSync(join(dir, 'other', 'x.txt'), 'KẾ HOẠCH\n1. Sở Nội vụ chủ trì, hoàn thành trước ngày 31/10/2025.\n');

    const args = ['in', '-o', 'out', '-f', 'json,csv,md', '--jobs', '2'];
    const first = start(args, dir);
    const out = join(dir, 'out');
    // Waits on the work, not the clock: until the first run has written two documents.
    while (jsons(out).length < 2) await sleep(50);

    const second = await start(['other', '-o', 'out', '-f', 'json,csv'], dir).ended;
    expect(second.code).toBe(4);
    expect(second.stderr).toContain(`out: in use by another directive-parse run (process ${first.pid} on `);
    expect(readdirSync(out).filter((f) => f.startsWith('x.'))).toEqual([]);

    first.kill('SIGINT');
    const ended = await first.ended;
    expect(ended.code).toBe(130);
    expect(ended.stderr).toContain('directive-parse: interrupted; the documents written so far are whole');
    expect(ended.stderr).toContain(`To finish the batch, run it again with --resume (documents already done are skipped):\n  directive-parse ${args.join(' ')} --resume\n`);
    const left = readdirSync(out);
    expect(left.filter((f) => f.endsWith('.tmp') || f === LOCK_FILE || f.endsWith('.csv'))).toEqual([]);
    for (const f of jsons(out)) expect(() => JSON.parse(readFileSync(join(out, f), 'utf8')), f).not.toThrow();
    expect(jsons(out).length).toBeLessThan(DOCS);

    const resumed = await run([...args, '--resume', '-q'], { cwd: dir });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(readFileSync(join(out, 'documents.csv'), 'utf8').trim().split('\r\n')).toHaveLength(DOCS + 1);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp') || f === LOCK_FILE)).toEqual([]);
  });
});
