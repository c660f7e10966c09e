/**
 * Deadlines set by Tết Nguyên đán, the lunar new year: "trước Tết Nguyên đán" (the eve), "từ nay
 * đến Tết Nguyên đán Bính Ngọ 2026" (a span from the document's date). The year is the written
 * one, else the one its sexagenary name stands for, else the first Tết after the document's date
 * (implied). "Dịp Tết" alone is an occasion, not a limit: a cue must introduce it.
 */
import { dayBefore } from '../calendar.js';
import { LUNAR_YEARS, lunarNewYear, yearName, yearOfName } from '../../vi/lunar-new-year.js';
import { NOT_AFTER_LETTER, W, fields, type DeadlineContext } from './model.js';
import { spanOf, type DeadlineParser } from './parser.js';

const NAMES = [...new Set(Array.from({ length: LUNAR_YEARS.last - LUNAR_YEARS.first + 1 }, (_, k) => yearName(LUNAR_YEARS.first + k)))]
  .map((n) => n.replace(' ', W))
  .join('|');

const PATTERN = new RegExp(
  `${NOT_AFTER_LETTER}(?<now>tu${W}nay${W})?(?<cue>den${W}truoc|truoc|den|cham${W}nhat(?:${W}la)?${W}(?:truoc${W})?)${W}(?:dip${W})?tet` +
    // A year's name keyed otherwise (a rare syllable read as a cue word: "Bính" as "dinh") is passed over when its number follows.
    `(?:${W}nguyen${W}dan)?(?:${W}(?<name>${NAMES}))?(?:${W}(?:[a-z]{1,5}${W}[a-z]{1,5}${W})?(?:nam${W})?(?<year>\\d{4}))?(?![a-z0-9])`,
  'g',
);

/** The first Tết after the document's date, or null without one. */
function nextAfter(ctx: DeadlineContext): number | null {
  if (!ctx.documentDate) return null;
  for (let y = Number(ctx.documentDate.slice(0, 4)); y <= LUNAR_YEARS.last; y++) {
    const day = lunarNewYear(y);
    if (day !== null && day > ctx.documentDate) return y;
  }
  return null;
}

export const HOLIDAY_PARSERS: readonly DeadlineParser[] = [
  {
    name: 'lunar new year',
    pattern: PATTERN,
    extract(m, g, { ctx }) {
      const from = ctx.documentDate ? Number(ctx.documentDate.slice(0, 4)) - 1 : LUNAR_YEARS.first;
      const written = g.year ? Number(g.year) : g.name ? yearOfName(g.name.replace(/\s+/gu, ' '), from) : null;
      const year = written ?? nextAfter(ctx);
      const day = year === null ? null : lunarNewYear(year);
      const before = /truoc/.test(g.cue ?? '');
      const due = day === null ? null : before ? dayBefore(day) : day;
      const implied: Array<'year' | 'start'> = written === null ? ['year'] : [];
      if (g.now !== undefined) {
        return { ...spanOf(m), fields: fields('range', { start: ctx.documentDate, due, implied: [...implied, ...(ctx.documentDate ? (['start'] as const) : [])] }) };
      }
      return { ...spanOf(m), fields: fields('date', { due, implied }) };
    },
  },
];
