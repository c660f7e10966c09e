/**
 * Place and date from "Hưng Yên, ngày 28 tháng 4 năm 2025", matched on the
 * folded line so that OCR's "Humg Yén, ngay 28 thing 4 nam 2025" reads the
 * same. A date line whose day or month cannot be read ("ngayAtthdng T ndm
 * 2025") is recognised as the date line but yields no date.
 */
import { foldDroppingMarks } from '../text/fold.js';
import { stripEnd } from '../text/shape.js';

export interface PlaceDate {
  place: string | null;
  /** ISO yyyy-mm-dd, or null when the numbers cannot be read or do not make a date. */
  date: string | null;
  /** Offsets of the place-and-date text in the line. */
  start: number;
  end: number;
  problem: string | null;
}

// A speck of OCR debris may stand before the year ("năm _ 2025").
const FULL = /ng[a-z]{0,3}\s{0,3}(\d{1,2})\s{1,3}th[a-z]{0,4}\s{0,3}(\d{1,2})\s{1,3}n[a-z]{0,3}\s{0,3}(?:[_.,:;'‘’*-]\s{0,2})?(\d{4})/u;
// The words are there but the numbers are not: "ngayatthdng t ndm 2025".
const LOOSE = /ng[a-z]{1,3}\S{0,12}\s{0,3}\S{0,12}\s{0,3}n[a-z]{1,3}\s{0,3}(\d{4})\b/u;

export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The place is what stands before ", ngày"; debris and the symbol before it are cut off by `from`. */
function placeBefore(line: string, from: number, to: number): string | null {
  const text = stripEnd(line.slice(from, to), /[\s,.:;]/u)
    .replace(/^[^\p{L}]+/u, '')
    .trim();
  return /\p{L}{2}/u.test(text) ? text : null;
}

/**
 * Reads the place and date of a line, starting at `from` (after the document
 * number when both share the line). Null when the line has no date phrase.
 */
export function parsePlaceDate(line: string, from = 0): PlaceDate | null {
  const folded = foldDroppingMarks(line);
  // Folding keeps one character per NFC character; if it did not, offsets would not map back.
  if (folded.length !== line.length) return null;
  const tail = folded.slice(from);
  const full = FULL.exec(tail);
  if (full) {
    const start = from + full.index;
    const date = isoDate(Number(full[3]), Number(full[2]), Number(full[1]));
    return {
      place: placeBefore(line, from, start),
      date,
      start: from,
      end: start + full[0].length,
      problem: date === null ? `"${line.slice(start, start + full[0].length)}" is not a valid date` : null,
    };
  }
  const loose = LOOSE.exec(tail);
  // Without readable numbers, only "Place, ngày … năm YYYY" (comma before) counts as the date line.
  if (loose && /,\s{0,3}$/u.test(tail.slice(0, loose.index))) {
    const start = from + loose.index;
    return {
      place: placeBefore(line, from, start),
      date: null,
      start: from,
      end: start + loose[0].length,
      problem: `the date "${line.slice(start, start + loose[0].length)}" cannot be read`,
    };
  }
  return null;
}
