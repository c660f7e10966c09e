/**
 * Agency names OCR printed without their spaces ("SOY té" and "S6Yté" for "Sở Y tế"): a scan
 * glues the short syllables of a name together, and the decoder, reading the glued word as one
 * syllable, makes another word of it ("SỸ tế"), so the name is lost. A capitalised word whose
 * letters, the glyphs OCR prints for marked vowels read as the vowel, spell the first two or more
 * syllables of a name of the gazetteer run together is those syllables. Keys that are syllables
 * themselves are left out, so no word that reads as one is ever taken apart.
 */
import type { Token } from '../tokenize.js';
import { fold } from '../../vi/fold.js';

export interface GluedName {
  /** The name's syllables the glued word stands for, as the gazetteer spells them ("Sở", "Y"). */
  words: readonly string[];
}

/** Glyphs a scan prints for an "o" with marks ("S6", "S&", "S@", "B¢") and for an S ("$ở"). */
const GLYPHS: Readonly<Record<string, string>> = { '6': 'o', '0': 'o', '&': 'o', '@': 'o', '¢': 'o', '$': 's' };
/** Names of more syllables are glued whole far less often than their heads are. */
const MAX_WORDS = 4;
const PLAIN_WORD = /^\p{L}+$/u;
const CAPITALISED = /^[\p{Lu}$]/u;

/** The key of a printed word: folded, the glyphs read as the letters they stand for. */
export function gluedKey(printed: string): string {
  let key = '';
  for (const ch of fold(printed.normalize('NFC'))) key += GLYPHS[ch] ?? ch;
  return key;
}

/**
 * The glued keys of the names: every run of two or more leading syllables of a name of plain
 * words ("soy", "soyte" of "Sở Y tế"), except those `isSyllable` knows as one word.
 */
export function gluedNames(names: Iterable<string>, isSyllable: (key: string) => boolean): Map<string, GluedName> {
  const out = new Map<string, GluedName>();
  for (const name of names) {
    const words = name.split(' ');
    if (words.length < 2 || !words.every((w) => PLAIN_WORD.test(w))) continue;
    let key = gluedKey(words[0]!);
    for (let k = 1; k < Math.min(words.length, MAX_WORDS); k++) {
      key += gluedKey(words[k]!);
      if (!out.has(key) && !isSyllable(key)) out.set(key, { words: words.slice(0, k + 1) });
    }
  }
  return out;
}

/** The name a capitalised word at token i glues, or null. */
export function gluedNameAt(tokens: readonly Token[], i: number, names: ReadonlyMap<string, GluedName>): GluedName | null {
  const t = tokens[i]!;
  if (t.kind !== 'word' || !CAPITALISED.test(t.text) || t.text.length < 3) return null;
  return names.get(gluedKey(t.text)) ?? null;
}
