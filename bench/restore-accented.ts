/**
 * Accented real documents: the official/ directives no dictionary learns from
 * (scripts/dict/official-held-out.ts), restored as scraped, markup kept. They
 * are correct already, so every change is damage: the share of syllables
 * changed, and how many document symbols and acronyms were touched at all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isWellFormedSyllable, restoreText, tokenize, type Restorer } from '../src/restore/index.js';
import { MEASURED_OFFICIAL } from '../scripts/dict/official-held-out.js';

export interface AccentedRow {
  file: string;
  words: number;
  changed: number;
  symbols: number;
  symbolsChanged: number;
  acronyms: number;
  acronymsChanged: number;
  /** What was changed, "input → output", for the report. */
  examples: string[];
}

/** All capitals and no syllable read in lower case: BMNN, VNPT, TTĐT (not KẾ, HOẠCH). */
const isAcronym = (word: string): boolean =>
  /^[\p{Lu}\d&]{2,}$/u.test(word) && /\p{L}/u.test(word) && !isWellFormedSyllable(word.toLowerCase());

export function measureAccented(restorer: Restorer, corpusDir: string): AccentedRow[] {
  return MEASURED_OFFICIAL.map((file) => {
    const input = readFileSync(join(corpusDir, 'official', file), 'utf8').normalize('NFC');
    const result = restoreText(input, restorer);
    const touched = (start: number, end: number): boolean => result.edits.some((e) => e.start < end && e.end > start);
    const row: AccentedRow = { file, words: result.stats.words, changed: result.stats.changed, symbols: 0, symbolsChanged: 0, acronyms: 0, acronymsChanged: 0, examples: [] };
    for (const token of tokenize(input)) {
      if (token.kind === 'symbol') {
        row.symbols++;
        if (touched(token.start, token.end)) row.symbolsChanged++;
      } else if (token.kind === 'word' && isAcronym(token.text)) {
        row.acronyms++;
        if (touched(token.start, token.end)) row.acronymsChanged++;
      }
    }
    for (const e of result.edits.slice(0, 5)) row.examples.push(`${input.slice(e.start, e.end)} → ${e.text}`);
    return row;
  });
}

export interface AccentedSummary {
  documents: number;
  words: number;
  changedShare: number;
  symbols: number;
  symbolsChanged: number;
  acronyms: number;
  acronymsChanged: number;
}

export function summarizeAccented(rows: readonly AccentedRow[]): AccentedSummary {
  const sum = (key: 'words' | 'changed' | 'symbols' | 'symbolsChanged' | 'acronyms' | 'acronymsChanged'): number => rows.reduce((n, r) => n + r[key], 0);
  return {
    documents: rows.length,
    words: sum('words'),
    changedShare: sum('changed') / Math.max(1, sum('words')),
    symbols: sum('symbols'),
    symbolsChanged: sum('symbolsChanged'),
    acronyms: sum('acronyms'),
    acronymsChanged: sum('acronymsChanged'),
  };
}
