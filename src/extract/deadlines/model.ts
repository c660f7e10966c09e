/**
 * What every deadline matcher shares: the context that supplies years the
 * text leaves out, the candidate a matcher returns, and the building blocks
 * of the patterns. Patterns run on folded text (no marks, lower case), so
 * "Quý", "quý" and "Qúy" read alike, and every quantifier is bounded.
 */
import type { SyllableCounts } from '../../dict/index.js';
import type { DeadlineHit } from '../../tree.js';
import { readRoman } from '../../text/roman.js';

export interface DeadlineContext {
  /** The document's own date (ISO), the reference point for years left unsaid. */
  documentDate: string | null;
  /** A year the document is about when it has no date ("… QUÝ IV NĂM 2025"). */
  documentYear?: number | null;
}

export interface DeadlineOptions {
  /**
   * The whole text is a deadline on its own (a table's deadline column), so
   * bare forms count: "Tháng 10", "31/7/2025", "Thường xuyên", "Theo Kế hoạch…".
   */
  standalone?: boolean;
  /** The dictionary's syllable inventory, which tells words from OCR damage (src/dict; its own by default). */
  syllables?: SyllableCounts;
}

export type Fields = DeadlineHit['deadline'];

export interface Candidate {
  start: number;
  end: number;
  fields: Omit<Fields, 'text' | 'references'>;
  /** For conditional and relative deadlines: where the anchor text begins. */
  anchorAt?: number;
  /** The anchor is a sentence-initial clause, ended by its first comma. */
  stopAtComma?: boolean;
}

export function fields(kind: Fields['kind'], extra: Partial<Candidate['fields']> = {}): Candidate['fields'] {
  return {
    kind,
    due: null,
    start: null,
    ongoing: false,
    recurrence: null,
    dayOfWeek: null,
    time: null,
    offset: null,
    anchor: null,
    implied: [],
    ...extra,
  };
}

// Building blocks, on folded text. Those that capture take the name of their group, so one
// pattern may hold two of a kind (a range's two ends) and its parser reads them by name.
export const SEP = String.raw`\s{0,2}[/.-]\s{0,2}`;
/** "31/12/2025": groups `${p}Day`, `${p}Month`, `${p}Year`. */
export const dayMonthYear = (p: string): string =>
  String.raw`(?<${p}Day>\d{1,2})${SEP}(?<${p}Month>\d{1,2})${SEP}(?<${p}Year>\d{4})`;
export const year = (name: string): string => String.raw`(?<${name}>\d{4})(?![\d/])`;
export const month = (name: string): string => String.raw`(?<${name}>\d{1,2})`;
/** Arabic 1–4 or a Roman numeral, OCR's 1 and l standing for I ("Quý 11/2025"). */
export const quarter = (name: string): string => String.raw`(?<${name}>[ivxl1]{1,4}|[2-4])(?![a-z0-9])`;
/** A year written after a month or quarter: "/2025" (group `name`) or "năm 2025" (group `${name}Word`); read with thenYearOf. */
export const thenYear = (name: string): string =>
  String.raw`(?:\s{0,2}/\s{0,2}(?<${name}>\d{4})|\s{1,3}nam\s{1,3}(?<${name}Word>\d{4}))?(?![\d/])`;
export const thenYearOf = (g: Groups, name: string): string | undefined => g[name] ?? g[`${name}Word`];

/** The named groups of a match; absent groups are undefined. */
export type Groups = Partial<Record<string, string>>;

export const W = String.raw`\s{1,3}`;
export const NOT_AFTER_LETTER = String.raw`(?<![a-z0-9])`;

export function quarterValue(raw: string): number | null {
  const n = /^[1-4]$/.test(raw) ? Number(raw) : readRoman(raw);
  return n !== null && n >= 1 && n <= 4 ? n : null;
}

/** Document date as year and month, or the document year alone, or nothing. */
function reference(ctx: DeadlineContext): { year: number; month: number | null } | null {
  if (ctx.documentDate && /^\d{4}-\d{2}/.test(ctx.documentDate)) {
    return { year: Number(ctx.documentDate.slice(0, 4)), month: Number(ctx.documentDate.slice(5, 7)) };
  }
  return ctx.documentYear ? { year: ctx.documentYear, month: null } : null;
}

/**
 * The year of a month the text names without one: the document's year, or
 * the next when that month is already past at the document's date (a
 * deadline lies ahead of the text that sets it).
 */
export function impliedYear(ctx: DeadlineContext, month: number): number | null {
  const ref = reference(ctx);
  if (!ref) return null;
  return ref.month !== null && month < ref.month ? ref.year + 1 : ref.year;
}

export function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** Inside an open parenthesis: the usual place for a deadline in running text. */
export function inParentheses(folded: string, at: number): boolean {
  const from = Math.max(0, at - 240);
  const window = folded.slice(from, at);
  const open = window.lastIndexOf('(');
  return open !== -1 && !window.slice(open).includes(')');
}

/** At the start of the text or of a sentence ("Đến năm 2025, cơ bản hoàn thiện…"). */
export function sentenceInitial(folded: string, at: number): boolean {
  return /(?:^|[.;:]\s{1,3}|^\s{0,3}-\s{0,2})$/u.test(folded.slice(Math.max(0, at - 6), at));
}

/** "Thời gian: …", "Thời hạn: …", "thời gian thực hiện: …", "Thời gian hoàn thành …": what follows is when. */
const LABEL = /thoi\s{1,3}(?:gian|han)(?:\s{1,3}(?:thuc\s{1,3}hien|hoan\s{1,3}thanh)\s{0,2}:?|\s{0,2}:)\s{0,3}$/;

/** Whether a deadline label stands right before `at`. */
export function afterLabel(folded: string, at: number): boolean {
  return LABEL.test(folded.slice(Math.max(0, at - 40), at));
}

/** "17 giờ 00, ", "16h30 ", "15 giờ": a time of day before a date (groups `hour`, `minute`), read by timeOf. */
export const TIME = String.raw`(?:(?<hour>\d{1,2})\s{0,2}(?:gio|h)(?:\s{0,2}(?<minute>\d{2})(?:\s{0,2}phut)?)?\s{0,2},?\s{1,3})?`;

export function timeOf(hour: string | undefined, minute: string | undefined): string | null {
  if (hour === undefined) return null;
  const h = Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
  return h < 24 && m < 60 ? `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` : null;
}
