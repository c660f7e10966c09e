/**
 * Provisions quoted at length: "Tại khoản 3 Điều 7 Thông tư số 103/2014/TT-BTC … quy định:" then
 * a quotation over many lines ("“Điều 7. Thu nhập chịu thuế …” ⏎ 3. … ⏎ - Thu nhập từ lãi tiền
 * vay …”"). Its numbers and dashes are the quoted text's, not the letter's own items: they belong
 * to the item that quotes them.
 */
import type { Entry } from '../body.js';

/** A quotation opens a line right after an announcing colon. */
const OPENS = /^\s*["“]/u;
const CLOSES = /["”]/u;

/** No quotation runs longer: an unmatched mark must not swallow the rest of a document. */
const MAX_LINES = 120;

/**
 * The index of the entry that closes a quotation opening at entry k, or null when entry k opens
 * none. `previous` is the text of the line before, which must announce it with a colon.
 */
export function quotationEnd(stream: readonly Entry[], k: number, previous: string | null): number | null {
  const entry = stream[k];
  if (entry?.type !== 'text' || previous === null || !/:\s*$/u.test(previous)) return null;
  const text = entry.line.value;
  if (!OPENS.test(text)) return null;
  const rest = text.replace(OPENS, '');
  if (CLOSES.test(rest)) return null;
  for (let j = k + 1; j < stream.length && j - k <= MAX_LINES; j++) {
    const e = stream[j]!;
    // A closing mark alone on its line ("”") is set aside as noise, and closes all the same.
    const lines = e.type === 'text' ? [e.line] : e.node.children;
    if (lines.some((l) => CLOSES.test(l.value))) return j;
  }
  return null;
}
