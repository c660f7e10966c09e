/**
 * The command run with Node and V8 options of the user's own. Built, its
 * workers inherit them all; from the sources (tsx), they start with the Node
 * options and without V8's and the process-wide ones, which a worker's
 * execArgv refuses (they act on the whole process, workers included).
 */
import { execFile } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { workerArgv } from '../../src/batch/spawn.js';
import { REPO, tempDir } from '../cli/helpers.js';

/**
 * Two short plans, restored, in a batch of two workers: what is checked is that the workers start under
 * the options and do their work (restoration included), which two seeds (66 KB) showed no better.
 */
function plans(dir: string): string[] {
  return [1, 2].map((n) => {
    const path = join(dir, `plan-${n}.txt`);
    writeFileSync(path, `TINH UY HUNG YEN\nSo ${640 + n}-KH/TU\nHung Yen, ngay 28 thang 4 nam 2025\n\nKE HOACH\nthuc hien Ket luan so 148-KL/TW\n\n1. So Noi vu chu tri, phoi hop voi So Tai chinh tham muu, hoan thanh truoc ngay 31/10/2025.\n`);
    return path;
  });
}

const TSX = pathToFileURL(join(REPO, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

describe('options of the node process', () => {
  it('keeps Node options with their values, drops V8 options and tsx loaders', () => {
    expect(
      workerArgv(['--max-old-space-size=4096', '--stack-size=2000', '--enable-source-maps', '--conditions', 'development', '--import', TSX, '--expose-gc', '--no-warnings', '-r', 'tsx/cjs']),
    ).toEqual(['--enable-source-maps', '--conditions', 'development', '--no-warnings']);
    expect(workerArgv(['--require', './setup.cjs', '--import=tsx', '--single-threaded-gc'])).toEqual(['--require', './setup.cjs']);
    expect(workerArgv(['--v8-pool-size=2', '--title', 'dp', '--trace-warnings', '--use_bundled_ca'])).toEqual(['--trace-warnings']);
  });

  it('runs a batch of the built command when node is started with V8 and process-wide options', async () => {
    const dir = tempDir('dp-node-options-');
    const out = join(dir, 'out');
    const seeds = plans(dir);
    // The built command (npm ci builds it): its workers inherit the options, which a worker's execArgv would refuse.
    const args = ['--v8-pool-size=1', '--title=dp-test', '--single-threaded-gc', '--max-old-space-size=1024', join(REPO, 'bin', 'directive-parse'), '--jobs', '2', '--quiet', '-o', out, ...seeds];
    await promisify(execFile)(process.execPath, args, { env: { ...process.env, NO_COLOR: '1' } });
    expect(readdirSync(out).filter((f) => f.endsWith('.json')).length).toBe(2);
  });

  it('runs a batch when node is started with V8 options', async () => {
    const dir = tempDir('dp-node-options-');
    const out = join(dir, 'out');
    const seeds = plans(dir);
    const args = ['--max-old-space-size=1024', '--stack-size=900', '--import', TSX, join(REPO, 'src/cli/main.ts'), '--jobs', '2', '--quiet', '-o', out, ...seeds];
    // Its workers from the sources too (tsx in each), not the built worker the suite hands the command.
    const { DIRECTIVE_PARSE_WORKER: _built, ...env } = process.env;
    await promisify(execFile)(process.execPath, args, { env: { ...env, NO_COLOR: '1' } });
    expect(readdirSync(out).filter((f) => f.endsWith('.json')).length).toBe(2);
  });
});
