/**
 * Calibrates the vie marks' threshold (src/restore/vie/threshold.ts) on train-pairs text only,
 * never on what the benches measure. Two folds by text: the confusion table is learnt from the
 * vie OCR of one half of the train-pairs texts (scripts/dict/vie-pairs.ts) and tried on the
 * other's, with a language model built without any train-pairs law (the shipped one learnt
 * them: its margins there would be too sure). Prints, per threshold, the accuracy gained,
 * syllables fixed and broken, and texts made worse.
 *
 *   npx tsx bench/vie-calibrate.ts [--thresholds 0,1,2,3,4,6]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRestorer, restoreText } from '../src/restore/index.js';
import { parseVieConfusions } from '../src/restore/vie/confusions.js';
import { trainingTexts } from '../scripts/dict/lm-corpus.js';
import { buildLm, DEFAULT_LM_OPTIONS } from '../scripts/dict/lm.js';
import { vieConfusionsTsv } from '../scripts/dict/vie-confusions.js';
import { vieCacheDir, vieSpecs } from '../scripts/dict/vie-pairs.js';
import type { TextPair } from '../scripts/dict/ocr-pairs.js';
import { syllableErrors, syllableTokens } from './syllable-errors.js';

const rootDir = resolve(fileURLToPath(import.meta.url), '..', '..');
const corpus = resolve(rootDir, '..', 'shared', 'corpus');
const at = process.argv.indexOf('--thresholds');
const thresholds = (at > 0 ? process.argv[at + 1]! : '-2,0,1,2,3,4,5,6,8').split(',').map(Number);

const trainFiles = readdirSync(join(corpus, 'train-pairs', 'clean')).filter((f) => f.endsWith('.txt')).sort();
const lmPath = join(rootDir, '.cache', 'vie-calibrate', 'lm-without-train-pairs.bin');
if (!existsSync(lmPath)) {
  const held = new Set(trainFiles.map((f) => `vlc/${f}`));
  const texts = trainingTexts(rootDir, corpus, ['000', '001'], true).filter((t) => !held.has(t.name));
  console.error(`building the language model without the ${held.size} train-pairs laws (${texts.length} texts)`);
  mkdirSync(join(rootDir, '.cache', 'vie-calibrate'), { recursive: true });
  writeFileSync(lmPath, buildLm(texts, DEFAULT_LM_OPTIONS));
}
const lmBytes = new Uint8Array(readFileSync(lmPath));

// The pairs generated so far (all of them once vie-pairs.ts has run), with their fold.
const cache = vieCacheDir(rootDir);
const pairs: Array<TextPair & { fold: number }> = [];
for (const s of vieSpecs(corpus)) {
  const path = join(cache, `${s.file.replace(/\.txt$/u, '')}.${s.severity}.${s.seed}.vie.txt`);
  if (!existsSync(path)) continue;
  pairs.push({ name: s.file, severity: s.severity, clean: readFileSync(join(corpus, 'train-pairs', 'clean', s.file), 'utf8'), ocr: readFileSync(path, 'utf8'), fold: trainFiles.indexOf(s.file) % 2 });
}
console.error(`${pairs.length} vie pairs`);

interface Tally {
  gain: number;
  worse: number;
  changed: number;
}
const tallies = new Map<number, Tally>(thresholds.map((t) => [t, { gain: 0, worse: 0, changed: 0 }]));
let syllables = 0;
let rawErrors = 0;
for (const fold of [0, 1]) {
  const confusions = parseVieConfusions(vieConfusionsTsv(pairs.filter((p) => p.fold !== fold)));
  const restorer = loadRestorer({ lmBytes, vieMarks: { confusions, threshold: Infinity } });
  for (const p of pairs.filter((q) => q.fold === fold)) {
    restorer.parts.vieMarks!.threshold = Infinity;
    const baseErrors = syllableErrors(restoreText(p.ocr, restorer).text, p.clean);
    syllables += syllableTokens(p.clean).length;
    rawErrors += baseErrors;
    for (const t of thresholds) {
      restorer.parts.vieMarks!.threshold = t;
      const r = restoreText(p.ocr, restorer);
      const errors = syllableErrors(r.text, p.clean);
      const tally = tallies.get(t)!;
      tally.gain += baseErrors - errors;
      if (errors > baseErrors) tally.worse++;
      tally.changed += r.stats.changed;
    }
  }
}
console.log(`${pairs.length} texts, ${syllables} syllables, ${rawErrors} errors after restoration without vie marks (accuracy ${(1 - rawErrors / syllables).toFixed(4)})`);
console.log('threshold  errors removed (net)  accuracy gain   texts worse   words changed');
for (const [t, tally] of tallies) {
  console.log(`${String(t).padStart(9)}  ${String(tally.gain).padStart(20)}  ${(tally.gain / syllables).toFixed(4).padStart(13)}  ${String(tally.worse).padStart(12)}  ${String(tally.changed).padStart(14)}`);
}
