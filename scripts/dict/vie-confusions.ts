/**
 * Builds dict/vie-confusions.tsv, the sparse channel of Vietnamese-model OCR
 * (src/restore/vie/confusions.ts): aligned with its clean text, the OCR of
 * the vie pairs (vie-pairs.ts: train-pairs texts through native Tesseract)
 * and of the scan pages (vie-scan-pairs.ts: official/ training directives
 * read by the product's tesseract.js) is counted token by token, and every pair of valid syllables with the same letters that the OCR
 * printed one for the other (`đổi` read `đối`, `hằng` read `hãng`, `chi` read
 * `chỉ`) at least MIN_CONFUSED times is written, with what the channel needs
 * to weigh it: how often the intended syllable was printed so, how often it
 * was meant, and how often the printed syllable was meant and printed right.
 * Deterministic: rows sorted by code point.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseKey, isWellFormedSyllable } from '../../src/restore/syllable.js';
import { unitForm } from '../../src/restore/lm/units.js';
import { VIE_CONFUSIONS_FILE } from '../../src/dict/index.js';
import type { BuildContext } from '../build-dict.js';
import { countPairs, type ConfusionCounts } from './channel-counts.js';
import { fillVieCache, vieCacheDir, viePairs } from './vie-pairs.js';
import { fillVieScanCache, vieScanCacheDir, vieScanPairs } from './vie-scan-pairs.js';
import type { TextPair } from './ocr-pairs.js';

/** A confusion seen fewer times than this is one-off noise, not a habit of the engine. */
export const MIN_CONFUSED = 2;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function confusionRows(counts: ConfusionCounts): string[] {
  const rows: string[] = [];
  for (const printed of [...counts.printed.keys()].sort(cmp)) {
    // Looked up by its unit form (lower case, classic tone placement): "hoà" is "hòa" printed the modern way, no confusion.
    if (unitForm(printed) !== printed || !isWellFormedSyllable(printed)) continue;
    const row = counts.printed.get(printed)!;
    const kept = row.get(printed) ?? 0;
    const printedMeant = counts.intended.get(printed) ?? 0;
    for (const [intended, n] of [...row].sort(([a], [b]) => cmp(a, b))) {
      if (intended === printed || n < MIN_CONFUSED || baseKey(intended) !== baseKey(printed)) continue;
      rows.push([printed, intended, n, counts.intended.get(intended) ?? n, kept, printedMeant].join('\t'));
    }
  }
  return rows;
}

export function vieConfusionsTsv(pairs: readonly TextPair[], scanPages: readonly TextPair[] = []): string {
  const rows = confusionRows(countPairs([...pairs, ...scanPages]));
  const head = [
    '# Vietnamese-model OCR confusions between valid syllables (scripts/dict/vie-confusions.ts).',
    `# ${pairs.length} train-pairs texts through ocr-sim --lang vie; ${scanPages.length} scanned-looking pages of official/ training directives read by tesseract.js vie.`,
    '# printed\tintended\tintended printed so\tintended meant\tprinted meant and printed right\tprinted meant',
  ];
  return [...head, ...rows].join('\n') + '\n';
}

/** Writes the table, generating the OCR pairs the caches lack first (ocr-sim, tesseract.js). */
export async function build(context: BuildContext): Promise<void> {
  const log = (line: string): void => console.log(`build:dict vie: ${line}`);
  await fillVieCache(context.corpusDir, vieCacheDir(context.rootDir), 1, log);
  await fillVieScanCache(context.rootDir, context.corpusDir, vieScanCacheDir(context.rootDir), log);
  const pairs = viePairs(context.corpusDir, vieCacheDir(context.rootDir));
  const pages = vieScanPairs(context.rootDir, context.corpusDir, vieScanCacheDir(context.rootDir));
  const tsv = vieConfusionsTsv(pairs, pages);
  writeFileSync(join(context.dictDir, VIE_CONFUSIONS_FILE), tsv);
  console.log(`build:dict vie-confusions: ${VIE_CONFUSIONS_FILE} ${tsv.split('\n').filter((l) => l !== '' && !l.startsWith('#')).length} pairs from ${pairs.length} texts and ${pages.length} pages`);
}
