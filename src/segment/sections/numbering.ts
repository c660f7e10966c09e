/** Sequences of item labels: what may follow what, so that stray numbers are not taken for items. */
import { romanSum } from '../../text/roman.js';
import type { SectionKind } from '../../types.js';

/** Vietnamese item letters: no f, j, w, z; đ after d. */
export const LETTERS = 'abcdđeghiklmnopqrstuvxy';

/** A label's place in its sequence (1-based), or NaN. */
export function ordinal(kind: SectionKind, label: string): number {
  switch (kind) {
    case 'roman':
      return romanSum(label);
    case 'article':
      return Number(label);
    case 'arabic':
      return Number(label);
    case 'decimal':
      return Number(label.slice(label.lastIndexOf('.') + 1));
    case 'letter':
      return LETTERS.indexOf(label) + 1 || NaN;
    case 'paren':
      return Number(label.slice(1, -1));
    case 'part':
      return 'ABCDEFGH'.indexOf(label) + 1 || NaN;
    default:
      return NaN;
  }
}

/** Decimal "5.3" → its parent's label "5". */
export function decimalParent(label: string): string {
  return label.slice(0, label.lastIndexOf('.'));
}

/** Items of one list share a level key; decimals of different depth ("1.1", "1.1.1") are different lists. */
export function levelKey(kind: SectionKind, label: string): string {
  return kind === 'decimal' ? `decimal:${label.split('.').length}` : kind;
}

export type Succession = 'next' | 'repeat' | 'gap';

/**
 * How `label` follows `previous` in one list: the next one, the same one
 * again (a slip the document itself makes: two items "8."), or one skipped
 * (an item OCR lost). Anything else is not a successor.
 */
export function succession(kind: SectionKind, previous: string, label: string): Succession | null {
  if (kind === 'dash' || kind === 'plus') return 'next';
  if (kind === 'decimal' && decimalParent(previous) !== decimalParent(label)) return null;
  const a = ordinal(kind, previous);
  const b = ordinal(kind, label);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  if (b === a + 1) return 'next';
  if (b === a) return 'repeat';
  if (b === a + 2) return 'gap';
  return null;
}

/**
 * How high a kind of item stands: a list of a higher kind never starts inside an item of a lower
 * one ("I. NHÓM NỘI DUNG" after "- Căn cứ …" is a part of its own, not the dash's sub-item).
 * Only parts and Roman headings are held to it; lower kinds nest as documents happen to print them.
 */
const RANK: Partial<Record<SectionKind, number>> = { part: 0, roman: 1, article: 1, arabic: 2, decimal: 3, letter: 4, paren: 5, dash: 6, plus: 6 };

export function mayNestUnder(kind: SectionKind, parent: SectionKind | null): boolean {
  if (parent === null || (kind !== 'part' && kind !== 'roman')) return true;
  return (RANK[parent] ?? 9) < (RANK[kind] ?? 9);
}

/** Whether a label can open a new list. */
export function isFirst(kind: SectionKind, label: string): boolean {
  return kind === 'dash' || kind === 'plus' || ordinal(kind, label) === 1;
}
