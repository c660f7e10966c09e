/**
 * The user dictionary: words the restorer should know (new commune, agency or
 * person names) and fixed corrections. A UTF-8 text file, one entry per line:
 *
 *   # comments start with "#"; blank lines are ignored
 *   Phố Hiến                 a word or phrase, correctly accented: its syllables
 *   Hồng Châu                become known and the phrase itself likely
 *   ctia => của              a fixed correction: what OCR prints => what it means,
 *   Tinh ty => Tỉnh ủy       matched on whole words, ignoring case and tone placement
 *
 * A correction written all in lower case takes the case of the printed words
 * ("CTIA" → "CỦA"); one with capitals is printed exactly as written.
 */
import { unitForm } from './lm/units.js';
import { applyCase, casePattern } from './syllable.js';
import { tokenize, type Token } from './tokenize.js';
import type { ProtectedSpan } from './decode/sentences.js';

export interface Correction {
  /** Canonical forms of the printed words to match, in order. */
  observed: string[];
  /** The replacement as written in the dictionary. */
  correct: string;
}

export interface UserDictionary {
  /** Phrases (one or more words) in canonical form. */
  phrases: string[][];
  corrections: Correction[];
}

export class UserDictionaryError extends Error {}

const wordsOf = (text: string): string[] =>
  tokenize(text)
    .filter((t) => t.kind === 'word')
    .map((t) => unitForm(t.text));

/** Parses the text format above; throws UserDictionaryError with the line number on a bad entry. */
export function parseUserDictionary(text: string): UserDictionary {
  const dict: UserDictionary = { phrases: [], corrections: [] };
  text.split(/\r\n|\r|\n/u).forEach((raw, i) => {
    const line = raw.replace(/#.*$/u, '').trim().normalize('NFC');
    if (line === '') return;
    const arrow = line.indexOf('=>');
    if (arrow < 0) {
      const words = wordsOf(line);
      if (words.length === 0) throw new UserDictionaryError(`line ${i + 1}: no word in "${raw.trim()}"`);
      dict.phrases.push(words);
      return;
    }
    const observed = wordsOf(line.slice(0, arrow));
    const correct = line.slice(arrow + 2).trim();
    if (observed.length === 0 || correct === '') {
      throw new UserDictionaryError(`line ${i + 1}: a correction needs words on both sides of "=>"`);
    }
    dict.corrections.push({ observed, correct });
  });
  return dict;
}

/** The replacement text in the case the printed words were in, unless the dictionary wrote capitals. */
function casedCorrection(correct: string, printed: readonly Token[]): string {
  if (correct !== correct.toLowerCase()) return correct;
  const pattern = casePattern(printed[0]!.text);
  if (pattern === 'upper') return correct.toUpperCase();
  return pattern === 'title' ? applyCase('title', correct) : correct;
}

/**
 * Spans of the token stream that a correction matches: the words in order,
 * separated only by spaces (never across a line break). The model sees the
 * last word of the correction.
 */
export function correctionSpans(tokens: readonly Token[], corrections: readonly Correction[]): ProtectedSpan[] {
  if (corrections.length === 0) return [];
  const byFirst = new Map<string, Correction[]>();
  for (const c of corrections) {
    const list = byFirst.get(c.observed[0]!) ?? [];
    list.push(c);
    byFirst.set(c.observed[0]!, list);
  }
  // Longest corrections first, so that "Tinh ty" wins over "Tinh".
  for (const list of byFirst.values()) list.sort((a, b) => b.observed.length - a.observed.length);
  const spans: ProtectedSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'word') continue;
    const list = byFirst.get(unitForm(tokens[i]!.text));
    if (!list) continue;
    for (const c of list) {
      const end = matchWords(tokens, i, c.observed);
      if (end < 0) continue;
      const printed = tokens.slice(i, end).filter((t) => t.kind === 'word');
      const words = wordsOf(c.correct);
      spans.push({ start: i, end, text: casedCorrection(c.correct, printed), unit: words[words.length - 1] ?? '', why: 'correction' });
      i = end - 1;
      break;
    }
  }
  return spans;
}

/** Token index just past the match of `words` starting at token i, or -1. */
function matchWords(tokens: readonly Token[], i: number, words: readonly string[]): number {
  let j = i;
  for (let k = 0; k < words.length; k++) {
    if (k > 0) {
      if (tokens[j]?.kind !== 'space') return -1;
      j++;
    }
    const t = tokens[j];
    if (!t || t.kind !== 'word' || unitForm(t.text) !== words[k]) return -1;
    j++;
  }
  return j;
}
