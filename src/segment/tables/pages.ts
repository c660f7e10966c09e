/**
 * A table's body cut where its header row is printed again (the top of each
 * scanned page). The header comes back flattened on one line ("Stt Nội dung
 * … Ghi chú") or stacked, one label per paragraph ("Nội dung, nhiệm vụ" /
 * "Cơ quan chủ trì" / …); either way the lines of the header are left out and
 * the body goes on as a new page, whose rows may be laid out differently.
 */
import type { LineNode } from '../../tree.js';
import { isBlank } from '../text/shape.js';
import { labelCount } from './columns.js';

/** A stacked header: its labels are short lines, a few of them within a few lines. */
const LABEL_LINE = 40;
const STACK_WINDOW = 12;
const STACK_LABELS = 3;

/** Where a stacked header starting at line i ends (exclusive), or -1 when none starts there. */
function stackedHeaderEnd(lines: readonly LineNode[], i: number): number {
  const first = lines[i]!.value.trim();
  if (first === '' || first.length > LABEL_LINE || labelCount(`${first} Ghi chú`) < 2) return -1;
  let text = '';
  let end = -1;
  for (let k = i; k < Math.min(lines.length, i + STACK_WINDOW); k++) {
    const value = lines[k]!.value.trim();
    if (value === '') continue;
    if (value.length > LABEL_LINE) break;
    text += ` ${value}`;
    if (labelCount(text) >= STACK_LABELS) end = k + 1;
  }
  return end;
}

export interface Page {
  lines: LineNode[];
}

/** The body in pages; header lines (flattened or stacked) are dropped. */
export function splitPages(body: readonly LineNode[]): Page[] {
  const pages: Page[] = [{ lines: [] }];
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    const flat = labelCount(line.value) >= 2;
    const stackEnd = flat ? -1 : stackedHeaderEnd(body, i);
    if (!flat && stackEnd < 0) {
      pages[pages.length - 1]!.lines.push(line);
      continue;
    }
    if (stackEnd > 0) i = stackEnd - 1;
    if (pages[pages.length - 1]!.lines.some((l) => !isBlank(l.value))) pages.push({ lines: [] });
  }
  return pages.filter((p) => p.lines.some((l) => !isBlank(l.value)));
}

/**
 * Whether a page prints each cell as its own paragraph, one under another
 * (blank lines between the cells), rather than each row on a line.
 */
export function isStacked(page: Page): boolean {
  const blank = page.lines.filter((l) => isBlank(l.value)).length;
  const chunks = blank + 1;
  // Rows of lines start with their number and text on one line ("1 Phê duyệt …"); stacked rows do not.
  const numberedLines = page.lines.filter((l) => NUMBERED_ROW.test(l.value)).length;
  return chunks >= 6 && blank * 4 >= page.lines.length && numberedLines * 4 < chunks;
}

const NUMBERED_ROW = /^\s{0,4}\d{1,3}\.?\s{1,3}\p{L}/u;
