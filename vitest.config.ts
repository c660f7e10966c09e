import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * End-to-end runs of the command in processes of its own, huge inputs and
 * fuzzing: the `heavy` project. `npm test` (and so `.ci/run`) runs both
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
  'test/cli/huge.test.ts',
  'test/cli/jobs.test.ts',
  'test/cli/jobs-cap.test.ts',
];

export default defineConfig({
  test: {
    // Once per run: dist/ brought up to date, the seeds parsed into a cache (test/global-setup.ts).
    globalSetup: ['test/global-setup.ts'],
    // The command run in-process starts its workers from the build of the same sources (src/batch/spawn.ts).
    env: { DIRECTIVE_PARSE_WORKER: join(import.meta.dirname, 'dist', 'batch', 'worker.js') },
    // No limit a busy machine can hit: a test takes what it takes. The limit is there for a hang, and
    // the size-bound tests (robustness, fuzz) tell linear from quadratic by orders of magnitude, not by seconds.
    testTimeout: 30 * 60 * 1000,
    hookTimeout: 0,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: HEAVY } },
      { extends: true, test: { name: 'heavy', include: HEAVY } },
    ],
  },
});
