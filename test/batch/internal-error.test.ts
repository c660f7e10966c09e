// Exit code 1: a bug inside a stage becomes an internal-error outcome naming the file, the batch goes on,
// and the batch's exit code says so. (In-thread runner: vi.mock does not reach worker threads.)
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

const { writeFileSync } = await import('node:fs');
const { join } = await import('node:path');
const { sequentialRunner } = await import('../../src/batch/runner.js');
const { runBatch } = await import('../../src/batch/run-batch.js');
const { exitCodeOf, EXIT } = await import('../../src/cli/exit-codes.js');
const { tempDir } = await import('../cli/helpers.js');

describe('exit code 1', () => {
  it('reports an exception in a stage as an internal error, names the file, processes the rest', async () => {
    const dir = tempDir();
    const text = 'KẾ HOẠCH\n1. Sở Nội vụ chủ trì.\n';
    const jobs = ['boom.txt', 'fine.txt'].map((name, index) => {
      writeFileSync(join(dir, name), text);
      return { index, name: name.replace('.txt', ''), input: { kind: 'file' as const, path: name, realPath: join(dir, name) } };
    });
    const runner = sequentialRunner({ parse: {}, render: { formats: ['json'] }, explain: false });
    const written: string[] = [];
    const failures: string[] = [];
    const tally = await runBatch(jobs, { runner, sink: { write: async (d) => void written.push(d.name) }, failFast: false }, {
      onFinished: (_job, outcome) => {
        if (outcome.kind === 'failed') failures.push(outcome.message);
      },
    });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^boom\.txt: internal error: .*segmentation exploded/u);
    expect(written).toEqual(['fine']);
    expect(exitCodeOf(tally)).toBe(EXIT.internal);
  });
});
