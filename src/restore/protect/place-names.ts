/**
 * The gazetteer's names as the restorer reads them, and how well a print supports a name:
 * each printed word's reading as the name's syllable costs what the decoder's candidates (from
 * the OCR channel and the accent-stripping source, weighted by the document's noise regime)
 * say it costs next to the word's best reading. A correct print costs nothing; in clean text any
 * other mark costs a lot (a printed mark is near certain there), in stripped text a markless
 * word costs nothing as any syllable of its letters, in a scan what the channel says.
 */
import type { PlaceKind, PlaceTable } from '../../vi/places.js';
import type { Candidate, NoiseRegime } from '../decode/candidate-source.js';
import { doubt } from '../decode/regime.js';
import { unitForm } from '../lm/units.js';
import { baseKey } from '../syllable.js';

export interface Name {
  /** Words as the gazetteer spells them ("Quảng", "Ngãi") and their canonical syllables. */
  words: readonly string[];
  syllables: readonly string[];
  kinds: ReadonlySet<PlaceKind>;
}

/** Names of more words are rare and tokenised apart anyway (hyphens, numbers). */
export const MAX_NAME_WORDS = 4;
const PLAIN_WORD = /^\p{L}+$/u;

/**
 * Names of plain words by the base key of their first word. Names with hyphens, apostrophes
 * or numbers ("Nam Ban - Lâm Hà", "M'Drắk", "Phú Hòa 1") are tokenised apart and left out.
 */
export function indexNames(places: PlaceTable): Map<string, Name[]> {
  const byName = new Map<string, Name & { kinds: Set<PlaceKind> }>();
  for (const row of places.rows) {
    const known = byName.get(row.name);
    if (known) {
      known.kinds.add(row.kind);
      continue;
    }
    const words = row.name.split(' ');
    if (words.length > MAX_NAME_WORDS || !words.every((w) => PLAIN_WORD.test(w))) continue;
    byName.set(row.name, { words, syllables: words.map(unitForm), kinds: new Set([row.kind]) });
  }
  const index = new Map<string, Name[]>();
  for (const name of byName.values()) {
    const key = baseKey(name.syllables[0]!);
    const list = index.get(key);
    if (list) list.push(name);
    else index.set(key, [name]);
  }
  return index;
}

/** The names of an index that are of these kinds. */
export function namesOfKinds(index: ReadonlyMap<string, readonly Name[]>, kinds: readonly PlaceKind[]): Map<string, Name[]> {
  const out = new Map<string, Name[]>();
  for (const [key, names] of index) {
    const some = names.filter((n) => kinds.some((k) => n.kinds.has(k)));
    if (some.length > 0) out.set(key, some);
  }
  return out;
}

export interface PlaceScorer {
  /** What reading a printed word as a syllable costs next to its best reading (≤ 0), or -Infinity. */
  score(printed: string, syllable: string): number;
  /** Whether a print spelled as a name's word says so: marked, or markless where marks are not lost. */
  telling(printed: string): boolean;
  /** The names of an index the printed word may begin: those whose first word has its letters or a candidate's. */
  namesFor(first: string, index: ReadonlyMap<string, readonly Name[]>): Name[];
}

/** Per document: `candidates` gives the decoder's candidates for a printed word, best first; asked once a word. */
export function placeScorer(
  candidates: (printed: string) => readonly Candidate[],
  regime: NoiseRegime,
): PlaceScorer {
  const { marked, markless } = doubt(regime);
  const logMarked = Math.log(marked);
  const logMarkless = Math.log(markless);
  const lowerOf = (printed: string): string => printed.normalize('NFC').toLowerCase();
  const memo = new Map<string, readonly Candidate[]>();
  const candidatesOf = (printed: string): readonly Candidate[] => {
    let found = memo.get(printed);
    if (found === undefined) memo.set(printed, (found = candidates(printed)));
    return found;
  };

  return {
    score(printed, syllable) {
      if (unitForm(printed) === syllable) return 0;
      const lower = lowerOf(printed);
      const cands = candidatesOf(printed);
      const hit = cands.find((c) => c.syllable === syllable);
      if (hit) return hit.logp - cands[0]!.logp;
      // The syllable's letters with its marks lost or garbled ("Ngäi", or "Đắk" the inventory
      // lacks): what the regime says a printed mark, or its absence, is worth.
      const key = baseKey(lower);
      if (key !== baseKey(syllable)) return -Infinity;
      return key === lower ? logMarkless : logMarked;
    },
    telling(printed) {
      const lower = lowerOf(printed);
      return baseKey(lower) !== lower || markless < 0.5;
    },
    namesFor(first, index) {
      const keys = new Set([baseKey(lowerOf(first))]);
      for (const c of candidatesOf(first)) keys.add(baseKey(c.syllable));
      return [...keys].flatMap((k) => index.get(k) ?? []);
    },
  };
}
