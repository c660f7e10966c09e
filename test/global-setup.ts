/**
 * Once per run of the suite, before any test file: dist/ is brought up to
 * date with src/ (several tests run the built command, and the command run
 * in-process starts its workers from dist/batch/worker.js, see
 * src/batch/spawn.ts), and the seeds are parsed into a cache keyed by the
 * content of everything that shapes a parse (test/helpers/parsed-seeds.ts).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fillSeedCache } from './helpers/parsed-seeds.js';

const REPO = join(import.meta.dirname, '..');

function files(dir: string, ext: string): string[] {
  let out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out = out.concat(files(path, ext));
    else if (entry.name.endsWith(ext)) out.push(path);
  }
  return out;
}

/**
 * Whether dist/ was compiled after the last change to the sources. tsc
 * rewrites every output, so the oldest output against the newest source
 * tells (a build tool's usual test; dist/ is a build product, not an input
 * whose identity matters).
 */
function distCurrent(): boolean {
  let built: string[];
  try {
    built = files(join(REPO, 'dist'), '.js');
  } catch {
    return false;
  }
  if (built.length === 0) return false;
  const sources = [...files(join(REPO, 'src'), '.ts'), join(REPO, 'tsconfig.build.json'), join(REPO, 'tsconfig.json')];
  const newestSource = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  const oldestBuilt = Math.min(...built.map((f) => statSync(f).mtimeMs));
  return oldestBuilt >= newestSource;
}

export default async function setup(): Promise<void> {
  if (!distCurrent()) {
    execFileSync(process.execPath, [join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(REPO, 'tsconfig.build.json')], { stdio: 'inherit' });
  }
  // A run of chosen files (`vitest run test/x.test.ts`) parses only what its files ask for (and caches it).
  const chosen = process.argv.slice(2).some((a) => /\.test\.ts$|^test\//u.test(a));
  if (!chosen) await fillSeedCache();
}
