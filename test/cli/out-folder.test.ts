/**
 * Output folders the command must not write to: an empty --out (which
 * resolved to the current folder and wrote there) and folders on the
 * kernel's pseudo file systems, /proc, /sys and /dev, reached directly or
 * through a link (`-o /proc/x` never returned: Node's mkdir looped).
 */
import { existsSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pseudoFileSystem } from '../../src/write/pseudo-fs.js';
import { run, tempDir } from './helpers.js';

const GOOD = 'TỈNH ỦY HƯNG YÊN\nSố 642-KH/TU\nHưng Yên, ngày 28 tháng 4 năm 2025\n\nKẾ HOẠCH\nthực hiện Kết luận số 148-KL/TW\n\nI- NHIỆM VỤ\n1. Sở Nội vụ chủ trì, hoàn thành trước ngày 31/10/2025.\n';

function folderWithInput(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'plan.txt'), GOOD);
  return dir;
}

describe('--out', () => {
  it("'' is a usage error, and nothing is written", async () => {
    const dir = folderWithInput();
    for (const out of ['', '  ']) {
      const r = await run(['plan.txt', '-o', out, '--no-restore'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--out needs a folder name; '' would write into the current folder/u);
    }
    expect(readdirSync(dir)).toEqual(['plan.txt']);
  });

  it.each(['/proc/directive-parse-out', '/sys/directive-parse-out', '/dev/directive-parse-out', '/proc/self/cwd-not-here/x'])(
    '%s is refused as a pseudo file system, before anything is made',
    async (out) => {
      const dir = folderWithInput();
      const r = await run(['plan.txt', '-o', out, '--no-restore'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${out}: output folders cannot be on /`);
      expect(existsSync(out)).toBe(false);
    },
  );

  it('a link into /proc is followed and refused', async () => {
    const dir = folderWithInput();
    symlinkSync('/proc/self', join(dir, 'looks-fine'));
    const r = await run(['plan.txt', '-o', 'looks-fine/out', '--no-restore'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('looks-fine/out: output folders cannot be on /proc (procfs)');
  });

  it('ordinary folders, made or not yet, are not pseudo file systems', async () => {
    const dir = tempDir();
    expect(await pseudoFileSystem(dir)).toBeNull();
    expect(await pseudoFileSystem(join(dir, 'not', 'yet'))).toBeNull();
    expect(await pseudoFileSystem('/proc')).toBe('/proc (procfs)');
    expect(await pseudoFileSystem('/sys/kernel/x')).toMatch(/^\/sys \(\w+\)$/u);
  });
});
