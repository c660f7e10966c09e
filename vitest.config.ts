import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * End-to-end runs of the command in processes of its own, long batches and
 * fuzzing: the `heavy` project (the huge inputs are in `isolated`, below). `npm test` (and so `.ci/run`) runs both
 * projects; `vitest run --project unit` is the quick loop while developing.
 */
const HEAVY = [
  'test/batch/ctrl-c.test.ts',
  'test/batch/fuzz.test.ts',
  'test/batch/fuzz-kinds.test.ts',
  'test/batch/interrupt.test.ts',
  'test/batch/long-arrays.test.ts',
  'test/batch/node-options.test.ts',
  'test/batch/pathological.test.ts',
  'test/batch/seed-copies.test.ts',
  'test/cli/jobs.test.ts',
  'test/cli/jobs-cap.test.ts',
];

/**
 * Files that replace a module with vi.mock, or leave a module in a state for good (stop-writes: no
 * write after an interrupt): they get a module registry of their own (the `isolated` project),
 * since the `unit` and `heavy` files share their processes and modules (see `isolate` below). And the
 * huge inputs (10 MB, a 1.2 MB line), which check their process's peak memory: one that had run the
 * fuzz tests before would hold their peak.
 */
const ISOLATED = ['test/batch/internal-error.test.ts', 'test/write/stop-writes.test.ts', 'test/cli/huge.test.ts', 'test/read/scan/release-engine.test.ts'];

export default defineConfig({
  test: {
    // Once per run: dist/ brought up to date, the seeds parsed into a cache (test/global-setup.ts).
    globalSetup: ['test/global-setup.ts'],
    // In every file: the scratch folders it made (test/helpers/temp.ts) are removed when it ends.
    setupFiles: ['test/setup/temp-cleanup.ts'],
    // The command run in-process starts its workers from the build of the same sources (src/batch/spawn.ts).
    env: { DIRECTIVE_PARSE_WORKER: join(import.meta.dirname, 'dist', 'batch', 'worker.js') },
    // No limit a busy machine can hit: a test takes what it takes. The limit is there for a hang, and
    // the size-bound tests (robustness, fuzz) tell linear from quadratic by orders of magnitude, not by seconds.
    testTimeout: 30 * 60 * 1000,
    hookTimeout: 0,
    pool: 'forks',
    // As many files at once as cores (vitest's default, cores - 1, ran one at a time on a 2-core machine). The CPU bounds of
    // the fuzz and pathological tests hold beside other work: they time the test's own thread, warm, and take
    // the least of up to three runs of a case over its bound (test/helpers/cpu-bound.ts).
    maxWorkers: availableParallelism(),
    projects: [
      // The unit files run one after another in the same processes, which load the modules, the dictionary and
      // the compiled code once rather than once per file (a fresh process per file cost ~1.2 s of CPU each).
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...HEAVY, ...ISOLATED], isolate: false } },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
      // The heavy files share their processes too (a fresh one per file cost ~1-2 s of CPU to start and load the sources):
      // they run the command in child processes or the library in this thread, and time cases by their own thread's CPU.
      { extends: true, test: { name: 'heavy', include: HEAVY, isolate: false } },
    ],
  },
});
