/**
 * A row of figures ("Bộ Tư pháp 19 07 12 12 12 0 100") is a result or statistics table's row,
 * not work handed to anyone, even under a group title that names agencies ("I. Bộ, ngành").
 * Task rows are sentences: their numbers are dates, counts inside a phrase, an article number.
 */
const FIGURE = /^[-+]?\d[\d.,]*%?$|^-$/u;

/** Whether the row's content is mostly figures: three or more, and at least a third of its tokens. */
export function isFiguresRow(content: string): boolean {
  const tokens = content.split(/[\s|]+/u).filter((t) => t !== '');
  const figures = tokens.filter((t) => FIGURE.test(t.replace(/[;:)(]+$/u, ''))).length;
  return figures >= 3 && figures * 3 >= tokens.length;
}
