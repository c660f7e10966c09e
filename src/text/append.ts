/**
 * Appending one array to another without spreading it into arguments:
 * `push(...items)` puts every item on the stack, so an array as long as the
 * input (the paragraphs of a megabyte of short lines, the rows of a long
 * table) overflows it ("Maximum call stack size exceeded").
 */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]!);
  return target;
}
