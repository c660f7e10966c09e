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

export function inDomainTexts(rootDir: string, weight = IN_DOMAIN_WEIGHT): TrainingText[] {
  const texts: TrainingText[] = [];
  const seeds = join(rootDir, 'seeds');
  for (const f of sortedTxt(seeds).filter((name) => name.startsWith('004_'))) {
    texts.push({ name: `seeds/${f}`, text: readFileSync(join(seeds, f), 'utf8'), linesAreParagraphs: false, weight });
  }
  const gold = join(rootDir, 'fixtures', 'restore');
  if (existsSync(gold)) {
    for (const f of sortedTxt(gold).filter((name) => /^00[01]\.gold\.txt$/.test(name))) {
      texts.push({ name: `gold/${f}`, text: readFileSync(join(gold, f), 'utf8'), linesAreParagraphs: false, weight });
    }
  }
  return texts;
}
