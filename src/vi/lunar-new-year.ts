/**
 * Tết Nguyên đán, the lunar new year: directives set work "trước Tết Nguyên đán", "từ nay đến Tết
 * Nguyên đán Bính Ngọ 2026". Its solar date moves every year, and a year is often named by its
 * sexagenary name ("Bính Ngọ") rather than its number. Dates from the Vietnamese lunar calendar
 * (UTC+7), which in these years agrees with the Chinese one.
 */

/** The first day of the lunar year that begins in each solar year. */
const FIRST_DAYS: Readonly<Record<number, string>> = {
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
  2031: '2031-01-23',
  2032: '2032-02-11',
  2033: '2033-01-31',
  2034: '2034-02-19',
  2035: '2035-02-08',
};

const STEMS = ['canh', 'tan', 'nham', 'quy', 'giap', 'at', 'binh', 'dinh', 'mau', 'ky'];
const BRANCHES = ['than', 'dau', 'tuat', 'hoi', 'ty', 'suu', 'dan', 'mao', 'thin', 'ty', 'ngo', 'mui'];

/** The date Tết falls on in a solar year, ISO, or null outside the table. */
export function lunarNewYear(year: number): string | null {
  return FIRST_DAYS[year] ?? null;
}

/** The sexagenary name of a year, folded ("binh ngo" for 2026). */
export function yearName(year: number): string {
  return `${STEMS[year % 10]} ${BRANCHES[year % 12]}`;
}

/**
 * The year of the table a folded sexagenary name stands for, nearest after `from` (names recur
 * every 60 years; "tỵ" and "tý" fold alike, so a folded name may stand for two years of the cycle:
 * the first at or after `from` is taken).
 */
export function yearOfName(folded: string, from: number): number | null {
  for (let y = from; y < from + 60; y++) if (FIRST_DAYS[y] && yearName(y) === folded) return y;
  return null;
}

/**
 * The syllables of year names as printed, with their marks: rare words a damaged cue word must
 * not be read into ("Tỵ" is no "từ", "Bính" no "định").
 */
export const YEAR_NAME_SYLLABLES: ReadonlySet<string> = new Set(
  'giáp ất bính đinh mậu kỷ canh tân nhâm quý tý tỵ sửu dần mão mẹo thìn ngọ mùi thân dậu tuất hợi'.split(' '),
);

/** The years the table knows, first and last. */
const KNOWN = Object.keys(FIRST_DAYS).map(Number);
export const LUNAR_YEARS = { first: Math.min(...KNOWN), last: Math.max(...KNOWN) } as const;
