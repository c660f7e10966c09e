/**
 * A sentence already printed right: every word a syllable of the language as printed, and most
 * of them carrying marks, as correct Vietnamese does. Such a sentence gives no evidence of
 * damage, so its words are kept whatever the document around it looks like (a web page's
 * English notice, a table of codes, a scan elsewhere in the file).
 */
import { baseKey } from '../syllable.js';
import type { Lexicon } from './regime.js';

/** Share of words with marks below which a sentence may be text whose marks were stripped. */
const MIN_MARKED = 0.45;
/** Shorter sentences say too little about themselves; the document's regime decides them. */
const MIN_WORDS = 4;

export function isCleanSentence(words: readonly string[], lexicon: Lexicon): boolean {
  if (words.length < MIN_WORDS) return false;
  let marked = 0;
  for (const word of words) {
    const lower = word.normalize('NFC').toLowerCase();
    if (!lexicon.known(lower)) return false;
    if (baseKey(lower) !== lower) marked++;
  }
  return marked >= MIN_MARKED * words.length;
}
