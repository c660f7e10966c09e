/**
 * Sub-items that specify their parent's task rather than add tasks: the sampling points of a
 * monitoring task ("- Xã Tân Tiến: Lấy mẫu 01 vị trí …", "+ 01 vị trí tại khu vực …"), its
 * parameter groups ("+ Các thông số: pH, độ mặn …"). A list of work reads as different
 * sentences; a specification repeats one shape: every item under the same label, or opening
 * with the same words as a sibling, or with a count.
 */
import type { SectionNode } from '../../tree.js';
import { itemText, itemWords } from './item-words.js';
import { directs } from '../../vi/directs.js';

/** Words two items must share at their start to be read as one shape repeated. */
const SHARED_WORDS = 4;
/** A label before the colon is this short: a place or a name, not a sentence. */
const LABEL = /^([^:.;]{1,40}):\s*/u;
/** An item that opens with a count: "01 vị trí …", "02 mẫu …". */
const COUNT = /^\d+\s+\p{L}/u;

const subsOf = (s: SectionNode): SectionNode[] => s.children.filter((c): c is SectionNode => c.type === 'section');

function split(text: string): { label: string | null; rest: string } {
  const m = LABEL.exec(text);
  return m ? { label: m[1]!.trim(), rest: text.slice(m[0].length) } : { label: null, rest: text };
}

/** The first words, counts made alike: "Lấy mẫu 01 vị trí" and "Lấy mẫu 04 vị trí gồm:" open the same way. */
const opening = (rest: string): string => rest.replace(/\d+/gu, '#').split(' ').slice(0, SHARED_WORDS).join(' ');

/** Whether an item is only a title over its own sub-items ("- Cửa sông Lạch Trường: Lấy mẫu 04 vị trí gồm:" then "+ …"). */
function isTitleOnly(s: SectionNode): boolean {
  return (s.data.text ?? '').trim() === '' && subsOf(s).length > 0;
}

/**
 * Whether the sub-items specify their parent: two or more dashes or pluses, each a repeat of one
 * shape (or a label over such repeats), none a sentence of its own.
 */
export function specifies(subs: readonly SectionNode[]): boolean {
  if (subs.length < 2 || subs.some((c) => c.data.kind !== 'dash' && c.data.kind !== 'plus')) return false;
  const parts = subs.map((c) => split(itemWords(c)));
  const labels = parts.map((p) => p.label);
  if (labels[0] !== null && labels.every((l) => l === labels[0])) return true;
  const openings = parts.map((p) => (p.rest.split(' ').length >= SHARED_WORDS ? opening(p.rest) : null));
  return subs.every((c, i) => {
    if (isTitleOnly(c)) return specifies(subsOf(c));
    // "- Ủy ban nhân dân các xã chủ trì …" repeated for each body is work, however alike.
    if (directs(itemText(c))) return false;
    if (COUNT.test(parts[i]!.rest)) return true;
    const own = openings[i];
    return own !== null && openings.some((o, j) => j !== i && o === own);
  });
}
