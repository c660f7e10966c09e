/**
 * dict/protected.tsv: the protected-token lists, counted in the clean
 * training text (laws, seed 004, the gold lines of seeds 000 and 001, and the
 * official/ directives, whose forms must recur across documents):
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

/**
 * A code whose D is far more often printed Đ ("QD" twice, "QĐ" thousands of times) is a
 * typist's slip, not a code: kept, it would make the code book leave OCR's "QD" unrepaired.
 */
function isStrokelessSlip(form: string, count: number, codes: ReadonlyMap<string, number>): boolean {
  if (!form.includes('D')) return false;
  const stroked = codes.get(form.replace(/D/gu, 'Đ')) ?? 0;
  return stroked >= STROKE_RATIO * count;
}
const STROKE_RATIO = 10;
/**
 * The scraped directives print capitals of names and headings inside symbols of one document
 * ("…GIA/DI…"); a form they alone teach must be printed by this many of them to be a code or an
 * acronym, while the laws and hand-corrected seeds are trusted from MIN_COUNT.
 */
const MIN_OFFICIAL_DOCS = 3;
const OFFICIAL_PREFIX = 'official/';

export function buildProtectedLists(texts: readonly TrainingText[]): string {
  const codes = new Map<string, number>();
  const words = new Map<string, number>();
  const trusted = new Set<string>();
  const officialDocs = new Map<string, Set<string>>();
  let current: TrainingText = texts[0]!;
  const bump = (m: Map<string, number>, k: string, n: number): void => {
    m.set(k, (m.get(k) ?? 0) + n);
    const key = `${m === codes ? 'code' : 'word'}\t${k}`;
    if (!current.name.startsWith(OFFICIAL_PREFIX)) trusted.add(key);
    else {
      const docs = officialDocs.get(key) ?? new Set<string>();
      docs.add(current.name);
      officialDocs.set(key, docs);
    }
  };
  for (const t of texts) {
    current = t;
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
      .filter(([form, n]) => n >= MIN_COUNT && (trusted.has(`${kind}\t${form}`) || (officialDocs.get(`${kind}\t${form}`)?.size ?? 0) >= MIN_OFFICIAL_DOCS))
      .filter(([form, n]) => !(kind === 'code' && isStrokelessSlip(form, n, m)))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([form, n]) => `${kind}\t${form}\t${n}\n`);
  return [...lines('code', codes), ...lines('word', words)].join('');
}
