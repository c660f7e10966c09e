/**
 * A sentence already printed right: every word a syllable of the language as printed, and most
 * of them carrying marks, as correct Vietnamese does. Such a sentence gives no evidence of
 * damage, so its words are kept whatever the document around it looks like (a web page's
 * English notice, a table of codes, a scan elsewhere in the file).
 */
import { baseKey, isWellFormedSyllable } from '../syllable.js';
import { isAccentedClean, type Lexicon } from './regime.js';
import type { NoiseRegime } from './candidate-source.js';
import type { Token } from '../tokenize.js';

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

/**
 * English function words that no Vietnamese word loses its marks into and OCR does not make of
 * one ("the", "to", "on", "an" would be "thể", "tổ", "ổn", "án"). Two of them mark an English
 * sentence in any document, also one whose English pages make it look stripped or noisy.
 */
const ENGLISH = new Set([
  ...['of', 'and', 'is', 'are', 'for', 'with', 'this', 'that', 'from', 'by', 'has', 'have', 'shall', 'which', 'was', 'were', 'must'],
  ...['pursuant', 'dated', 'article', 'decree', 'law', 'circular', 'ministry', 'government', 'republic', 'socialist', 'vietnam'],
]);
const MIN_ENGLISH = 2;

/** Whether the words (of a line, a sentence) are English by its function words. */
export function isEnglish(words: readonly string[]): boolean {
  return englishWords(words) >= MIN_ENGLISH;
}

function englishWords(words: readonly string[]): number {
  const seen = new Set<string>();
  for (const word of words) {
    const lower = word.toLowerCase();
    if (ENGLISH.has(lower)) seen.add(lower);
  }
  return seen.size;
}

/** Share of the markless words that are no syllable of the language from which a sentence is foreign. */
const MIN_FOREIGN = 0.4;

/**
 * A sentence in another language inside correctly accented text (a site's English notice, a
 * translation printed beside the original), perhaps after a Vietnamese name on the same line
 * ("THƯ VIỆN PHÁP LUẬT has the copyright on this translation"): many of its markless words are
 * no syllable ("has", "copyright", "Pursuant"), so the short ones that happen to be syllables
 * ("the", "on") are not Vietnamese words missing their marks. In OCR'd or stripped text the
 * same look is damage, so only a clean accented document keeps such sentences, unless English
 * function words say what language it is.
 */
export function isForeignSentence(words: readonly string[], regime: NoiseRegime): boolean {
  if (!isAccentedClean(regime) && !isEnglish(words)) return false;
  let markless = 0;
  let foreign = 0;
  for (const word of words) {
    const lower = word.normalize('NFC').toLowerCase();
    const syllable = isWellFormedSyllable(lower);
    if (baseKey(lower) !== lower) {
      if (!syllable) return false;
      continue;
    }
    markless++;
    if (!syllable) foreign++;
  }
  return markless >= MIN_WORDS && foreign >= MIN_FOREIGN * markless;
}

/**
 * Per token, 1 when its line is in English: by its own function words (isEnglish), or, for a
 * line an English sentence wraps onto ("Tax Administration, the Decree No. 126/2020/ND-CP, the
 * Decree No."), by one such word when a line next to it is English by its own and it has no
 * word with a Vietnamese mark. One step only, from lines English by their own: stripped
 * Vietnamese has no marks on any line, and must not become English by a chain of neighbours.
 */
export function englishLines(tokens: readonly Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  const lines: Array<{ start: number; end: number; english: boolean; wraps: boolean }> = [];
  let start = 0;
  let words: string[] = [];
  const close = (end: number): void => {
    if (words.length > 0 || end > start) {
      const english = isEnglish(words);
      lines.push({ start, end, english, wraps: !english && englishWords(words) >= 1 && words.every(isMarkless) });
    }
    start = end;
    words = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word') words.push(t.text);
    else if (t.kind === 'newline') close(i + 1);
  }
  close(tokens.length);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.english || (line.wraps && (lines[k - 1]?.english || lines[k + 1]?.english))) out.fill(1, line.start, line.end);
  }
  return out;
}

/** Whether a word carries no Vietnamese mark (nor đ). */
const isMarkless = (word: string): boolean => {
  const lower = word.normalize('NFC').toLowerCase();
  return baseKey(lower) === lower;
};
