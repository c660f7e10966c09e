/** Roman numerals, shared by the stages that read them (headings, quarters, congress numbers). */

const VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** The value of upper-case numeral letters, read additively with subtraction ("IV" 4); 0 for other letters. */
export function romanSum(label: string): number {
  let total = 0;
  for (let i = 0; i < label.length; i++) {
    const v = VALUES[label[i]!] ?? 0;
    const next = VALUES[label[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const TABLE: ReadonlyArray<readonly [number, string]> = [
  [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** The canonical numeral of a positive number below 400. */
export function toRoman(n: number): string {
  let out = '';
  let rest = n;
  for (const [v, s] of TABLE) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/**
 * A Roman numeral as OCR prints it, its I's as 1, l or | ("Quý 11/2025" is
 * Quý II, "XI11" is XIII; an L is fifty only in a numeral without such
 * strokes). Null for strings that are not well-formed numerals.
 */
export function readRoman(raw: string): number | null {
  const strokes = /[1l|]/u.test(raw);
  const s = raw.toUpperCase().replace(/[1L|]/gu, (c) => (c === 'L' && !strokes ? 'L' : 'I'));
  if (!/^[IVXC]{1,8}$/u.test(s)) return null;
  const total = romanSum(s);
  return toRoman(total) === s ? total : null;
}
