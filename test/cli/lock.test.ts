/** Two runs into one --out: the second is refused with exit code 4 and a message naming the first; a killed run's lock is taken over. */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, lockOutputFolder } from '../../src/write/out-lock.js';
import { currentPlace } from '../../src/write/run-token.js';
import { run, tempDir } from './helpers.js';

const doc = (n: number): string => `TỈNH ỦY HƯNG YÊN\nSố ${n}-KH/TU\n\nKẾ HOẠCH\n\nI- NHIỆM VỤ\n1. Sở Nội vụ chủ trì, hoàn thành trước ngày 31/10/2025.\n`;

function inputs(dir: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    writeFileSync(join(dir, `d${i}.txt`), doc(600 + i));
    return `d${i}.txt`;
  });
}

describe('an output folder another run is writing to', () => {
  it('is refused with exit code 4, naming the run that holds it, and nothing is written', async () => {
    const dir = tempDir();
    const files = inputs(dir, 2);
    mkdirSync(join(dir, 'out'));
    const held = await lockOutputFolder(join(dir, 'out'));
    const r = await run([...files, '-o', 'out', '--no-restore'], { cwd: dir });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(new RegExp(`out: in use by another directive-parse run \\(process ${process.pid} on .*\\); wait for it to finish or choose another --out`, 'u'));
    expect(readdirSync(join(dir, 'out'))).toEqual([LOCK_FILE]);
    await held.release();
    const after = await run([...files, '-o', 'out', '--no-restore'], { cwd: dir });
    expect(after.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['d0.json', 'd1.json', 'documents.csv', 'references.csv', 'tasks.csv']);
  });

  it('lets one of two runs started together write, and refuses the other', async () => {
    const dir = tempDir();
    const files = inputs(dir, 3);
    const [a, b] = await Promise.all([run([...files, '-o', 'out', '--no-restore'], { cwd: dir }), run([...files, '-o', 'out', '--no-restore'], { cwd: dir })]);
    expect([a.code, b.code].sort()).toEqual([0, 4]);
    expect(readFileSync(join(dir, 'out', 'documents.csv'), 'utf8').trim().split('\r\n')).toHaveLength(4);
    expect(existsSync(join(dir, 'out', LOCK_FILE))).toBe(false);
  });

  it('takes over the lock a killed run left on this host', async () => {
    const dir = tempDir();
    const files = inputs(dir, 1);
    mkdirSync(join(dir, 'out'));
    const killed = { pid: 99999999, host: 'here', place: currentPlace(), random: '0123abcd', id: 'feedfacefeedface', startedAt: '2025-01-01T00:00:00.000Z' };
    writeFileSync(join(dir, 'out', LOCK_FILE), JSON.stringify(killed));
    const r = await run([...files, '-o', 'out', '--no-restore'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'out', LOCK_FILE))).toBe(false);
  });
});
