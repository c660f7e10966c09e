/**
 * Candidates for text whose letters are right but whose diacritics may be
 * missing or wrong: every inventory syllable with the same base key ("ban" →
 * ban, bán, bàn, bạn, bản). The printed form itself, when it is a syllable,
 * keeps the probability the regime gives printed text; the rest share the doubt.
 */
import { unitForm } from '../lm/units.js';
import { baseKey } from '../syllable.js';
import { doubt, type Lexicon } from './regime.js';
import type { Candidate, CandidateSource, NoiseRegime } from './candidate-source.js';

export class BaseKeySource implements CandidateSource, Lexicon {
  private readonly groups = new Map<string, string[]>();

  /** `inventory`: syllables in canonical form (lower case, NFC, classic tone placement). */
  constructor(inventory: Iterable<string>) {
    for (const syllable of inventory) this.add(syllable);
  }

  /** Adds a syllable (canonical form), keeping each group in code-point order. */
  add(syllable: string): void {
    const key = baseKey(syllable);
    const group = this.groups.get(key);
    if (!group) this.groups.set(key, [syllable]);
    else if (!group.includes(syllable)) {
      group.push(syllable);
      group.sort();
    }
  }

  /** Whether the inventory holds this word (in any tone placement). */
  known(word: string): boolean {
    const form = unitForm(word);
    return this.groups.get(baseKey(form))?.includes(form) ?? false;
  }

  /** Whether some inventory syllable has these letters. */
  knownBase(key: string): boolean {
    return this.groups.has(key);
  }

  candidates(observed: string, regime: NoiseRegime): Candidate[] {
    const form = unitForm(observed);
    const key = baseKey(form);
    const group = this.groups.get(key);
    if (!group) return [];
    const { marked, markless } = doubt(regime);
    const printed = group.includes(form) ? form : null;
    if (printed === null || group.length === 1) {
      const logp = -Math.log(group.length);
      return group.map((syllable) => ({ syllable, logp }));
    }
    // A markless word is what every syllable of its group looks like once its marks are lost:
    // P(printed | itself) = 1, P(printed | other) = P(marks lost). A marked word that is a
    // syllable was either printed right or is one of the others with marks mangled.
    const stripped = form === key;
    const self = stripped ? 0 : Math.log(1 - marked);
    const other = stripped ? Math.log(markless) : Math.log(marked / (group.length - 1));
    const out = group.map((syllable) => ({ syllable, logp: syllable === printed ? self : other }));
    return out.sort((a, b) => b.logp - a.logp);
  }
}
