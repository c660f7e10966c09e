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

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])';
/** Nuclei ending in a glide: no consonant may follow ("ao", never "aon"). */
const OPEN = 'ai ao au ay âu ây eo êu ia iu oi ôi ơi ui ưi ưu ưa ua uya iêu yêu oai oao oay oeo uây uôi ươi ươu uyu';
/** Nuclei that stand alone or take a final consonant. */
const FREE = 'a e ê i o ô ơ u ư y oa oe uê uy uơ';
/** Nuclei that need a final consonant ("ăn", "iêng", never "ă", "iê"). */
const CLOSED = 'ă â iê yê uô ươ oă uâ uyê oo';
const CODA = '(?:ch|ng|nh|[cmnptk])';

const alternatives = (list: string): string => list.split(' ').join('|');

// Loose where loanwords and place names need it (k after "Đắk"), strict where
// mis-decoding shows: a syllable made of another encoding's bytes rarely has
// a nucleus and final that go together.
const SYLLABLE = new RegExp(
  `^${ONSET}?(?:(?:${alternatives(OPEN)})|(?:${alternatives(FREE)})${CODA}?|(?:${alternatives(CLOSED)})${CODA})$`,
  'u',
);
/** "nh" and "ch" close only front vowels: "anh", "ếch", "inh", "uynh" — never "ônh". */
const PALATAL_CODA = /(?:nh|ch)$/u;
const BEFORE_PALATAL = /[aêiy](?:nh|ch)$/u;
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
  if (PALATAL_CODA.test(toneless) && !BEFORE_PALATAL.test(toneless)) return false;
  const tone = tones[0];
  if (tone && tone !== 'acute' && tone !== 'dot' && STOP_CODA.test(toneless)) return false;
  return true;
}
