/**
 * Candidates for text whose letters are right but whose diacritics may be
 * missing or wrong: every inventory syllable with the same base key ("ban" →
 * ban, bán, bàn, bạn, bản). The printed form itself, when it is a syllable,
 * keeps the probability the regime gives printed text; the rest share the doubt.
 */
import { unitForm } from '../lm/units.js';
import { baseKey } from '../syllable.js';
import { doubt } from './regime.js';
import type { Candidate, CandidateSource, NoiseRegime } from './candidate-source.js';

export class BaseKeySource implements CandidateSource {
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
  has(word: string): boolean {
    const form = unitForm(word);
    return this.groups.get(baseKey(form))?.includes(form) ?? false;
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
    const eps = form === key ? markless : marked;
    const other = Math.log(eps / (group.length - 1));
    const out = group.map((syllable) => ({ syllable, logp: syllable === printed ? Math.log(1 - eps) : other }));
    return out.sort((a, b) => b.logp - a.logp);
  }
}
