/**
 * kill -9 in the middle of a batch: no output under its final name is
 * truncated (every JSON present parses, the batch CSVs are absent or whole),
 * and --resume then completes the batch with the same bytes as a run that
 * was never interrupted.
 *
 * The killed process is the built command (bin/directive-parse, as in
 * ctrl-c.test.ts; dist/ is brought up to date by test/global-setup.ts), not
 * the sources under tsx, which compiled them again first. Ten documents: the
 * kill comes once four are written, so most are still to do.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, run, seedPaths, tempDir } from '../cli/helpers.js';

const BIN = join(REPO, 'bin', 'directive-parse');
const DOCS = 10;
const args = (out: string): string[] => ['in', '-o', out, '-f', 'json,csv,md', '--jobs', '2', '-q'];

function inputs(dir: string): void {
  mkdirSync(join(dir, 'in'));
  const seeds = seedPaths().map((p) => readFileSync(p, 'utf8'));
  for (let i = 0; i < DOCS; i++) {
    // Each copy a little different, as a real batch would be.
    writeFileSync(join(dir, 'in', `doc-${String(i).padStart(2, '0')}.txt`), `${seeds[i % seeds.length]}\nBản sao số ${i}.\n`);
  }
}

const jsons = (out: string): string[] => readdirSync(out).filter((f) => f.endsWith('.json'));
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('a batch killed with SIGKILL', () => {
  it('leaves no truncated output, and --resume completes it with the same bytes', async () => {
    const dir = tempDir('dp-kill-');
    inputs(dir);
    const child = spawn(process.execPath, [BIN, ...args('out')], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const out = join(dir, 'out');
    for (let waited = 0; waited < 240_000; waited += 50) {
      let n = 0;
      try {
        n = jsons(out).length;
      } catch {
        // not created yet
      }
      if (n >= 4) break;
      await sleep(50);
    }
    child.kill('SIGKILL');
    await exited;

    const written = jsons(out);
    expect(written.length).toBeGreaterThanOrEqual(4);
    for (const f of written) expect(() => JSON.parse(readFileSync(join(out, f), 'utf8')), f).not.toThrow();
    // Only a finished batch renames its CSVs into place: none, or all three with every document.
    const csvs = readdirSync(out).filter((f) => f.endsWith('.csv'));
    expect(csvs.length === 0 || csvs.length === 3).toBe(true);
    if (csvs.length === 3) expect(readFileSync(join(out, 'documents.csv'), 'utf8').trim().split('\r\n')).toHaveLength(DOCS + 1);

    // Up to date: the documents killed after all their files were in place (the last may have its JSON but not its Markdown).
    const present = readdirSync(out);
    const complete = written.filter((f) => present.includes(f.replace(/\.json$/u, '.md')));
    const resumed = await run([...args('out').filter((a) => a !== '-q'), '--resume'], { cwd: dir });
    expect(resumed.code).toBe(0);
    const upToDate = Number(/, (\d+) up to date/u.exec(resumed.stdout)?.[1]);
    expect(complete.length).toBeGreaterThanOrEqual(3);
    expect(upToDate).toBe(complete.length);
    const fresh = await run(args('fresh'), { cwd: dir });
    expect(fresh.code).toBe(0);
    const files = readdirSync(join(dir, 'fresh')).sort();
    expect(files).toHaveLength(DOCS * 2 + 3);
    expect(readdirSync(out).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(out, f)).equals(readFileSync(join(dir, 'fresh', f))), f).toBe(true);
  });
});
