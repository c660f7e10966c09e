/**
 * Item markers at the start of a line: Roman "II-", arabic "5.", decimal
 * "5.3.", letters "a)", numbers in parentheses "(1)", dashes and pluses, and parts "A." above
 * Roman headings. Only the shape is read here;
 * whether a marker really opens an item (and not "2025. …" wrapped from the
 * line above) is decided by the numbering checks.
 */
import type { SectionKind } from '../../types.js';
import { foldDroppingMarks } from '../text/fold.js';
import { isUpperLine, startsUpper } from '../text/shape.js';

export interface Marker {
  kind: SectionKind;
  /** As printed, trimmed: "II-", "5.3.", "a)", "-". */
  marker: string;
  /** Normalised: "III" (OCR strokes read as I), "5", "5.3", "a", "(1)"; "" for dashes and pluses. */
  label: string;
  /** Where the item's text starts in the line. */
  textStart: number;
  /** A Roman numeral read from OCR'd strokes ("IIL", "l1"); its value is doubtful. */
  strokes: boolean;
}

// OCR reads a stroke as "]" too ("I]. MỤC TIÊU"), though never the first.
const ROMAN = /^\s{0,8}([IVXLl1|][IVXLl1|\]]{0,5})\s{0,2}([.\-–)])\s{0,3}(?=\S)/u;
// As with "1, Mục đích" below, OCR reads the closing dot as a comma ("4.1, Các cơ quan"); a capital must follow it.
const DECIMAL = /^\s{0,8}(\d{1,2}(?:\.\d{1,2}){1,3})(?:\.\s{0,3}|\s{1,3}|,\s{1,3}(?=\p{Lu}))(?=\S)/u;
const ARABIC = /^\s{0,8}(\d{1,2})(?:[.)]\s{1,3}(?=\S)|[.)](?=[^\s\d.,/]))/u;
// OCR reads the dot of "1." as a comma too ("1, Mục đích"): then a capital letter must follow ("1, 2 và 3" is no item).
const ARABIC_COMMA = /^\s{0,8}(\d{1,2}),\s{1,3}(?=\p{Lu})/u;
const LETTER = /^\s{0,8}([a-zđ])\s?\)\s{0,3}(?=\S)/u;
const PAREN = /^\s{0,8}\((\d{1,2})\)\s{0,3}(?=\S)/u;
/** "A. NỘI DUNG TRÌNH BAN CHẤP HÀNH": a capital letter over a capitals heading, a part above the Roman ones. */
const PART = /^\s{0,8}([A-H])\s{0,2}[.)\-–]\s{1,3}(?=\S)/u;
const DASH = /^\s{0,8}[-–—•](?![-–—])\s{0,3}(?=\S)/u;
// "~" is how a scan often prints a dash; as debris it starts no item, so a capital must follow.
const TILDE_DASH = /^\s{0,8}~\s{0,3}(?=\p{Lu})/u;
const PLUS = /^\s{0,8}\+\s{0,3}(?=\S)/u;

const VALID_ROMAN = /^X{0,3}(?:IX|IV|V?I{0,3})$/u;
/** "Điều 3." of a Quyết định or Quy định, read on folded text ("Điểu 3", "DIEU 3:"). */
const ARTICLE = /^\s{0,8}dieu\s{1,2}(\d{1,3})\s{0,2}[.:]?\s{0,3}(?=\S)/u;

function make(kind: SectionKind, printed: string, label: string, textStart: number, strokes = false): Marker {
  return { kind, marker: printed.trim(), label, textStart, strokes };
}

/** The marker a line starts with, or null. Numbered items must start their text with a capital or a digit. */
export function parseMarker(text: string): Marker | null {
  let m = ARTICLE.exec(foldDroppingMarks(text.slice(0, 24)));
  if (m && startsUpper(text.slice(m[0].length))) return make('article', text.slice(0, m[0].length), m[1]!, m[0].length);
  m = DECIMAL.exec(text);
  if (m && startsUpper(text.slice(m[0].length))) return make('decimal', m[0], m[1]!, m[0].length);
  m = ARABIC.exec(text) ?? ARABIC_COMMA.exec(text);
  if (m && startsUpper(text.slice(m[0].length))) return make('arabic', m[0], m[1]!, m[0].length);
  m = PART.exec(text);
  if (m && isUpperLine(text.slice(m[0].length)) && text.slice(m[0].length).trim().split(/\s+/u).length >= 2) {
    return make('part', m[0], m[1]!, m[0].length);
  }
  m = ROMAN.exec(text);
  // All strokes is a numeral too when there are two or more ("ll-" is "II-"); one alone ("l.") is too little.
  if (m && (/[IVX]/u.test(m[1]!) || m[1]!.length >= 2) && startsUpper(text.slice(m[0].length))) {
    const strokes = /[Ll1|\]]/u.test(m[1]!);
    const label = m[1]!.replace(/[Ll1|\]]/gu, 'I');
    if (VALID_ROMAN.test(label)) return make('roman', m[0], label, m[0].length, strokes);
  }
  m = LETTER.exec(text);
  if (m && startsUpper(text.slice(m[0].length))) return make('letter', m[0], m[1]!, m[0].length);
  m = PAREN.exec(text);
  if (m && startsUpper(text.slice(m[0].length))) return make('paren', m[0], `(${Number(m[1])})`, m[0].length);
  m = DASH.exec(text) ?? TILDE_DASH.exec(text);
  if (m) return make('dash', m[0], '', m[0].length);
  m = PLUS.exec(text);
  if (m) return make('plus', m[0], '', m[0].length);
  return null;
}

/** A line that is only an item number or bullet ("III.", "1.", "IV-", "a)", "-"): its text is on the next line. */
// "Điều" alone: a page wrapped before the article's number ("Điều" / "10. Cập nhật …").
const BARE = /^\s{0,8}(?:(?:(?:Điều|ĐIỀU|Dieu)\s{1,2}\d{1,3}|[IVX]{1,5}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])\s{0,2}[.)\-–:]|\(\d{1,2}\)|Điều|ĐIỀU)\s*$/u;

const BARE_BULLET = /^\s{0,8}[-–•+]\s*$/u;

/** The line without the speck OCR leaves after a number ("Điều 2. ;"). */
export function withoutSpeck(text: string): string {
  return text.replace(/(?<=[.)\-–:])\s{1,3}[;,.'`’]\s*$/u, '');
}

export function isBareMarker(text: string): boolean {
  const clean = withoutSpeck(text);
  // "Diéu 1.": the article's word as OCR printed it, marks aside.
  const unmarked = clean.normalize('NFD').replace(/\p{M}/gu, '').replace(/[Đđ]/gu, 'D');
  return BARE.test(clean) || BARE.test(unmarked) || BARE_BULLET.test(clean);
}
