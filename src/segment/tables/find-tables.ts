/**
 * Where the tables are: an appendix starts at its "Phụ lục N" line, a table
 * without one at a header row naming three or more known columns (with the
 * header lines just above it), a Markdown table at its rows. Each runs to the
 * next table or to `to`.
 */
import type { LineNode } from '../../tree.js';
import { isBlank } from '../text/shape.js';
import { isAppendixLine } from './build-table.js';
import { labelCount } from './columns.js';

export interface Region {
  start: number;
  end: number;
  markdown: boolean;
}

const HEADER_ABOVE = 4;

export function findTables(lines: readonly LineNode[], from: number, to: number): Region[] {
  const starts: Array<{ at: number; markdown: boolean }> = [];
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.data?.markdown === 'tableRow') {
      if (lines[i - 1]?.data?.markdown !== 'tableRow') starts.push({ at: i, markdown: true });
      continue;
    }
    if (isAppendixLine(line.value)) {
      starts.push({ at: i, markdown: false });
      continue;
    }
    const inside = starts.length > 0 && !starts[starts.length - 1]!.markdown;
    if (!inside && labelCount(line.value) >= 3) {
      let at = i;
      for (let k = i - 1; k >= Math.max(from, i - HEADER_ABOVE); k--) {
        if (isBlank(lines[k]!.value)) continue;
        if (labelCount(lines[k]!.value + ' Ghi chú') >= 2) at = k;
        else break;
      }
      starts.push({ at, markdown: false });
    }
  }
  return starts.map((s, k) => {
    let end = starts[k + 1]?.at ?? to;
    if (s.markdown) {
      end = s.at;
      while (end < to && lines[end]!.data?.markdown === 'tableRow') end++;
    }
    return { start: s.at, end, markdown: s.markdown };
  });
}
