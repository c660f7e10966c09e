/** Standard output into a pipe: a reader that stops early ends the command quietly, and a slow one holds it back. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { REPO, tempDir } from './helpers.js';

const TSX = pathToFileURL(join(REPO, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const MAIN = join(REPO, 'src', 'cli', 'main.ts');

function inputs(dir: string, n: number): string[] {
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    const name = `doc${i}.txt`;
    writeFileSync(join(dir, name), `KẾ HOẠCH\n${'Sở Nội vụ chủ trì thực hiện nhiệm vụ.\n'.repeat(200)}`);
    names.push(name);
  }
  return names;
}

describe('standard output into a pipe', () => {
  it('ends quietly with exit 0 when the reader stops reading (| head)', () => {
    const dir = tempDir();
    const names = inputs(dir, 6).join(' ');
    const script = `node --import ${TSX} ${MAIN} --stdout -f txt --no-restore -j 1 ${names} | head -c 100 > /dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`;
    const result = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8' });
    expect(result.stderr).toContain('exit=0');
    expect(result.stderr).not.toMatch(/EPIPE|Error|at /u);
  });

  it('waits for a slow reader before writing the next document', async () => {
    const dir = tempDir();
    const names = inputs(dir, 4);
    const pending: Array<() => void> = [];
    let writes = 0;
    let maxAhead = 0;
    const stdout = new Writable({
      highWaterMark: 16,
      write(_chunk, _enc, callback) {
        writes += 1;
        maxAhead = Math.max(maxAhead, pending.length + 1);
        pending.push(callback);
        // The reader takes each piece a while after it was written.
        setTimeout(() => pending.shift()?.(), 400);
      },
    });
    const stderr = new Writable({ write: (_c, _e, cb) => cb() });
    const code = await runCli(['--stdout', '-f', 'txt', '--no-restore', '-j', '1', ...names], { stdout, stderr, stdin: Readable.from([]), env: {}, cwd: dir });
    expect(code).toBe(0);
    expect(writes).toBe(4);
    expect(maxAhead).toBe(1);
  });
});
