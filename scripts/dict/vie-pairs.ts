/**
 * The (clean, Vietnamese-model OCR) text pairs the vie confusion table is
 * learnt from (scripts/dict/vie-confusions.ts): the 32 clean excerpts of
 * ../shared/corpus/train-pairs run through ../shared/tools/ocr-sim --lang vie,
 * one severity each (cycling medium, heavy, light) and seeds of their own —
 * never dev-eval, fixtures/heldout, fixtures/corpus or seeds 002/003, which
 * the benches measure. Generated pairs are cached under .cache/vie-pairs/
 * (git-ignored) and regenerated when missing; the list is fixed below, so the
 * same corpus and tools give the same pairs.
 *
 *   npx tsx scripts/dict/vie-pairs.ts [--jobs 2]   # fills the cache (about 40 s a pair)
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TextPair } from './ocr-pairs.js';

export const VIE_PAIRS = { cycle: ['medium', 'heavy', 'light'] as const, seedBase: 700, rounds: 1 };

export interface VieSpec {
  file: string;
  severity: string;
  seed: number;
}

/** Every train-pairs clean text, once per round, its severity cycling from round to round. */
export function vieSpecs(corpusDir: string): VieSpec[] {
  const files = readdirSync(join(corpusDir, 'train-pairs', 'clean')).filter((f) => f.endsWith('.txt')).sort();
  const specs: VieSpec[] = [];
  for (let round = 0; round < VIE_PAIRS.rounds; round++) {
    files.forEach((file, i) => {
      const k = i + round;
      specs.push({ file, severity: VIE_PAIRS.cycle[k % VIE_PAIRS.cycle.length]!, seed: VIE_PAIRS.seedBase + 100 * round + i * 3 });
    });
  }
  return specs;
}

const outPath = (cacheDir: string, s: VieSpec): string => join(cacheDir, `${s.file.replace(/\.txt$/u, '')}.${s.severity}.${s.seed}.vie.txt`);

/** The pairs whose OCR is in the cache (all of them after fillVieCache). */
export function viePairs(corpusDir: string, cacheDir: string): TextPair[] {
  const pairs: TextPair[] = [];
  for (const s of vieSpecs(corpusDir)) {
    const path = outPath(cacheDir, s);
    if (!existsSync(path)) throw new Error(`${path}: missing; run npx tsx scripts/dict/vie-pairs.ts`);
    const clean = readFileSync(join(corpusDir, 'train-pairs', 'clean', s.file), 'utf8');
    pairs.push({ name: `train-pairs/${s.file}#vie`, severity: s.severity, clean, ocr: readFileSync(path, 'utf8') });
  }
  return pairs;
}

/** Runs ocr-sim --lang vie for every missing pair, `jobs` at a time. */
export async function fillVieCache(corpusDir: string, cacheDir: string, jobs: number, log: (s: string) => void = () => {}): Promise<void> {
  const tool = resolve(corpusDir, '..', 'tools', 'ocr-sim');
  mkdirSync(cacheDir, { recursive: true });
  const todo = vieSpecs(corpusDir).filter((s) => !existsSync(outPath(cacheDir, s)));
  const run = promisify(execFile);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < todo.length) {
      const s = todo[next++]!;
      const path = outPath(cacheDir, s);
      log(`ocr-sim --lang vie ${s.severity} seed ${s.seed} ${s.file}`);
      await run('nice', ['-n', '10', tool, '--lang', 'vie', '--severity', s.severity, '--seed', String(s.seed), join(corpusDir, 'train-pairs', 'clean', s.file), `${path}.tmp`], {
        env: { ...process.env, OMP_THREAD_LIMIT: '1', MAGICK_THREAD_LIMIT: '1' },
      });
      renameSync(`${path}.tmp`, path);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
}

export const vieCacheDir = (rootDir: string): string => join(rootDir, '.cache', 'vie-pairs');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
  const corpus = resolve(root, '..', 'shared', 'corpus');
  const at = process.argv.indexOf('--jobs');
  const jobs = at > 0 ? Number(process.argv[at + 1]) : 1;
  await fillVieCache(corpus, vieCacheDir(root), jobs, (s) => console.log(`${new Date().toISOString()} ${s}`));
  console.log(`${vieSpecs(corpus).length} vie pairs in ${vieCacheDir(root)}`);
}
