/**
 * Whether a text is Vietnamese at all, even OCR'd without its diacritics:
 * the share of words that are among the most common Vietnamese syllables.
 * English prose or a table of numbers gets no section structure.
 */
import { words } from './fold.js';

const COMMON = new Set(
  'va cua cac thuc hien nhiem vu tinh ban trong nhung de duoc voi theo cong tac chi dao dang co quan don vi nam ngay viec xa hoi nha nuoc phat trien'.split(' '),
);
const SHARE = 0.08;

export function looksVietnamese(text: string): boolean {
  const seen = words(text.slice(0, 20_000));
  if (seen.length === 0) return false;
  const hits = seen.filter((w) => COMMON.has(w)).length;
  return hits / seen.length >= SHARE;
}
