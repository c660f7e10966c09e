/**
 * What the places gazetteer buys the restorer, on real directives it never learnt from:
 * the documents of fixtures/corpus/ (clean text, the same stripped of accents, and the
 * OCR'd medium and heavy copies), restored with the gazetteer and without it.
 *
 *   npx tsx bench/restore-places.ts [--corpus ../shared/corpus] [--limit N]
 *
 * Per form (OCR'd copies exist for some documents only): syllable accuracy against the
 * clean text (../shared/tools/score-restore.mjs), the share of the clean text's syllables
 * changed (clean form only), and place names: of the occurrences of gazetteer names of two
 * words or more in the clean text, how many the output has (by count, name by name), and
 * how many it has beyond them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDictionary } from '../src/dict/index.js';
import { loadRestorer, restoreText, type Restorer } from '../src/restore/index.js';

const rootDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve(rootDir, '..', 'shared', 'corpus') },
    limit: { type: 'string' },
  },
});
const scoreTool = resolve(values.corpus!, '..', 'tools', 'score-restore.mjs');
const fixtures = join(rootDir, 'fixtures', 'corpus');
const work = mkdtempSync(join(tmpdir(), 'bench-places-'));

const strip = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
const syllables = (text: string): string[] => text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];

const names = [...new Set(openDictionary().places().rows.map((r) => r.name))].filter((n) => /^\p{L}+(?: \p{L}+)+$/u.test(n));
const namePattern = new RegExp(`(?<![\\p{L}])(?:${names.sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'gu');
function placeCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.normalize('NFC').matchAll(namePattern)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

function readOr(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function score(truthPath: string, output: string): number {
  const out = join(work, 'out.txt');
  writeFileSync(out, output);
  return (JSON.parse(execFileSync(process.execPath, [scoreTool, truthPath, out], { encoding: 'utf8' })) as { accuracy: number }).accuracy;
}

const docs = readdirSync(fixtures)
  .filter((f) => /^[0-9a-f]{16}\.txt$/u.test(f))
  .sort()
  .slice(0, values.limit ? Number(values.limit) : undefined);
const forms = ['clean', 'stripped', 'medium', 'heavy'] as const;
const restorers: Array<[string, Restorer]> = [
  ['without', loadRestorer({ places: null })],
  ['with', loadRestorer()],
];

interface Tally {
  accuracy: number;
  files: number;
  changed: number;
  words: number;
  truthPlaces: number;
  found: number;
  extra: number;
}
const tallies = new Map<string, Tally>();
for (const doc of docs) {
  const truthPath = join(fixtures, doc);
  const clean = readFileSync(truthPath, 'utf8');
  const truthPlaces = placeCounts(clean);
  const inputs: Record<(typeof forms)[number], string | null> = {
    clean,
    stripped: strip(clean),
    medium: readOr(join(fixtures, doc.replace('.txt', '.medium.txt'))),
    heavy: readOr(join(fixtures, doc.replace('.txt', '.heavy.txt'))),
  };
  for (const form of forms) {
    const input = inputs[form];
    if (input === null) continue;
    for (const [label, restorer] of restorers) {
      const result = restoreText(input, restorer);
      const t = tallies.get(`${form} ${label}`) ?? { accuracy: 0, files: 0, changed: 0, words: 0, truthPlaces: 0, found: 0, extra: 0 };
      t.accuracy += score(truthPath, result.text);
      t.files++;
      t.changed += result.stats.changed;
      t.words += syllables(input).length;
      const out = placeCounts(result.text);
      for (const [name, n] of truthPlaces) {
        t.truthPlaces += n;
        t.found += Math.min(n, out.get(name) ?? 0);
      }
      for (const [name, n] of out) t.extra += Math.max(0, n - (truthPlaces.get(name) ?? 0));
      tallies.set(`${form} ${label}`, t);
    }
  }
}
rmSync(work, { recursive: true, force: true });

console.log(`${docs.length} documents of fixtures/corpus/`);
console.log('form      gazetteer  accuracy  changed   place names found  extra');
for (const form of forms) {
  for (const [label] of restorers) {
    const t = tallies.get(`${form} ${label}`);
    if (!t) continue;
    const changed = form === 'clean' ? `${((100 * t.changed) / t.words).toFixed(3)} %` : '';
    console.log(
      `${form.padEnd(9)} ${label.padEnd(10)} ${(t.accuracy / t.files).toFixed(4)}    ${changed.padEnd(9)} ${t.found}/${t.truthPlaces} (${(t.found / Math.max(1, t.truthPlaces)).toFixed(3)})`.padEnd(68) +
        String(t.extra),
    );
  }
}
