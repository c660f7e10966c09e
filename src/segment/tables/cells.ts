/**
 * Cells of one flattened row, by column semantics. Indicator rows read
 * "content UNIT v1 v2 v3 lead-agencies monitor-agencies": the unit comes from a
 * vocabulary, the values are numbers or "-", and the agency columns split
 * where an agency's first word follows a lower-case word. Task rows read
 * "content [lead] [partners] deadline": cells printed one under another come
 * as separate chunks; otherwise the deadline is the trailing deadline phrase.
 */
import type { TableColumn } from '../../types.js';
import { agencyBoundaries, trailingDeadline, trailingUnit, VALUE } from './vocabulary.js';

const FIXED = new Set(['stt', 'content', 'unit', 'lead', 'partners', 'deadline', 'notes']);

function empty(columns: readonly TableColumn[]): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const c of columns) if (c.key !== 'stt') cells[c.key] = '';
  return cells;
}

/** Cuts a text into `parts` pieces at agency boundaries; missing pieces are ''. */
function splitAgencies(text: string, parts: number): string[] {
  const cuts = agencyBoundaries(text).slice(0, parts - 1);
  const out: string[] = [];
  let from = 0;
  for (const at of cuts) {
    out.push(text.slice(from, at).trim());
    from = at;
  }
  out.push(text.slice(from).trim());
  while (out.length < parts) out.push('');
  return out;
}

export function splitIndicatorRow(text: string, columns: readonly TableColumn[]): Record<string, string> {
  const cells = empty(columns);
  const after = columns.slice(columns.findIndex((c) => c.key === 'unit') + 1);
  // The value columns are the run of indicator columns right after the unit.
  const run = after.findIndex((c) => FIXED.has(c.key));
  const indicators = run < 0 ? after : after.slice(0, run);
  const trailing = after.filter((c) => !indicators.includes(c) && c.key !== 'notes');
  const values = new RegExp(String.raw`(?:^|\s)(${Array(indicators.length).fill(`(?:${VALUE})`).join(String.raw`\s{1,3}`)})(?=\s|$)`, 'gu');
  for (const m of text.matchAll(values)) {
    const before = text.slice(0, m.index).trim();
    const unit = trailingUnit(before);
    if (unit === null && indicators.length > 0) continue;
    cells['content'] = before.slice(0, before.length - (unit ?? '').length).trim();
    cells['unit'] = unit ?? '';
    const found = m[1]!.match(new RegExp(VALUE, 'gu')) ?? [];
    indicators.forEach((c, i) => (cells[c.key] = found[i]?.trim() ?? ''));
    const rest = text.slice(m.index + m[0].length).trim();
    // With no agency column after the values, what follows them stays with the content.
    if (trailing.length === 0) {
      if (rest !== '') cells['content'] = `${cells['content']} ${rest}`.trim();
      return cells;
    }
    splitAgencies(rest, trailing.length).forEach((part, i) => (cells[trailing[i]!.key] = part));
    return cells;
  }
  cells['content'] = text.trim();
  return cells;
}

/** The cells left of the deadline in a directive's task table, in print order. */
const BEFORE_DEADLINE = ['content', 'lead', 'partners'] as const;

/**
 * Cells printed one under another, when one of them (after the first) is the
 * deadline: the deadline closes the row, and the chunks before it fill
 * content, lead and partners from the right, any surplus joining the content
 * (a content cell the flattening broke in two). Null when no chunk is a deadline.
 */
export function cellsByDeadline(chunks: readonly string[]): Record<string, string> | null {
  let at = -1;
  for (let k = chunks.length - 1; k >= 1; k--) {
    if (trailingDeadline(chunks[k]!) === 0) {
      at = k;
      break;
    }
  }
  if (at < 0) return null;
  const before = chunks.slice(0, at);
  const surplus = Math.max(0, before.length - BEFORE_DEADLINE.length);
  const cells: Record<string, string> = { content: before.slice(0, surplus + 1).join(' '), lead: '', partners: '' };
  before.slice(surplus + 1).forEach((c, k) => (cells[BEFORE_DEADLINE[k + 1]!] = c));
  cells['deadline'] = chunks[at]!.replace(/\s*\n\s*/gu, ' ');
  cells['notes'] = chunks.slice(at + 1).join(' ');
  return cells;
}

export function splitTaskRow(chunks: readonly string[], columns: readonly TableColumn[]): Record<string, string> {
  const cells = empty(columns);
  const keys = columns.map((c) => c.key).filter((k) => k !== 'stt');
  const [first = '', ...others] = chunks;
  const anchored = keys.includes('deadline') && keys.includes('lead') ? cellsByDeadline(chunks) : null;
  if (anchored) {
    for (const [k, v] of Object.entries(anchored)) if (k in cells) cells[k] = v;
    return cells;
  }
  if (others.length > 0 && others.length === keys.length - 1) {
    // One chunk per cell: the flattening printed the row's cells one under another.
    keys.forEach((k, i) => (cells[k] = chunks[i] ?? ''));
    return cells;
  }
  let content = [first, ...others].join(' ');
  const hasDeadline = keys.includes('deadline');
  if (hasDeadline && others.length > 0 && trailingDeadline(first) < 0) {
    // The deadline cell printed below the content, possibly over several chunks.
    content = first;
    cells['deadline'] = others.join(' ');
  } else if (hasDeadline) {
    const at = trailingDeadline(content);
    if (at > 0) {
      cells['deadline'] = content.slice(at).trim();
      content = content.slice(0, at).trim();
    }
  }
  // One line of "content lead partners": the agency columns start where an agency's first word
  // follows a lower-case word, as in indicator rows. Not in rows that show the table's rules
  // ("|"): there OCR interleaved the columns line by line, and the words are not in cell order.
  const agencyColumns = ['lead', 'partners'].filter((k) => keys.includes(k));
  if (agencyColumns.length > 0 && others.length === 0 && !content.includes('|')) {
    const [text = '', ...agencies] = splitAgencies(content, agencyColumns.length + 1);
    if (agencies[0]) {
      content = text;
      agencyColumns.forEach((k, i) => (cells[k] = agencies[i] ?? ''));
    }
  }
  cells['content'] = content;
  return cells;
}
