/**
 * What the language model sees of a token stream: syllables in one canonical
 * spelling, class tokens for numbers and symbols, commas, and sentence
 * boundaries. The same mapping runs over the training corpus and over the
 * text being restored, so the model is queried with the units it was counted on.
 */
import { isWellFormedSyllable, normalizeToneStyle } from '../syllable.js';
import { tokenize, type Token } from '../tokenize.js';
import { BoundedMemo } from '../../text/bounded-memo.js';

export const BOS = '<s>';
export const EOS = '</s>';
export const NUM = '<num>';
export const SYM = '<sym>';
export const UNK = '<unk>';
export const COMMA = ',';
/** Class and boundary units, which the vocabulary always holds. */
export const SPECIAL_UNITS = [BOS, EOS, NUM, SYM, UNK, COMMA] as const;

/** Punctuation after which a new sentence starts, for the model's context. */
const SENTENCE_END = /^[.;:!?…]+$/u;

const FORMS_LIMIT = 200_000;
const forms = new BoundedMemo<string>(FORMS_LIMIT);

/** The spelling a word is counted and looked up under: lower case, NFC, classic tone placement. */
export function unitForm(word: string): string {
  let form = forms.get(word);
  if (form === undefined) {
    form = normalizeToneStyle(word.normalize('NFC').toLowerCase(), 'classic');
    // A bounded memo: the same few thousand words come back in every document.
    forms.set(word, form);
  }
  return form;
}

/** How one token bears on the model: a word to decode, a fixed unit, a boundary, or nothing. */
export type UnitRole =
  | { role: 'word' }
  | { role: 'fixed'; unit: string }
  | { role: 'boundary' }
  | { role: 'skip' };

const SKIP: UnitRole = { role: 'skip' };
const BOUNDARY: UnitRole = { role: 'boundary' };
const WORD: UnitRole = { role: 'word' };
const FIXED_NUM: UnitRole = { role: 'fixed', unit: NUM };
const FIXED_SYM: UnitRole = { role: 'fixed', unit: SYM };
const FIXED_COMMA: UnitRole = { role: 'fixed', unit: COMMA };

/**
 * The role of a token. Line breaks inside a paragraph are not boundaries
 * (OCR wraps lines mid-sentence); a blank line ends the paragraph and is
 * handled by the caller.
 */
export function roleOf(token: Token): UnitRole {
  switch (token.kind) {
    case 'word':
      return WORD;
    case 'number':
      return FIXED_NUM;
    case 'symbol':
      return FIXED_SYM;
    case 'punct':
      if (token.text === ',') return FIXED_COMMA;
      return SENTENCE_END.test(token.text) ? BOUNDARY : SKIP;
    default:
      return SKIP;
  }
}

/**
 * The unit a correctly spelled training word counts as: its canonical form
 * when it is a syllable or a word the vocabulary keeps (acronyms such as
 * "ubnd"), UNK otherwise.
 */
export function trainingUnit(word: string, keep: (form: string) => boolean): string {
  const form = unitForm(word);
  return isWellFormedSyllable(form) || keep(form) ? form : UNK;
}

/**
 * Cuts clean text into sentences of units for counting. Paragraphs end at a
 * blank line, or at every line break when `linesAreParagraphs` (the law corpus
 * has one paragraph per line; hand-corrected OCR keeps the scan's wrapping);
 * sentences end at sentence-final punctuation.
 */
export function sentencesOf(
  text: string,
  keep: (form: string) => boolean,
  linesAreParagraphs = false,
): string[][] {
  const sentences: string[][] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) sentences.push(current);
    current = [];
  };
  let newlines = 0;
  for (const token of tokenize(text.normalize('NFC'))) {
    if (token.kind === 'newline') {
      if (++newlines >= 2 || linesAreParagraphs) flush();
      continue;
    }
    if (token.kind !== 'space') newlines = 0;
    const r = roleOf(token);
    if (r.role === 'word') current.push(trainingUnit(token.text, keep));
    else if (r.role === 'fixed') current.push(r.unit);
    else if (r.role === 'boundary') flush();
  }
  flush();
  return sentences;
}
