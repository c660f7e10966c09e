/**
 * Page furniture: what the page carries that is not the document's text —
 * blank runs, page numbers, stamps and urgency marks, running headers, and
 * stray OCR noise ("*", "|"). It is dropped from the running text but kept in
 * the tree as ignorable nodes, so every input line stays accounted for.
 */
import type { IgnorableReason, LineNode } from '../tree.js';
import { foldDroppingMarks, foldedLine } from './text/fold.js';
import { isBlank } from './text/shape.js';
import { isBareMarker, parseMarker } from './sections/markers.js';

const PAGE_NUMBER = /^\s{0,40}[-–(]?\s{0,2}\d{1,3}\s{0,2}[-–)]?\s{0,40}$/u;
const STAMP = /^\(?\s{0,2}(?:sao y ban chinh|ban sao|da ky|mat|toi mat|khan|thuong khan|hoa toc|du thao)\s{0,2}\)?$/u;
const WORD = /\p{L}{2}/u;
/** A year, a span of years or a date alone on a line ("2030.", "(2027 - 2030).", "2035).", "15/01/2026."), not a timestamp. */
const YEAR = /^\(?\s{0,2}(?:\d{1,2}\s{0,2}[/.-]\s{0,2}\d{1,2}\s{0,2}[/.-]\s{0,2})?(?:19|20)\d{2}(?:\s{0,2}[-–]\s{0,2}(?:19|20)\d{2})?\s{0,2}\)?\s{0,2}[.;,]?$/u;

/**
 * What a legal web site prints around a document it lists ("Văn bản liên quan", "Hiệu lực: Đã
 * biết", "Tình trạng: Đã biết"), kept when a page is copied; read through OCR ("Ba biét").
 */
const WEB_PAGE = /^(?:van ban lien quan|van ban nay chua cap nhat noi dung tieng anh|(?:hieu luc|tinh trang)\s?:\s?[db]a biet)$/u;
/** "Ban hành: 04/09/2025", "Cập nhật:": the dates of a listing, next to its other lines. */
const WEB_DATES = /^(?:ban hanh|cap nhat)\s?:\s?(?:\d{1,2}\/\d{1,2}\/\d{4})?$/u;
const WEB_REACH = 3;

function webPage(folded: readonly string[], i: number): boolean {
  if (WEB_PAGE.test(folded[i]!)) return true;
  if (!WEB_DATES.test(folded[i]!)) return false;
  for (let k = Math.max(0, i - WEB_REACH); k <= Math.min(folded.length - 1, i + WEB_REACH); k++) if (WEB_PAGE.test(folded[k]!)) return true;
  return false;
}

/**
 * Where the listing of a legal web site starts after the document copied from it ("Văn bản liên
 * quan", "Hiệu lực: Đã biết" …), in the second half of the lines from `from`; -1 when there is none.
 * What follows is the site's, not the document's: no table or item runs into it.
 */
export function webListingStart(lines: readonly LineNode[], from: number): number {
  const half = from + Math.floor((lines.length - from) / 2);
  for (let i = half; i < lines.length; i++) if (WEB_PAGE.test(foldedLine(lines[i]!.value))) return i;
  return -1;
}

/** A line with no words that carries on the sentence above it: a year the wrap pushed down, "(2027 - 2030).". */
function endsSentenceAbove(lines: readonly LineNode[], i: number, text: string): boolean {
  if (!YEAR.test(text) || blankAt(lines, i - 1)) return false;
  const above = lines[i - 1]!.value.trim();
  return WORD.test(above) && !/[.;:!?]$/u.test(above);
}

/** Folded, digits and spaces squeezed: how a running header repeats from page to page. */
function repeatKey(text: string): string {
  return foldDroppingMarks(text).replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim();
}

const blankAt = (lines: readonly LineNode[], i: number): boolean => i < 0 || i >= lines.length || isBlank(lines[i]!.value);

/** Reasons for the furniture lines among `lines`, by index; text lines are absent. */
export function findFurniture(lines: readonly LineNode[]): Map<number, IgnorableReason> {
  const out = new Map<number, IgnorableReason>();
  const folded = lines.map((l) => foldedLine(l.value));
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.value.trim();
    if (text === '') out.set(i, 'blank');
    else if (webPage(folded, i)) out.set(i, 'web-page');
    else if (PAGE_NUMBER.test(text) && (blankAt(lines, i - 1) || blankAt(lines, i + 1))) out.set(i, 'page-number');
    else if (STAMP.test(folded[i]!)) out.set(i, 'stamp');
    else if (!WORD.test(text) && parseMarker(text) === null && !(isBareMarker(text) && !blankAt(lines, i + 1)) && !endsSentenceAbove(lines, i, text)) out.set(i, 'noise');
  }
  // A short line that comes back at the top of several pages (after a page number or a blank run).
  const tops = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (out.has(i) || line.value.trim().length > 80 || parseMarker(line.value) !== null) continue;
    // At a page top: only furniture above it back to a page number, two blank lines, or the start.
    let k = i - 1;
    let blanks = 0;
    while (k >= 0 && out.get(k) === 'blank') {
      blanks++;
      k--;
    }
    const pageTop = k < 0 || blanks >= 2 || out.get(k) === 'page-number';
    if (!pageTop) continue;
    const key = repeatKey(line.value);
    tops.set(key, [...(tops.get(key) ?? []), i]);
  }
  for (const at of tops.values()) if (at.length >= 2) for (const i of at) out.set(i, 'running-header');
  return out;
}
