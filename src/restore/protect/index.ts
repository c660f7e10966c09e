/**
 * The protector: finds the tokens the decoder must not read as syllables and
 * what they print as. Document symbols are repaired by their grammar
 * (symbols.ts), including the pieces OCR cut off them ("148- KL/TW", "57
 * NQ/TW", "QB/T W", "123-K.L/TW", "NQIT W"); known acronyms and foreign words
 * (dict/protected.tsv) and Roman numerals pass as printed; capitals that are
 * no syllable and explain a known acronym become it ("HDND" → "HĐND", "BCP" →
 * "BCĐ"); an agency name OCR glued into one word is its syllables (glued-names.ts); list markers ("b)") stay letters, and markup words as printed (markup.ts). Numbers, dates, URLs and e-mails are tokens of their own already
 * and are never decoded. Every scan looks at a bounded window of tokens.
 */
import { TYPE_CODES } from '../../vi/codes.js';
import type { EditModel } from '../channel/edit-model.js';
import type { ProtectedSpan } from '../decode/sentences.js';
import { NUM, SYM } from '../lm/units.js';
import type { Token } from '../tokenize.js';
import { CodeBook } from './code-book.js';
import type { ProtectedLists } from './lists.js';
import { gluedNameAt, type GluedName } from './glued-names.js';
import { isMarkupWord } from './markup.js';
import { codeLike, repairCode, repairSymbol } from './symbols.js';

export interface ProtectorParts {
  lists: ProtectedLists;
  edit: EditModel;
  /** The language-model unit a protected word counts as. */
  unitOf: (word: string) => string;
  /** Whether a lower-case word may well be a (garbled) syllable: then it is left to the decoder. */
  syllableLike: (lower: string) => boolean;
  /** Agency names by the keys of their syllables run together (glued-names.ts); none when absent. */
  gluedNames?: ReadonlyMap<string, GluedName>;
}

const ROMAN = /^(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})$/u;
const ROMAN_GARBLED = /^[IVXL1l]{2,8}$/u;
/** Strokes OCR makes of a Roman heading number ("IIL." for "III."): kept for the segmenter to read. */
const HEADING_STROKES = /^[IVXLl1]{1,6}$/u;
const HEADING_PUNCT = new Set(['.', '-', '–', ')']);
const ALL_CAPS = /^[\p{Lu}0-9]{3,12}$/u;
const ACRONYM_MAX_COST = 7;
const SURE_ACRONYM_COST = 1;

const isSpace = (t: Token | undefined): boolean => t?.kind === 'space';
/**
 * A word opening with a small ASCII letter other than "l" is no Roman
 * numeral, heading stroke or capitals: most words, told apart without the patterns.
 */
const plainLower = (word: string): boolean => {
  const c = word.charCodeAt(0);
  return c >= 97 && c <= 122 && c !== 108;
};
const isAddress = (s: string): boolean => s.includes('@') || /^(?:https?:|www\.)/iu.test(s);

/** A Roman numeral as printed, or repaired from the digits OCR put for its I's ("XI11" → "XIII"); null if none. */
export function romanNumeral(word: string): string | null {
  if (ROMAN.test(word)) return word;
  if (!ROMAN_GARBLED.test(word) || !/[IVX]/u.test(word)) return null;
  const fixed = word.replace(/[1l]/gu, 'I');
  return ROMAN.test(fixed) ? fixed : null;
}

/**
 * A number in groups of three whose "." OCR read as "," in places
 * ("500.000,000" → "500.000.000"); null when the number is not such.
 * Vietnamese groups thousands with "." and writes decimals after ",".
 */
export function thousandsRepair(number: string): string | null {
  if (!/^\d{1,3}(?:[.,]\d{3}){2,}$/u.test(number) || !number.includes('.') || !number.includes(',')) return null;
  return number.replace(/,/gu, '.');
}

/** The letter a list marker stands for: a "d" after a "d" is "đ" (OCR drops the bar; lists go a b c d đ e). */
function markerLetter(printed: string, previous: string | null): string {
  if (printed === 'd' && previous === 'd') return 'đ';
  if (printed === 'D' && previous === 'D') return 'Đ';
  return printed;
}

/** Any Vietnamese vowel letter, marked or not. */
const VOWEL = /[aeiouyăâêôơưAEIOUYĂÂÊÔƠƯ\u00C0-\u00DD\u00E0-\u00FD\u0100-\u01B0\u1EA0-\u1EF9]/u;

/** How often a code of the shared vocabulary counts when the training text never printed it. */
const VOCABULARY_COUNT = 5;

export function makeProtector(parts: ProtectorParts): (tokens: readonly Token[]) => ProtectedSpan[] {
  // The codes the training text printed, and every type code of the shared vocabulary ("TT",
  // "HD"). Not its issuer codes: a drafting unit after the issuer ("BTC-ĐT") is no damaged "ĐU".
  const known = new Map(parts.lists.codes);
  for (const code of Object.keys(TYPE_CODES)) if (code.length >= 2 && !known.has(code)) known.set(code, VOCABULARY_COUNT);
  const codes = new CodeBook(known, parts.edit);
  // Acronyms: the words in capitals, and the codes, which directives also write alone ("BCĐ").
  const acronyms = new CodeBook(
    new Map([...known, ...[...parts.lists.words].filter(([w]) => w === w.toUpperCase())]),
    parts.edit,
  );
  const lastSegment = (s: string): string => s.slice(Math.max(s.lastIndexOf('/'), s.lastIndexOf('-')) + 1);

  /** Token index past a symbol starting at i, with the pieces OCR cut off it taken in. */
  const symbolEnd = (tokens: readonly Token[], i: number): number => {
    let end = i + 1;
    // "123-K" "." "L/TW": a dot inside a code.
    while (tokens[end]?.text === '.' && tokens[end + 1] && codeLike(tokens[end + 1]!.text.split(/[/-]/u)[0]!)) end += 2;
    // "2437/QD- -TTg": a dash OCR doubled before the issuer's code (a single spaced dash, "NĐ- CP",
    // is how some sites print a symbol, and stays as printed).
    if (tokens[end]?.text === '-') {
      let k = end + 1;
      if (isSpace(tokens[k]) && tokens[k]!.text === ' ') k++;
      const code = tokens[k + 1];
      if (tokens[k]?.text === '-' && code && (code.kind === 'word' || code.kind === 'symbol') && codeLike(code.text.split(/[/-]/u)[0]!)) end = k + 2;
    }
    // "QB/T" " " "W": a code cut in two by a space.
    const next = tokens[end + 1];
    if (isSpace(tokens[end]) && tokens[end]!.text === ' ' && next?.kind === 'word' && next.text.length <= 2 && codeLike(next.text)) {
      const tail = lastSegment(tokens[end - 1]!.text);
      if (!codes.has(tail) && codes.has(tail + next.text)) end += 2;
    }
    return end;
  };
  const symbolSpan = (tokens: readonly Token[], start: number, end: number, glue = ''): ProtectedSpan => {
    const text = tokens.slice(start, end).map((t) => t.text).join('');
    const joined = glue === '' ? text : tokens[start]!.text + glue + tokens.slice(start + 2, end).map((t) => t.text).join('');
    return { start, end, text: repairSymbol(joined, codes), unit: SYM, why: 'symbol' };
  };

  const atNumber = (tokens: readonly Token[], i: number): ProtectedSpan | null => {
    const grouped = thousandsRepair(tokens[i]!.text);
    if (grouped) return { start: i, end: i + 1, text: grouped, unit: NUM, why: 'number' };
    if (!/^\d{1,5}$/u.test(tokens[i]!.text)) return null;
    let j = i + 1;
    if (isSpace(tokens[j])) j++;
    if (tokens[j]?.text === '-') {
      // "148- KL/TW", "416 -KH/TU": the number, a dash and a code, spaces around the dash dropped.
      let k = j + 1;
      if (isSpace(tokens[k])) k++;
      const code = tokens[k];
      if (code && (code.kind === 'symbol' || code.kind === 'word') && codeLike(code.text.split(/[/-]/u)[0]!) && k > i + 2) {
        return symbolSpan(tokens, i, symbolEnd(tokens, k));
      }
      return null;
    }
    // "57 NQ/TW": a number and a symbol that opens with a known code, the dash lost.
    const sym = tokens[i + 2];
    if (tokens[i + 1]?.text === ' ' && sym?.kind === 'symbol' && sym.text.includes('/') && !isAddress(sym.text)) {
      const first = sym.text.split(/[/-]/u)[0]!;
      if (codeLike(first) && codes.has(repairCode(first, codes) ?? '')) return symbolSpan(tokens, i, symbolEnd(tokens, i + 2), '-');
    }
    return null;
  };

  const atWord = (tokens: readonly Token[], i: number, previousMarker: string | null): ProtectedSpan | null => {
    const word = tokens[i]!.text;
    // A list marker ("a)", "b)", "đ)") is a letter, not a syllable cut short.
    if (word.length === 1 && tokens[i + 1]?.text === ')') {
      const letter = markerLetter(word, previousMarker);
      return { start: i, end: i + 1, text: letter, unit: parts.unitOf(letter), why: 'list-marker' };
    }
    if (parts.lists.words.has(word)) return { start: i, end: i + 1, text: word, unit: parts.unitOf(word), why: 'listed-word' };
    if (plainLower(word)) return null;
    const glued = parts.gluedNames ? gluedNameAt(tokens, i, parts.gluedNames) : null;
    if (glued) return { start: i, end: i + 1, text: glued.words.join(' '), unit: parts.unitOf(glued.words[glued.words.length - 1]!), why: 'agency' };
    const roman = romanNumeral(word);
    if (roman) return { start: i, end: i + 1, text: roman, unit: parts.unitOf(roman), why: 'roman' };
    if (!ALL_CAPS.test(word)) return null;
    // An acronym with one letter misread the way OCR misreads it ("HDND") is taken at once; a
    // dearer reading only when the word is no syllable either ("BCP" for "BCĐ").
    const acronym = acronyms.lookup(word, ACRONYM_MAX_COST);
    if (acronym && acronym.cost <= SURE_ACRONYM_COST) {
      return { start: i, end: i + 1, text: acronym.form, unit: parts.unitOf(acronym.form), why: 'acronym' };
    }
    // Capitals without a vowel are no syllable a scan could have damaged ("BMNN", "NSNN", "TTHC",
    // "VNPT"): an abbreviation, kept as printed.
    if (word.length >= 2 && !VOWEL.test(word)) return { start: i, end: i + 1, text: word, unit: parts.unitOf(word), why: 'acronym' };
    if (parts.syllableLike(word.toLowerCase())) return null;
    // "NQIT W": two codes whose "/" OCR read as a letter, the second cut by a space.
    const next = tokens[i + 2];
    if (tokens[i + 1]?.text === ' ' && next?.kind === 'word' && next.text.length <= 2 && codeLike(next.text)) {
      const joined = repairCode(word + next.text, codes);
      if (joined?.includes('/')) return { start: i, end: i + 3, text: joined, unit: SYM, why: 'symbol' };
    }
    const split = repairCode(word, codes);
    if (split?.includes('/')) return { start: i, end: i + 1, text: split, unit: SYM, why: 'symbol' };
    return acronym ? { start: i, end: i + 1, text: acronym.form, unit: parts.unitOf(acronym.form), why: 'acronym' } : null;
  };

  /** A Roman heading number at the start of a line, however OCR stroked it ("IIL. TO CHUC"). */
  const headingNumber = (tokens: readonly Token[], i: number): ProtectedSpan | null => {
    const word = tokens[i]!.text;
    // Two strokes or more, or one that can only be a numeral: "ll-" is "II-"; a lone "l-" says too little.
    if (plainLower(word) || !HEADING_STROKES.test(word) || (word.length < 2 && !/[IVX]/u.test(word)) || !HEADING_PUNCT.has(tokens[i + 1]?.text ?? '')) return null;
    const before = tokens[i - 1];
    const lineStart = !before || before.kind === 'newline' || (before.kind === 'space' && (!tokens[i - 2] || tokens[i - 2]!.kind === 'newline'));
    return lineStart ? { start: i, end: i + 1, text: word, unit: parts.unitOf(romanNumeral(word) ?? word), why: 'heading-number' } : null;
  };

  return (tokens) => {
    const spans: ProtectedSpan[] = [];
    let marker: string | null = null;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      let span: ProtectedSpan | null = null;
      if (t.kind === 'symbol' && !isAddress(t.text)) span = symbolSpan(tokens, i, symbolEnd(tokens, i));
      else if (t.kind === 'number') span = atNumber(tokens, i);
      else if (t.kind === 'word' && isMarkupWord(tokens, i)) span = { start: i, end: i + 1, text: t.text, unit: parts.unitOf(t.text), why: 'markup' };
      else if (t.kind === 'word') {
        span = headingNumber(tokens, i) ?? atWord(tokens, i, marker);
        if (span && t.text.length === 1 && tokens[i + 1]?.text === ')') marker = t.text;
      }
      if (span) {
        spans.push(span);
        i = span.end - 1;
      }
    }
    return spans;
  };
}
