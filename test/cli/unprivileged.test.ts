/**
 * Inputs that cannot be read and an output folder that cannot be written,
 * through the real command as an unprivileged user (root reads and writes
 * everything whatever the modes, and the suite runs as root). The command
 * is the built one (bin/directive-parse; dist/ is brought up to date by
 * test/global-setup.ts): from the sources under tsx, the process and each of
 * its workers compiled them again first.
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { scratch } from '../read/helpers/tree.js';
import { REPO } from './helpers.js';
import { NOBODY, nobodyReachesProject } from '../helpers/nobody.js';

const BIN = join(REPO, 'bin', 'directive-parse');
const GOOD = 'TỈNH ỦY HƯNG YÊN\nSố 642-KH/TU\n\nKẾ HOẠCH\n\nI- NHIỆM VỤ\n1. Sở Nội vụ chủ trì.\n';

async function cli(cwd: string, args: string[]): Promise<{ code: number; stderr: string }> {
  const asRoot = process.getuid?.() === 0;
  try {
    const r = await promisify(execFile)(process.execPath, [BIN, ...args], {
      cwd,
      ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
      env: { PATH: process.env.PATH ?? '', HOME: '/tmp', NO_COLOR: '1' },
    });
    return { code: 0, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
}

describe.skipIf(!nobodyReachesProject)('as an unprivileged user', () => {
  it('names every input it cannot reach (permissions, symbolic link loop, missing, no match) and writes the rest', async () => {
    const tree = scratch();
    try {
      tree.file('good.txt', GOOD);
      chmodSync(tree.file('secret.txt', GOOD), 0o000);
      tree.file('closed/inner.txt', GOOD);
      chmodSync(join(tree.root, 'closed'), 0o000);
      tree.file('tree/a.txt', GOOD);
      tree.link('tree/again', '.');
      chmodSync(tree.dir('out'), 0o777);
      const r = await cli(tree.root, ['good.txt', 'secret.txt', 'closed', 'tree', 'missing.txt', 'nothing/*.txt', '-o', 'out']);
      expect(r.code).toBe(5);
      for (const problem of [
        'secret.txt: permission denied',
        'closed: permission denied',
        'tree/again: symbolic link loop',
        'missing.txt: no such file or folder',
        'nothing/*.txt: no files match this pattern',
      ]) expect(r.stderr).toContain(problem);
      expect(readdirSync(join(tree.root, 'out')).filter((f) => f.endsWith('.json')).sort()).toEqual(['a.json', 'good.json']);
    } finally {
      chmodSync(join(tree.root, 'closed'), 0o755);
      tree.remove();
    }
  });

  it('exits 4 naming an output folder it may not write', async () => {
    const tree = scratch();
    try {
      tree.file('good.txt', GOOD);
      mkdirSync(join(tree.root, 'locked'), { mode: 0o755 });
      const r = await cli(tree.root, ['good.txt', '-o', 'locked']);
      expect(r.code).toBe(4);
      expect(r.stderr).toMatch(/locked: cannot write outputs here: permission denied/u);
    } finally {
      tree.remove();
    }
  });
});
