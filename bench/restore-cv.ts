/**
 * The seed-gold figure held out: dict/ learns from the gold lines of seeds 000
 * and 001 (language model, channel, protected lists), so the plain seed-gold
 * score of bench/restore.ts is not a measure of generalisation. Here each
 * seed is scored with a dictionary built without its own gold lines (trained
 * on the other seed's, then on neither).
 *
 *   npx tsx bench/restore-cv.ts [--rebuild]
 *
 * Fold dictionaries are built by scripts/build-dict.ts into .cache/cv/ (about
 * 90 s each) and reused until --rebuild.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadRestorer, restoreText } from '../src/restore/index.js';

const rootDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { rebuild: { type: 'boolean', default: false } } });
const scoreTool = resolve(rootDir, '..', 'shared', 'tools', 'score-restore.mjs');

interface Fold {
  /** Gold seeds the dictionary learns from. */
  train: string[];
  /** Seeds scored. */
  test: string[];
}
const FOLDS: Fold[] = [
  { train: ['000'], test: ['001'] },
  { train: ['001'], test: ['000'] },
  { train: [], test: ['000', '001'] },
];

function foldDict(fold: Fold): string {
  const dir = join(rootDir, '.cache', 'cv', `gold-${fold.train.join('-') || 'none'}`);
  const built = ['lm.bin', 'channel.bin', 'protected.tsv'].every((f) => existsSync(join(dir, f)));
  if (!built || values.rebuild) {
    console.error(`building ${dir}`);
    execFileSync(
      process.execPath,
      ['--import', 'tsx', join(rootDir, 'scripts', 'build-dict.ts'), '--out', dir, '--only', 'lm,protected,channel', '--gold', fold.train.join(',') || 'none'],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
  }
  return dir;
}

const work = mkdtempSync(join(tmpdir(), 'bench-cv-'));
const seeds = readdirSync(join(rootDir, 'seeds'));
const lines: string[] = [];
for (const fold of FOLDS) {
  const restorer = loadRestorer({ dictDir: foldDict(fold) });
  for (const id of fold.test) {
    const seed = seeds.find((f) => f.startsWith(`${id}_`))!;
    const out = join(work, `${id}.txt`);
    writeFileSync(out, restoreText(readFileSync(join(rootDir, 'seeds', seed), 'utf8'), restorer).text);
    const gold = join(rootDir, 'fixtures', 'restore', `${id}.gold.txt`);
    const score = JSON.parse(execFileSync(process.execPath, [scoreTool, gold, out], { encoding: 'utf8' })) as { accuracy: number; baseAccuracy: number };
    lines.push(`seed ${id}  learnt from gold ${fold.train.join('+') || 'none'}  accuracy ${score.accuracy.toFixed(4)}  base ${score.baseAccuracy.toFixed(4)}`);
  }
}
rmSync(work, { recursive: true, force: true });
console.log(lines.join('\n'));
