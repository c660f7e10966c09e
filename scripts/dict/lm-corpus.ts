/**
 * The text the language model is trained on: the law corpus, plus the
 * in-domain text (seed 004, clean, and the hand-corrected gold lines of seeds
 * 000 and 001). Never dev-eval, never seeds 002 and 003.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TrainingText {
  name: string;
  text: string;
  /** The law corpus has one paragraph per line; the seeds keep the scan's line wrapping. */
  linesAreParagraphs: boolean;
  /** How many times the text is counted: in-domain text is scarce and worth more. */
  weight: number;
}

export const IN_DOMAIN_WEIGHT = 3;

/** Files in a stable order, so that the same corpus always gives the same tables. */
function sortedTxt(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

export function lawTexts(corpusDir: string, exclude: ReadonlySet<string> = new Set()): TrainingText[] {
  const dir = join(corpusDir, 'vlc');
  return sortedTxt(dir)
    .filter((f) => !exclude.has(f))
    .map((f) => ({ name: `vlc/${f}`, text: readFileSync(join(dir, f), 'utf8'), linesAreParagraphs: true, weight: 1 }));
}

/** Seed 004 and the gold lines of the `gold` seeds (000 and 001 by default). */
export function inDomainTexts(rootDir: string, weight = IN_DOMAIN_WEIGHT, gold: readonly string[] = ['000', '001']): TrainingText[] {
  const texts: TrainingText[] = [];
  const seeds = join(rootDir, 'seeds');
  for (const f of sortedTxt(seeds).filter((name) => name.startsWith('004_'))) {
    texts.push({ name: `seeds/${f}`, text: readFileSync(join(seeds, f), 'utf8'), linesAreParagraphs: false, weight });
  }
  const goldDir = join(rootDir, 'fixtures', 'restore');
  if (existsSync(goldDir)) {
    for (const f of sortedTxt(goldDir).filter((name) => /^00[01]\.gold\.txt$/.test(name) && gold.includes(name.slice(0, 3)))) {
      texts.push({ name: `gold/${f}`, text: readFileSync(join(goldDir, f), 'utf8'), linesAreParagraphs: false, weight });
    }
  }
  return texts;
}
