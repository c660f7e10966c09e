/**
 * The text the language model is trained on: the law corpus, plus the
 * in-domain text (seed 004, clean, the hand-corrected gold lines of seeds
 * 000 and 001, and the real directives of official/ that nothing is measured
 * on). Never dev-eval, never seeds 002 and 003.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { excludedOfficial, officialDocuments } from './official-held-out.js';
import { boilerplateLines, officialTrainingText } from './official-text.js';

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

/**
 * The official/ directives as training text, less every document measured
 * anywhere (official-held-out.ts). Counted once: there are more of them than
 * of the other in-domain texts, and they would otherwise outweigh the laws.
 */
export function officialTexts(rootDir: string, corpusDir: string, weight = 1): TrainingText[] {
  if (!existsSync(join(corpusDir, 'official'))) return [];
  const documents = officialDocuments(corpusDir);
  const excluded = new Set(excludedOfficial(rootDir, corpusDir, documents).map((e) => e.name));
  const boilerplate = boilerplateLines([...documents.values()]);
  return [...documents]
    .filter(([name]) => !excluded.has(name))
    .map(([name, markdown]) => ({ name: `official/${name}`, text: officialTrainingText(markdown, boilerplate), linesAreParagraphs: false, weight }));
}

/** Everything the model and the inventory learn from, in a fixed order. */
export function trainingTexts(rootDir: string, corpusDir: string, gold: readonly string[], official: boolean): TrainingText[] {
  return [...lawTexts(corpusDir), ...inDomainTexts(rootDir, IN_DOMAIN_WEIGHT, gold), ...(official ? officialTexts(rootDir, corpusDir) : [])];
}
