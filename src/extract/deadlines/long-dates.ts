/**
 * Dates written out in words ("ngày 13 tháng 12 năm 2025", "ngày 15 tháng 12") read as the
 * numeric form the grammars know ("ngay 13/12/2025", "ngay 15/12"), on folded keyed text.
 */
import type { Edit } from '../text/rewrite.js';

const W = String.raw`\s{1,3}`;
const FULL = new RegExp(String.raw`(?<![\d/])(\d{1,2})${W}thang${W}(\d{1,2})${W}nam${W}(\d{4})(?!\d)`, 'g');
const NO_YEAR = new RegExp(String.raw`(?<=ngay${W})(\d{1,2})${W}thang${W}(\d{1,2})(?!\s{0,3}(?:nam|/|\d))`, 'g');

export function longDateEdits(folded: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of folded.matchAll(FULL)) edits.push({ start: m.index, end: m.index + m[0].length, text: `${m[1]}/${m[2]}/${m[3]}` });
  for (const m of folded.matchAll(NO_YEAR)) edits.push({ start: m.index, end: m.index + m[0].length, text: `${m[1]}/${m[2]}` });
  return edits.sort((a, b) => a.start - b.start);
}
