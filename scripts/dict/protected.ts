/**
 * dict/protected.tsv: the protected-token lists, counted in the clean
 * training text (laws, seed 004, the gold lines of seeds 000 and 001):
 *
 *   code  NQ  1234     a letter segment of a document symbol ("148-KL/TW" → KL, TW)
 *   word  UBND  87     a word that is no syllable but has a capital (acronyms, foreign words)
 *
 * Entries seen fewer than MIN_COUNT times are left out; lines sorted by kind, then form.
 */
import { isWellFormedSyllable } from '../../src/restore/syllable.js';
import { tokenize } from '../../src/restore/tokenize.js';
import type { TrainingText } from './lm-corpus.js';

export const PROTECTED_FILE = 'protected.tsv';
const MIN_COUNT = 2;
/** Symbol codes: capitals (Đ included), perhaps one small letter after them ("TTg"); never accented words ("Tạm"). */
const CODE = /^[A-ZĐ]{2,}[a-z]?$/u;
/** Acronyms in capitals (UBND, HĐND, GRDP), or foreign words in plain Latin letters (VNeID, Logistics). */
const WORD = /^(?:[A-ZĐ]{2,}|(?=[A-Za-z]*[A-Z])[A-Za-z]{4,})$/u;

export function buildProtectedLists(texts: readonly TrainingText[]): string {
  const codes = new Map<string, number>();
  const words = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string, n: number): void => {
    m.set(k, (m.get(k) ?? 0) + n);
  };
  for (const t of texts) {
    for (const token of tokenize(t.text.normalize('NFC'))) {
      if (token.kind === 'symbol') {
        for (const seg of token.text.split(/[/-]/u)) {
          if (CODE.test(seg)) bump(codes, seg, t.weight);
        }
      } else if (token.kind === 'word' && WORD.test(token.text) && !isWellFormedSyllable(token.text.toLowerCase())) {
        bump(words, token.text, t.weight);
      }
    }
  }
  const lines = (kind: string, m: Map<string, number>): string[] =>
    [...m]
      .filter(([, n]) => n >= MIN_COUNT)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([form, n]) => `${kind}\t${form}\t${n}\n`);
  return [...lines('code', codes), ...lines('word', words)].join('');
}
