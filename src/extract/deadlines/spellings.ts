/**
 * Other spellings of the times the grammars read, written the way they know: the old "Quí"
 * for "Quý", a dash before the year ("Quý IV-2025", "tháng 12-2025") for the slash.
 */
import type { Edit } from '../text/rewrite.js';

const OLD_QUARTER = /(?<![a-z])qui(?=\s{1,3}[ivxl1-4]{1,4}(?![a-z0-9]))/g;
const DASHED_YEAR = /(?<![a-z])((?:quy|qui)\s{1,3}[ivxl1-4]{1,4}|thang\s{1,3}\d{1,2})\s{0,2}-\s{0,2}(\d{4})(?!\d)/g;

export function spellingEdits(folded: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of folded.matchAll(DASHED_YEAR)) {
    edits.push({ start: m.index, end: m.index + m[0].length, text: `${m[1]!.replace(/^qui/u, 'quy')}/${m[2]}` });
  }
  for (const m of folded.matchAll(OLD_QUARTER)) {
    if (!edits.some((e) => m.index >= e.start && m.index < e.end)) edits.push({ start: m.index, end: m.index + 3, text: 'quy' });
  }
  return edits;
}
