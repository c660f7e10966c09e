/**
 * The protected-token lists of dict/protected.tsv (built by
 * scripts/dict/protected.ts): symbol codes ("NQ", "QĐ", "TTg") and words that
 * are no syllable (acronyms "UBND", "HĐND"; foreign words "VNeID",
 * "Logistics"), each with how often the training text has it.
 */
import { readFileSync } from 'node:fs';
import { PROTECTED_FILE } from '../../dict/index.js';


export interface ProtectedLists {
  /** Symbol code → count. */
  codes: Map<string, number>;
  /** Word as printed in the training text → count. */
  words: Map<string, number>;
}

export function parseProtectedLists(text: string, source = PROTECTED_FILE): ProtectedLists {
  const lists: ProtectedLists = { codes: new Map(), words: new Map() };
  text.split('\n').forEach((line, i) => {
    if (line === '') return;
    const [kind, form, count] = line.split('\t');
    const n = Number(count);
    if ((kind !== 'code' && kind !== 'word') || !form || !Number.isInteger(n) || n <= 0) {
      throw new Error(`${source}: line ${i + 1}: expected "code|word<TAB>form<TAB>count"`);
    }
    (kind === 'code' ? lists.codes : lists.words).set(form, n);
  });
  return lists;
}

export function loadProtectedLists(path: string): ProtectedLists {
  return parseProtectedLists(readFileSync(path, 'utf8'), path);
}
