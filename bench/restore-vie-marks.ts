/**
 * The quick check of the vie marks (src/restore/vie/): the Vietnamese-model OCR of dev-eval
 * (bench/restore-vie.ts) raw and restored, file by file, and the accented real documents'
 * share of syllables changed (bench/restore-accented.ts), and the words changed in dev-eval's
 * clean laws — the figures of issue 15 they may move, without bench:restore's English-model
 * runs and timing.
 *
 *   npx tsx bench/restore-vie-marks.ts [--no-vie-marks] [--threshold NATS] [--examples]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRestorer, restoreText } from '../src/restore/index.js';
import { measureAccented, summarizeAccented } from './restore-accented.js';
import { vieCacheDir, vieInputs } from './restore-vie.js';
import { syllableErrors, syllableTokens } from './syllable-errors.js';

const rootDir = resolve(fileURLToPath(import.meta.url), '..', '..');
const corpus = resolve(rootDir, '..', 'shared', 'corpus');
const restorer = loadRestorer(process.argv.includes('--no-vie-marks') ? { vieMarks: null } : {});
const at = process.argv.indexOf('--threshold');
if (at > 0 && restorer.parts.vieMarks) restorer.parts.vieMarks.threshold = Number(process.argv[at + 1]);
let raw = 0;
let after = 0;
let worse = 0;
const inputs = vieInputs(corpus, vieCacheDir(rootDir));
for (const v of inputs) {
  const truth = readFileSync(v.truthPath, 'utf8');
  const ocr = readFileSync(v.ocrPath, 'utf8');
  const n = syllableTokens(truth).length;
  const r = 1 - syllableErrors(ocr, truth) / n;
  const a = 1 - syllableErrors(restoreText(ocr, restorer).text, truth) / n;
  raw += r;
  after += a;
  if (a < r) worse++;
  console.log(`${v.severity.padEnd(7)}${v.name.padEnd(26)}${r.toFixed(4)}  ${a.toFixed(4)}${a < r ? '  WORSE' : ''}`);
}
console.log(`vie mean raw ${(raw / inputs.length).toFixed(4)} restored ${(after / inputs.length).toFixed(4)} (+${((after - raw) / inputs.length).toFixed(4)}), worse on ${worse} of ${inputs.length}`);
// The clean dev-eval laws: correct text, every change is damage.
let cleanChanged = 0;
let cleanWords = 0;
for (const v of inputs.filter((i) => i.severity === 'light')) {
  const result = restoreText(readFileSync(v.truthPath, 'utf8'), restorer);
  cleanChanged += result.stats.changed;
  cleanWords += result.stats.words;
  for (const e of result.edits) console.log(`  clean ${v.name}: → ${e.text}`);
}
console.log(`clean dev-eval: ${cleanChanged} of ${cleanWords} words changed`);
const rows = measureAccented(restorer, corpus);
const s = summarizeAccented(rows);
console.log(`accented ${s.documents} documents: ${(s.changedShare * 100).toFixed(3)} % of ${s.words} syllables changed, symbols ${s.symbolsChanged} of ${s.symbols}, acronyms ${s.acronymsChanged} of ${s.acronyms}`);
if (process.argv.includes('--examples')) for (const r of rows) if (r.changed > 0) console.log(`  ${r.file}: ${r.changed} ${r.examples.join('; ')}`);
