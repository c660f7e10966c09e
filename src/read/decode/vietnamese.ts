/**
 * The Vietnamese alphabet and syllable shape, as far as encoding detection
 * needs them: a wrong 8-bit decoding still yields letters, but letters outside
 * the alphabet, two tones on one syllable or a tone a closed syllable cannot
 * carry. Used to score candidate decodings, never to change text.
 */

/** Combining tone marks; a syllable carries at most one. */
const TONE_MARKS = new Map<string, Tone>([
  ['\u0300', 'grave'],
  ['\u0301', 'acute'],
  ['\u0303', 'tilde'],
  ['\u0309', 'hook'],
  ['\u0323', 'dot'],
]);

export type Tone = 'grave' | 'acute' | 'tilde' | 'hook' | 'dot';

const VOWELS = 'aăâeêioôơuưy';

function buildAlphabet(): Set<string> {
  const letters = new Set<string>();
  for (let c = 0x41; c <= 0x5a; c++) {
    letters.add(String.fromCharCode(c));
    letters.add(String.fromCharCode(c + 0x20));
  }
  for (const v of VOWELS) {
    for (const mark of ['', ...TONE_MARKS.keys()]) {
      const lower = (v + mark).normalize('NFC');
      letters.add(lower);
      letters.add(lower.toUpperCase());
    }
  }
  letters.add('đ');
  letters.add('Đ');
  return letters;
}

/** ASCII letters and the 134 precomposed Vietnamese letters (NFC), both cases. */
export const VIETNAMESE_LETTERS: ReadonlySet<string> = buildAlphabet();

export interface SyllableParts {
  /** The syllable without tone marks, lower case, NFC. */
  toneless: string;
  tones: Tone[];
}

/** Splits a word into its tone marks and the toneless letters. */
export function splitTones(word: string): SyllableParts {
  const tones: Tone[] = [];
  let rest = '';
  for (const ch of word.toLowerCase().normalize('NFD')) {
    const tone = TONE_MARKS.get(ch);
    if (tone) tones.push(tone);
    else rest += ch;
  }
  return { toneless: rest.normalize('NFC'), tones };
}

// Onset, one to three vowels (glides included), coda. Loose on purpose: it
// must accept every real syllable and reject what mis-decoding produces, not
// tell real words from plausible ones. `k` is for Đắk Lắk and the like.
const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnptk])?$/u;
const STOP_CODA = /(?:c|ch|p|t|k)$/u;
const LONGEST_SYLLABLE = 8;

/**
 * True when the word can be one Vietnamese syllable: a known shape, at most
 * one tone, and a stop-final syllable only with the acute or dot tone.
 */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length > LONGEST_SYLLABLE) return false;
  const { toneless, tones } = splitTones(word);
  if (tones.length > 1) return false;
  if (!SYLLABLE.test(toneless)) return false;
  const tone = tones[0];
  if (tone && tone !== 'acute' && tone !== 'dot' && STOP_CODA.test(toneless)) return false;
  return true;
}
