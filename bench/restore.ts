/**
 * npm run bench:restore — how well and how fast the restorer works.
 *
 *   npx tsx bench/restore.ts [--corpus ../shared/corpus] [--json]
 *
 * Scores with ../shared/tools/score-restore.mjs (syllable accuracy):
 *   - every OCR'd file of dev-eval/ (light, medium, heavy), against its clean text;
 *   - the same clean texts stripped of accents;
 *   - the clean texts themselves (and the share of syllables the restorer changed);
 *   - the hand-corrected seed gold (fixtures/restore/*.gold.txt) from the raw seeds.
 * Then throughput (syllables per second over the restoring of all those
 * inputs, wall clock and CPU time, one thread, after load and a warm-up on
 * train-pairs text), dictionary load time, and peak memory (max RSS).
 * dev-eval/ is only measured here, never learnt from.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadRestorer, restoreText } from '../src/restore/index.js';

const rootDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve(rootDir, '..', 'shared', 'corpus') },
    json: { type: 'boolean', default: false },
  },
});
const corpus = resolve(values.corpus!);
const scoreTool = resolve(corpus, '..', 'tools', 'score-restore.mjs');
const devEval = join(corpus, 'dev-eval');
const work = mkdtempSync(join(tmpdir(), 'bench-restore-'));

const TARGETS = { medium: 0.93, heavy: 0.9, stripped: 0.99, cleanChanged: 0.001, seedGold: 0.9, sylPerSec: 150_000, loadMs: 300, peakMB: 300 };

/** Syllable tokens as the scorer counts them. */
const syllables = (text: string): number => (text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).length;
const strip = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');

interface Row {
  set: string;
  file: string;
  accuracy: number;
  baseAccuracy: number;
  changedShare?: number;
}

function score(truthPath: string, output: string): { accuracy: number; baseAccuracy: number } {
  const out = join(work, 'out.txt');
  writeFileSync(out, output);
  const line = execFileSync(process.execPath, [scoreTool, truthPath, out], { encoding: 'utf8' });
  return JSON.parse(line) as { accuracy: number; baseAccuracy: number };
}

const loadStart = performance.now();
const restorer = loadRestorer();
const loadMs = performance.now() - loadStart;

let cpuMicros = 0;
let wallMs = 0;
let sylCount = 0;
function timedRestore(text: string): ReturnType<typeof restoreText> {
  const before = process.cpuUsage();
  const started = performance.now();
  const result = restoreText(text, restorer);
  wallMs += performance.now() - started;
  const used = process.cpuUsage(before);
  cpuMicros += used.user + used.system;
  sylCount += syllables(text);
  return result;
}

const names = readdirSync(join(devEval, 'clean'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => f.slice(0, -4));
// Warm-up (not timed, not scored), on training text: let the JIT compile the hot paths.
const pairs = join(corpus, 'train-pairs');
for (const f of readdirSync(join(pairs, 'clean')).filter((f) => f.endsWith('.txt')).sort().slice(0, 4)) {
  restoreText(strip(readFileSync(join(pairs, 'clean', f), 'utf8')), restorer);
  restoreText(readFileSync(join(pairs, 'ocr', f.replace(/\.txt$/, '.medium.txt')), 'utf8'), restorer);
}

const rows: Row[] = [];
for (const name of names) {
  const truthPath = join(devEval, 'clean', `${name}.txt`);
  const clean = readFileSync(truthPath, 'utf8');
  for (const severity of ['light', 'medium', 'heavy']) {
    const ocr = readFileSync(join(devEval, 'ocr', `${name}.${severity}.txt`), 'utf8');
    rows.push({ ...score(truthPath, timedRestore(ocr).text), set: severity, file: name });
  }
  rows.push({ ...score(truthPath, timedRestore(strip(clean)).text), set: 'stripped', file: name });
  const kept = timedRestore(clean);
  rows.push({ ...score(truthPath, kept.text), set: 'clean', file: name, changedShare: kept.stats.changed / Math.max(1, kept.stats.words) });
}
const goldDir = join(rootDir, 'fixtures', 'restore');
for (const gold of existsSync(goldDir) ? readdirSync(goldDir).filter((f) => /^\d{3}\.gold\.txt$/.test(f)).sort() : []) {
  const seed = readdirSync(join(rootDir, 'seeds')).find((f) => f.startsWith(gold.slice(0, 3) + '_'));
  if (!seed) continue;
  const raw = readFileSync(join(rootDir, 'seeds', seed), 'utf8');
  rows.push({ ...score(join(goldDir, gold), timedRestore(raw).text), set: 'seed-gold', file: gold.slice(0, 3) });
}
const peakMB = process.resourceUsage().maxRSS / 1024;
rmSync(work, { recursive: true, force: true });

const mean = (set: string, key: 'accuracy' | 'changedShare' = 'accuracy'): number => {
  const xs = rows.filter((r) => r.set === set).map((r) => r[key] ?? 0);
  return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
};
const summary = {
  light: mean('light'),
  medium: mean('medium'),
  heavy: mean('heavy'),
  stripped: mean('stripped'),
  cleanAccuracy: mean('clean'),
  cleanChanged: mean('clean', 'changedShare'),
  seedGold: mean('seed-gold'),
  sylPerSec: sylCount / (wallMs / 1e3),
  sylPerCpuSec: sylCount / (cpuMicros / 1e6),
  loadMs,
  peakMB,
};

if (values.json) {
  console.log(JSON.stringify({ rows, summary }, null, 2));
} else {
  const pct = (x: number): string => x.toFixed(4);
  console.log('set        file                          accuracy  base');
  for (const r of rows) {
    const extra = r.changedShare === undefined ? '' : `  changed ${(r.changedShare * 100).toFixed(3)} %`;
    console.log(`${r.set.padEnd(10)} ${r.file.padEnd(29)} ${pct(r.accuracy)}    ${pct(r.baseAccuracy)}${extra}`);
  }
  const check = (ok: boolean): string => (ok ? 'ok' : 'MISSED');
  console.log('');
  console.log(`light     mean accuracy ${pct(summary.light)}`);
  console.log(`medium    mean accuracy ${pct(summary.medium)}  (target ≥ ${TARGETS.medium}) ${check(summary.medium >= TARGETS.medium)}`);
  console.log(`heavy     mean accuracy ${pct(summary.heavy)}  (target ≥ ${TARGETS.heavy}) ${check(summary.heavy >= TARGETS.heavy)}`);
  console.log(`stripped  mean accuracy ${pct(summary.stripped)}  (target ≥ ${TARGETS.stripped}) ${check(summary.stripped >= TARGETS.stripped)}`);
  console.log(`clean     mean accuracy ${pct(summary.cleanAccuracy)}, syllables changed ${(summary.cleanChanged * 100).toFixed(3)} %  (target ≤ 0.1 %) ${check(summary.cleanChanged <= TARGETS.cleanChanged)}`);
  console.log(`seed gold mean accuracy ${pct(summary.seedGold)}  (target ≥ ${TARGETS.seedGold}) ${check(summary.seedGold >= TARGETS.seedGold)}`);
  console.log(`throughput ${Math.round(summary.sylPerSec)} syllables/s wall clock, one thread (${Math.round(summary.sylPerCpuSec)} per CPU second, GC threads included)  (target ≥ ${TARGETS.sylPerSec}) ${check(summary.sylPerSec >= TARGETS.sylPerSec)}`);
  console.log(`load      ${summary.loadMs.toFixed(1)} ms  (target ≤ ${TARGETS.loadMs}) ${check(summary.loadMs <= TARGETS.loadMs)}`);
  console.log(`peak RSS  ${summary.peakMB.toFixed(1)} MB  (target ≤ ${TARGETS.peakMB}) ${check(summary.peakMB <= TARGETS.peakMB)}`);
}
