/**
 * A CSV field as the value of a workbook cell of its column's kind. Text is
 * always a string cell: a field starting with `=` is shown as written and
 * never run as a formula, so it needs no apostrophe in front. Characters
 * XML 1.0 cannot carry (control characters, lone surrogates) would make the
 * file unreadable and are replaced; text past Excel's 32,767 characters a
 * cell is cut, with an ellipsis.
 */
import type { CellKind } from './columns.js';

export type CellValue = string | number | boolean | Date | null;

export const MAX_CELL_CHARS = 32_767;

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const INTEGER = /^-?\d{1,15}$/u;

export function xmlSafeText(text: string): string {
  const clean = text.replace(NOT_XML, '\uFFFD');
  return clean.length > MAX_CELL_CHARS ? `${clean.slice(0, MAX_CELL_CHARS - 1)}…` : clean;
}

/** A calendar day at midnight UTC, which Excel shows as that day whatever the reader's time zone. */
function isoDay(field: string): Date | null {
  const m = ISO_DATE.exec(field);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCDate() === Number(m[3]) ? date : null;
}

/** A field that does not fit its column's kind (a date the document printed wrongly) stays the text it is. */
export function cellValue(field: string, kind: CellKind): CellValue {
  if (field === '') return null;
  switch (kind) {
    case 'integer':
      return INTEGER.test(field) ? Number(field) : xmlSafeText(field);
    case 'boolean':
      return field === 'true' ? true : field === 'false' ? false : xmlSafeText(field);
    case 'date':
      return isoDay(field) ?? xmlSafeText(field);
    default:
      return xmlSafeText(field);
  }
}

/** Characters a cell shows on its longest line, for the column's width. */
export function shownWidth(value: CellValue): number {
  if (value === null) return 0;
  if (value instanceof Date) return 10;
  if (typeof value !== 'string') return String(value).length;
  let longest = 0;
  for (const line of value.split('\n')) longest = Math.max(longest, line.length);
  return longest;
}
