/**
 * A header whose number and date a web copy lost, read from the document's own appendix: its
 * caption says "(Kèm theo Hướng dẫn số 40-HD/BTGDVTW, ngày 27/11/2025 của …)". Only a caption
 * naming the document's own type is read as its own: a caption "kèm theo Quyết định số …" in a
 * Hướng dẫn is the decision that issued it, another document.
 */
import type { LineNode } from '../../tree.js';
import type { DocumentType } from '../../types.js';
import { foldDroppingMarks } from '../text/fold.js';
import { isoDate } from './date.js';
import { parseDocumentNumber, type DocumentNumber } from './number.js';

export interface CaptionNumber {
  number: DocumentNumber;
  date: string | null;
  /** The line the caption starts on. */
  line: LineNode;
}

const DATE = /^\s{0,3},?\s{0,3}ngay\s{1,3}(\d{1,2})\s{0,2}(?:[/.-]|\s{1,3}thang\s{1,3})\s{0,2}(\d{1,2})\s{0,2}(?:[/.-]|\s{1,3}nam\s{1,3})\s{0,2}(\d{4})/u;

/** The document's own number and date from an appendix caption after line `from`, or null. */
export function numberFromCaption(lines: readonly LineNode[], from: number, type: DocumentType): CaptionNumber | null {
  const own = new RegExp(`kem\\s{1,3}theo\\s{1,3}${foldDroppingMarks(type).replace(/\s+/gu, '\\s{1,3}')}\\s{1,3}(?=so\\b)`, 'u');
  for (let i = from; i < lines.length; i++) {
    // A caption may wrap: the line and the next, joined.
    const text = `${lines[i]!.value} ${lines[i + 1]?.value ?? ''}`.replace(/\s+/gu, ' ');
    const folded = foldDroppingMarks(text);
    const m = own.exec(folded);
    if (m === null) continue;
    // Folding keeps every character in place, so the offset holds in the printed text.
    const rest = text.slice(m.index + m[0].length);
    const number = parseDocumentNumber(rest);
    if (number === null || number.id === null || number.start > 2) continue;
    const d = DATE.exec(foldDroppingMarks(rest.slice(number.end)));
    const date = d ? isoDate(Number(d[3]), Number(d[2]), Number(d[1])) : null;
    return { number, date, line: lines[i]! };
  }
  return null;
}
