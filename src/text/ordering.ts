/**
 * Putting hits in order and keeping one of each, without a closure made per
 * call (the hot-path convention of ARCHITECTURE.md).
 */

/** Ascending by start offset. */
export const byStart = (a: { start: number }, b: { start: number }): number => a.start - b.start;

/** The items in order, the first of each key kept. */
export function uniqueBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): T[] {
  const seen = new Set<K>();
  const out: T[] = [];
  for (const item of items) {
    const key = keyOf(item);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}
