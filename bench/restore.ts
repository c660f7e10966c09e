/**
 * npm run bench:restore — how well and how fast the restorer works.
 *
 *   npx tsx bench/restore.ts [--corpus ../shared/corpus] [--dict-dir DIR] [--json]
 *
 * Scores with ../shared/tools/score-restore.mjs (syllable accuracy):
 *   - every OCR'd file of dev-eval/ (light, medium, heavy), against its clean text;
 *   - the same clean texts stripped of accents;
 *   - the clean texts themselves (and the share of syllables the restorer changed);
 *   - the hand-corrected seed gold (fixtures/restore/NNN.gold.txt) from the raw seeds,
 *     in two sets: "seed-gold", seeds 000 and 001, whose gold lines dict/ learns
 *     from (not held out), and "seed-held", seeds 002 and 003, whose gold is for
 *     measurement only (nothing learns from it: held out), with the raw OCR's
 *     accuracy beside the restored;
 *   - accented real documents (official/ directives no dictionary learns from,
 *     markup kept): the share of syllables changed, and symbols and acronyms
 *     touched (bench/restore-accented.ts; restored after the timing, untimed);
 *   - Vietnamese-model OCR of the dev-eval texts (bench/restore-vie.ts, generated
 *     into .cache/vie-eval/ when missing): accuracy before (raw) and after, untimed.
 * Then throughput, one thread, wall clock and CPU time, two ways: over the
 * restoring of all those inputs (about 60,000 syllables, after load and a
 * warm-up on six train-pairs texts: the memos of word options and n-gram
 * scores are still filling), and in steady state, over the other 26
 * train-pairs texts in all five forms (about 280,000 syllables, restored
 * after the scored inputs, not scored), which is what a batch of documents
 * runs at. Then dictionary load time and peak memory (max RSS).
 * dev-eval/ is only measured here, never learnt from.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadRestorer, restoreText } from '../src/restore/index.js';
import { measureAccented, summarizeAccented } from './restore-accented.js';
import { vieCacheDir, vieInputs } from './restore-vie.js';

const rootDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve(rootDir, '..', 'shared', 'corpus') },
    json: { type: 'boolean', default: false },
    // Another dictionary than dict/ (to compare builds without committing them).
    'dict-dir': { type: 'string' },
  },
});
const corpus = resolve(values.corpus!);
const scoreTool = resolve(corpus, '..', 'tools', 'score-restore.mjs');
const devEval = join(corpus, 'dev-eval');
const work = mkdtempSync(join(tmpdir(), 'bench-restore-'));

const TARGETS = { medium: 0.93, heavy: 0.9, stripped: 0.99, cleanChanged: 0.001, accentedChanged: 0.0005, seedGold: 0.9, seedHeldOut: 0.96, sylPerSec: 150_000, loadMs: 300, peakMB: 300 };

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
  /** The raw input's accuracy against the same truth (held-out seed gold only). */
  raw?: number;
  /** Syllables per second (wall clock) on this input. */
  speed: number;
}

function score(truthPath: string, output: string): { accuracy: number; baseAccuracy: number } {
  const out = join(work, 'out.txt');
  writeFileSync(out, output);
  const line = execFileSync(process.execPath, [scoreTool, truthPath, out], { encoding: 'utf8' });
  return JSON.parse(line) as { accuracy: number; baseAccuracy: number };
}

const loadStart = performance.now();
const restorer = loadRestorer(values['dict-dir'] ? { dictDir: resolve(values['dict-dir']) } : {});
const loadMs = performance.now() - loadStart;

let cpuMicros = 0;
let wallMs = 0;
let sylCount = 0;
function timedRestore(text: string): ReturnType<typeof restoreText> & { ms: number } {
  const before = process.cpuUsage();
  const started = performance.now();
  const result = restoreText(text, restorer);
  const ms = performance.now() - started;
  wallMs += ms;
  const used = process.cpuUsage(before);
  cpuMicros += used.user + used.system;
  sylCount += syllables(text);
  return { ...result, ms };
}

const names = readdirSync(join(devEval, 'clean'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => f.slice(0, -4));
const pairs = join(corpus, 'train-pairs');
const pairFiles = readdirSync(join(pairs, 'clean')).filter((f) => f.endsWith('.txt')).sort();
/** A train-pairs text in every form the bench restores: clean, stripped, and OCR'd light, medium, heavy. */
const pairForms = (f: string): string[] => {
  const clean = readFileSync(join(pairs, 'clean', f), 'utf8');
  return [clean, strip(clean), ...['light', 'medium', 'heavy'].map((s) => readFileSync(join(pairs, 'ocr', f.replace(/\.txt$/, `.${s}.txt`)), 'utf8'))];
};
/** Train-pairs texts for the warm-up; the others measure the steady state. */
const WARM_UP_FILES = 6;
// Warm-up (not timed, not scored), on training text in every form the bench
// uses: the JIT needs a few hundred thousand syllables to settle.
for (const f of pairFiles.slice(0, WARM_UP_FILES)) for (const input of pairForms(f)) restoreText(input, restorer);

/** One input to restore: what set it belongs to and the truth it is scored against. */
interface Job {
  set: string;
  file: string;
  truthPath: string;
  input: string;
}
const jobs: Job[] = [];
for (const name of names) {
  const truthPath = join(devEval, 'clean', `${name}.txt`);
  const clean = readFileSync(truthPath, 'utf8');
  for (const severity of ['light', 'medium', 'heavy']) {
    jobs.push({ set: severity, file: name, truthPath, input: readFileSync(join(devEval, 'ocr', `${name}.${severity}.txt`), 'utf8') });
  }
  jobs.push({ set: 'stripped', file: name, truthPath, input: strip(clean) });
  jobs.push({ set: 'clean', file: name, truthPath, input: clean });
}
const goldDir = join(rootDir, 'fixtures', 'restore');
/** The seeds whose gold lines dict/ learns from (scripts/build-dict.ts --gold): their figure is not held out. */
const TRAINED_GOLD = new Set(['000', '001']);
for (const gold of existsSync(goldDir) ? readdirSync(goldDir).filter((f) => /^\d{3}\.gold\.txt$/.test(f)).sort() : []) {
  const id = gold.slice(0, 3);
  const seed = readdirSync(join(rootDir, 'seeds')).find((f) => f.startsWith(id + '_'));
  if (!seed) continue;
  jobs.push({ set: TRAINED_GOLD.has(id) ? 'seed-gold' : 'seed-held', file: id, truthPath: join(goldDir, gold), input: readFileSync(join(rootDir, 'seeds', seed), 'utf8') });
}
// Restore everything first (timed), then score (the scorer runs as a child process).
const results = jobs.map((job) => timedRestore(job.input));
const rows: Row[] = jobs.map((job, i) => {
  const result = results[i]!;
  const speed = syllables(job.input) / (result.ms / 1000);
  const row: Row = { ...score(job.truthPath, result.text), set: job.set, file: job.file, speed };
  if (job.set === 'clean') row.changedShare = result.stats.changed / Math.max(1, result.stats.words);
  if (job.set === 'seed-held') row.raw = score(job.truthPath, job.input).accuracy;
  return row;
});
// Steady state: unscored training text the warm-up did not see, timed as one run.
const steady = { syl: 0, ms: 0, cpuMicros: 0 };
{
  const inputs = pairFiles.slice(WARM_UP_FILES).flatMap(pairForms);
  const before = process.cpuUsage();
  const started = performance.now();
  for (const input of inputs) restoreText(input, restorer);
  steady.ms = performance.now() - started;
  const used = process.cpuUsage(before);
  steady.cpuMicros = used.user + used.system;
  steady.syl = inputs.reduce((n, input) => n + syllables(input), 0);
}
const peakMB = process.resourceUsage().maxRSS / 1024;
const accentedRows = measureAccented(restorer, corpus);
const accented = summarizeAccented(accentedRows);
/** Vietnamese-model OCR: raw accuracy against restored, file by file. */
const vieRows = vieInputs(corpus, vieCacheDir(rootDir), (line) => console.error(line)).map((v) => {
  const ocr = readFileSync(v.ocrPath, 'utf8');
  return { severity: v.severity, file: v.name, raw: score(v.truthPath, ocr).accuracy, restored: score(v.truthPath, restoreText(ocr, restorer).text).accuracy };
});
rmSync(work, { recursive: true, force: true });
const vieMean = (key: 'raw' | 'restored'): number => vieRows.reduce((n, r) => n + r[key], 0) / Math.max(1, vieRows.length);

const mean = (set: string, key: 'accuracy' | 'changedShare' | 'raw' = 'accuracy'): number => {
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
  seedHeldOut: mean('seed-held'),
  seedHeldOutRaw: mean('seed-held', 'raw'),
  sylPerSec: sylCount / (wallMs / 1e3),
  sylPerCpuSec: sylCount / (cpuMicros / 1e6),
  steadySyllables: steady.syl,
  steadySylPerSec: steady.syl / (steady.ms / 1e3),
  steadySylPerCpuSec: steady.syl / (steady.cpuMicros / 1e6),
  loadMs,
  peakMB,
};

if (values.json) {
  console.log(JSON.stringify({ rows, summary, accentedRows, accented, vieRows }, null, 2));
} else {
  const pct = (x: number): string => x.toFixed(4);
  console.log('set        file                          accuracy  base      syl/s');
  for (const r of rows) {
    const extra = r.changedShare !== undefined ? `  changed ${(r.changedShare * 100).toFixed(3)} %` : r.raw !== undefined ? `  raw ${pct(r.raw)}` : '';
    const speed = String(Math.round(r.speed)).padStart(7);
    console.log(`${r.set.padEnd(10)} ${r.file.padEnd(29)} ${pct(r.accuracy)}    ${pct(r.baseAccuracy)}  ${speed}${extra}`);
  }
  console.log('');
  console.log('accented real documents (official/, not learnt from, markup kept)');
  for (const r of accentedRows) {
    const share = ((r.changed / Math.max(1, r.words)) * 100).toFixed(3);
    const touched = r.changed > 0 ? `  ${r.examples.join('; ')}` : '';
    console.log(`accented   ${r.file.padEnd(22)} ${String(r.words).padStart(6)} words  changed ${share} %  symbols ${r.symbolsChanged}/${r.symbols}  acronyms ${r.acronymsChanged}/${r.acronyms}${touched}`);
  }
  console.log('');
  console.log('Vietnamese-model OCR (ocr-sim --lang vie, seed 7)      raw       restored');
  for (const r of vieRows) console.log(`vie-${r.severity.padEnd(6)} ${r.file.padEnd(29)}       ${pct(r.raw)}    ${pct(r.restored)}${r.restored < r.raw ? '  WORSE' : ''}`);
  const check = (ok: boolean): string => (ok ? 'ok' : 'MISSED');
  console.log('');
  console.log(`light     mean accuracy ${pct(summary.light)}`);
  console.log(`medium    mean accuracy ${pct(summary.medium)}  (target ≥ ${TARGETS.medium}) ${check(summary.medium >= TARGETS.medium)}`);
  console.log(`heavy     mean accuracy ${pct(summary.heavy)}  (target ≥ ${TARGETS.heavy}) ${check(summary.heavy >= TARGETS.heavy)}`);
  console.log(`stripped  mean accuracy ${pct(summary.stripped)}  (target ≥ ${TARGETS.stripped}) ${check(summary.stripped >= TARGETS.stripped)}`);
  console.log(`clean     mean accuracy ${pct(summary.cleanAccuracy)}, syllables changed ${(summary.cleanChanged * 100).toFixed(3)} %  (target ≤ 0.1 %) ${check(summary.cleanChanged <= TARGETS.cleanChanged)}`);
  console.log(`accented  ${accented.documents} documents, ${accented.words} words: syllables changed ${(accented.changedShare * 100).toFixed(3)} %  (target ≤ ${TARGETS.accentedChanged * 100} %) ${check(accented.changedShare <= TARGETS.accentedChanged)}; symbols changed ${accented.symbolsChanged} of ${accented.symbols}, acronyms ${accented.acronymsChanged} of ${accented.acronyms}  (target 0) ${check(accented.symbolsChanged + accented.acronymsChanged === 0)}`);
  const vieOk = vieRows.every((r) => r.restored >= r.raw) && vieMean('restored') >= vieMean('raw') + 0.003;
  console.log(`vie OCR   mean accuracy raw ${pct(vieMean('raw'))} -> restored ${pct(vieMean('restored'))}, worse on ${vieRows.filter((r) => r.restored < r.raw).length} of ${vieRows.length} files  (target: none worse, mean +0.003) ${check(vieOk)}`);
  console.log(`seed gold mean accuracy ${pct(summary.seedGold)}  (target ≥ ${TARGETS.seedGold}) ${check(summary.seedGold >= TARGETS.seedGold)}  (seeds 000, 001: dict/ learns from their gold, not held out)`);
  if (rows.some((r) => r.set === 'seed-held')) {
    console.log(`seed gold held out mean accuracy raw ${pct(summary.seedHeldOutRaw)} -> restored ${pct(summary.seedHeldOut)}  (target ≥ ${TARGETS.seedHeldOut}) ${check(summary.seedHeldOut >= TARGETS.seedHeldOut)}  (seeds 002, 003: gold for measurement only, never learnt from)`);
  }
  console.log(`throughput ${Math.round(summary.sylPerSec)} syllables/s wall clock, one thread, over the ${sylCount} syllables scored above (${Math.round(summary.sylPerCpuSec)} per CPU second, GC threads included); memos still filling`);
  console.log(`steady    ${Math.round(summary.steadySylPerSec)} syllables/s wall clock, one thread, over ${summary.steadySyllables} syllables of unscored train-pairs text (${Math.round(summary.steadySylPerCpuSec)} per CPU second)  (target ≥ ${TARGETS.sylPerSec}) ${check(summary.steadySylPerSec >= TARGETS.sylPerSec)}`);
  console.log(`load      ${summary.loadMs.toFixed(1)} ms  (target ≤ ${TARGETS.loadMs}) ${check(summary.loadMs <= TARGETS.loadMs)}`);
  console.log(`peak RSS  ${summary.peakMB.toFixed(1)} MB  (target ≤ ${TARGETS.peakMB}) ${check(summary.peakMB <= TARGETS.peakMB)}`);
}
