/**
 * Column keys from a table's header row. Flattened OCR prints the header
 * labels one after another, so labels are found by phrase, left to right, and
 * each label runs to where the next one starts ("Kết quả 9 tháng", "Mục tiêu
 * Quý IV"). Known columns get their stable key; indicator and other columns a
 * slug of their label.
 */
import type { TableColumn } from '../../types.js';
import { foldDroppingMarks, phraseKeys, wordSpans, sameWord, type WordSpan } from '../text/fold.js';
import { stripEnd } from '../text/shape.js';
import { BoundedMemo } from '../../text/bounded-memo.js';

const LABELS: ReadonlyArray<[string, string[]]> = (
  [
    ['stt', 'stt'],
    ['stt', 'số thứ tự'],
    ['stt', 'tt'],
    ['content', 'các nhiệm vụ'],
    ['content', 'nội dung'],
    ['content', 'nhiệm vụ'],
    ['content', 'chỉ tiêu'],
    ['content', 'tên nhiệm vụ'],
    ['unit', 'đvt'],
    ['unit', 'đơn vị tính'],
    ['lead', 'đơn vị chủ trì'],
    ['lead', 'cơ quan chủ trì'],
    ['lead', 'chủ trì'],
    ['partners', 'đơn vị phối hợp'],
    ['partners', 'cơ quan phối hợp'],
    ['partners', 'phối hợp'],
    ['deadline', 'dự kiến thời gian'],
    ['deadline', 'thời gian thực hiện'],
    ['deadline', 'thời gian hoàn thành'],
    ['deadline', 'thời hạn'],
    ['deadline', 'thời gian'],
    ['deadline', 'tiến độ'],
    ['notes', 'ghi chú'],
    ['*', 'đơn vị theo dõi'],
    ['*', 'kết quả'],
    ['*', 'sản phẩm'],
    ['*', 'mục tiêu'],
    ['*', 'ước thực hiện'],
    ['*', 'kế hoạch năm'],
    ['*', 'ước đạt'],
  ] as Array<[string, string]>
)
  .map(([key, phrase]) => [key, phraseKeys(phrase)] as [string, string[]])
  .sort((a, b) => b[1].length - a[1].length);

/**
 * The labels whose first word can match a word of this length: sameWord never
 * matches words more than one character apart in length. Asked for every
 * word of every line, so each length's list is made once (in LABELS order).
 */
const byFirstLength = new Map<number, ReadonlyArray<[string, string[]]>>();
function labelsFor(length: number): ReadonlyArray<[string, string[]]> {
  let list = byFirstLength.get(length);
  if (!list) byFirstLength.set(length, (list = LABELS.filter(([, phrase]) => Math.abs(phrase[0]!.length - length) <= 1)));
  return list;
}

function labelAt(spans: readonly WordSpan[], i: number): [string, string[]] | undefined {
  return labelsFor(spans[i]!.key.length).find(([, phrase]) => phrase.every((w, j) => spans[i + j] !== undefined && sameWord(spans[i + j]!.key, w)));
}

export function slug(text: string): string {
  return foldDroppingMarks(text)
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

interface Hit {
  key: string;
  start: number;
  words: number;
}

/** Columns named in a header text, in order; null when fewer than two labels are found. */
export function columnsOf(header: string): TableColumn[] | null {
  const spans = wordSpans(header);
  const hits: Hit[] = [];
  for (let i = 0; i < spans.length; ) {
    const found = labelAt(spans, i);
    if (!found) {
      i++;
      continue;
    }
    // The first word of a column label is capitalised; "nhiệm vụ" inside "Các nhiệm vụ…" is not a new column.
    const printed = header.slice(spans[i]!.start, spans[i]!.end);
    const previousKey = hits[hits.length - 1]?.key;
    if (/^\p{Lu}/u.test(printed) || hits.length === 0) {
      if (!(found[0] === previousKey && found[0] !== '*')) hits.push({ key: found[0], start: spans[i]!.start, words: found[1].length });
    }
    i += found[1].length;
  }
  if (hits.length < 2) return null;
  const used = new Set<string>();
  return hits.map((h, k) => {
    const end = hits[k + 1]?.start ?? header.length;
    const label = stripEnd(header.slice(h.start, end), /[\s/,;:]/u).replace(/\s+/gu, ' ').trim();
    let key = h.key === '*' ? slug(label) : h.key;
    if (used.has(key)) key = `${key}-${k + 1}`;
    used.add(key);
    return { key, label };
  });
}

const MAX_HEADER_LINE = 400;

/** Lines are asked about more than once (finding tables, then building them); the answers are kept a while. */
const counted = new BoundedMemo<number>(4096);

/** How many different known columns a line names: a line naming three or more is a header row. */
export function labelCount(line: string): number {
  // A header row names its columns in a few words per cell; a long line is row text.
  if (line.length > MAX_HEADER_LINE) return 0;
  const known = counted.get(line);
  if (known !== undefined) return known;
  const cols = columnsOf(line);
  const n = cols ? new Set(cols.map((c) => c.key)).size : 0;
  counted.set(line, n);
  return n;
}

/** The key for one header cell already split out (Markdown tables): the known key it starts with, else its slug. */
export function keyOfLabel(label: string, index: number): string {
  const spans = wordSpans(label);
  const found = spans.length > 0 ? labelAt(spans, 0) : undefined;
  if (found && found[0] !== '*') return found[0];
  return slug(label) || `col-${index + 1}`;
}
