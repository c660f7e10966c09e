/**
 * Scratch folders in the system temp folder that go away after the test
 * file that made them: every folder made here is removed by the afterAll
 * hook that test/setup/temp-cleanup.ts registers in every test file (so a
 * run of the suite leaves nothing behind in /tmp).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A fresh folder `<tmp>/<prefix>XXXXXX`, removed when the test file ends. */
export function tempDir(prefix = 'dp-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes the folders tempDir made (test/setup/temp-cleanup.ts, after each file). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch (error) {
      // A child of a test still writing there: say so rather than fail a file whose tests passed.
      console.warn(`could not remove the scratch folder ${dir}: ${String(error)}`);
    }
  }
}
