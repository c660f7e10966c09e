// Exit code 1: a bug in a stage is reported as an internal error naming the file, and the batch goes on.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/segment/plugin.js', async (original) => {
  const real = (await original()) as { default: (...a: unknown[]) => (tree: unknown, file: { path?: string }) => void };
  return {
    default: function segment(this: unknown, ...args: unknown[]) {
      const transform = real.default.apply(this, args);
      return (tree: unknown, file: { path?: string }) => {
        if (file.path?.endsWith('boom.txt')) throw new Error('segmentation exploded');
        return transform(tree, file);
      };
    },
  };
});

const { run, tempDir } = await import('./helpers.js');

describe('exit code 1', () => {
  it('reports an exception in a stage as an internal error, names the file, writes the rest', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'boom.txt'), 'KẾ HOẠCH\n1. Sở Nội vụ chủ trì.\n');
    writeFileSync(join(dir, 'fine.txt'), 'KẾ HOẠCH\n1. Sở Nội vụ chủ trì.\n');
    const r = await run(['boom.txt', 'fine.txt', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/boom\.txt: internal error: .*segmentation exploded/u);
    expect(existsSync(join(dir, 'out', 'fine.json'))).toBe(true);
    expect(existsSync(join(dir, 'out', 'boom.json'))).toBe(false);
  });
});
