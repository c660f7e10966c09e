/**
 * Deadlines with a start and an end: "từ năm 2024 - 2026", "Tháng 9-quý
 * I/2026", "trong tháng 3-4/2025", "từ ngày 01/7/2025 đến ngày 31/12/2025",
 * ends of two kinds ("từ Quý IV/2025 đến hết năm 2026", "Từ tháng 10/2025 đến
 * tháng 6/2026"), and the open start "thực hiện từ năm 2023" (ongoing, no end).
 */
import { dateOf, firstOfMonth, firstOfQuarter, lastOfMonth, lastOfQuarter, plausibleYear } from '../calendar.js';
import {
  NOT_AFTER_LETTER,
  SEP,
  W,
  afterLabel,
  dayMonthYear,
  fields,
  impliedYear,
  month,
  quarter,
  quarterValue,
  thenYear,
  thenYearOf,
  year,
  type Candidate,
  type DeadlineContext,
} from './model.js';
import { spanOf, type DeadlineParser } from './parser.js';

const TO = String.raw`\s{0,3}(?:-|–|den)\s{0,3}`;
/** The word between a range's ends, and the "hết" that may open the end ("đến hết ngày 30/11/2026"). */
const TO_END = `${TO}(?:het${W})?`;

/** One end of a range, matched without groups: a date, a month, a quarter or a year. */
const END = String.raw`(?:(?:ngay${W})?\d{1,2}${SEP}\d{1,2}${SEP}\d{4}|thang${W}\d{1,2}(?:\s{0,2}/\s{0,2}\d{4}|${W}nam${W}\d{4})?|quy${W}[ivxl1-4]{1,4}(?:\s{0,2}/\s{0,2}\d{4}|${W}nam${W}\d{4})?|nam${W}\d{4})`;
const DATE_END = new RegExp(`^(?:ngay${W})?${dayMonthYear('')}$`);
const MONTH_END = new RegExp(`^thang${W}${month('month')}${thenYear('year')}$`);
/** A quarter's numeral after "quý": Roman, in OCR's strokes ("11", "Il", "1V") or an arabic figure. */
const quarterOrStrokes = String.raw`[ivxl1]{1,4}(?![a-z0-9])|[1-4]`;
const QUARTER_END = new RegExp(`^quy${W}${quarter('quarter')}${thenYear('year')}$`);
const YEAR_END = new RegExp(`^nam${W}${year('year')}$`);

/** A range end as the months it covers, with its year when written. */
interface Period {
  kind: 'date' | 'month' | 'quarter' | 'year';
  /** First and last month (1–12); for a date, its month. */
  from: number;
  to: number;
  year: number | null;
  day?: number;
}

function period(text: string): Period | null {
  const date = DATE_END.exec(text)?.groups;
  if (date) return { kind: 'date', from: Number(date.Month), to: Number(date.Month), year: Number(date.Year), day: Number(date.Day) };
  const inMonth = MONTH_END.exec(text)?.groups;
  if (inMonth) {
    const m = Number(inMonth.month);
    const written = thenYearOf(inMonth, 'year');
    return m >= 1 && m <= 12 ? { kind: 'month', from: m, to: m, year: written ? Number(written) : null } : null;
  }
  const inQuarter = QUARTER_END.exec(text)?.groups;
  if (inQuarter) {
    const q = quarterValue(inQuarter.quarter!);
    const written = thenYearOf(inQuarter, 'year');
    return q === null ? null : { kind: 'quarter', from: q * 3 - 2, to: q * 3, year: written ? Number(written) : null };
  }
  const inYear = YEAR_END.exec(text)?.groups;
  return inYear ? { kind: 'year', from: 1, to: 12, year: Number(inYear.year) } : null;
}

function firstDay(p: Period, year: number): string | null {
  if (p.kind === 'date') return dateOf(p.day!, p.from, year);
  if (p.kind === 'quarter') return firstOfQuarter(year, p.to / 3);
  return firstOfMonth(year, p.from);
}

function lastDay(p: Period, year: number): string | null {
  if (p.kind === 'date') return dateOf(p.day!, p.from, year);
  if (p.kind === 'quarter') return lastOfQuarter(year, p.to / 3);
  return lastOfMonth(year, p.to);
}

/**
 * "từ Quý IV/2025 đến hết năm 2026": a start and an end of any kinds. A start
 * without its year takes the end's (the year before when it comes later in the
 * year); an end without one the start's, or the document's.
 */
function spanBetween(m: RegExpExecArray, a: Period | null, b: Period | null, ctx: DeadlineContext): Candidate | null {
  // Two years or two dates are the patterns below.
  if (!a || !b || (a.kind === b.kind && (a.kind === 'year' || a.kind === 'date'))) return null;
  const endYear = b.year ?? (a.year !== null ? (b.to >= a.from ? a.year : a.year + 1) : impliedYear(ctx, b.to));
  if (endYear === null) return null;
  const startYear = a.year ?? (a.from > b.to ? endYear - 1 : endYear);
  if (!plausibleYear(startYear) || !plausibleYear(endYear)) return null;
  const start = firstDay(a, startYear);
  const due = lastDay(b, endYear);
  if (!start || !due || start > due) return null;
  const implied = [...(a.year === null ? ['startYear'] : []), ...(b.year === null ? ['year'] : [])];
  return range(m, { start, due, implied });
}

const range = (m: RegExpExecArray, extra: Partial<Candidate['fields']>): Candidate => ({ ...spanOf(m), fields: fields('range', extra) });

/** What a span of years in parentheses names when it follows these: a plan's or a term's years, not a time to act. */
const NAMES_A_PERIOD = /(?:\d{1,2}\s{1,3}nam|giai\s{1,3}doan|nhiem\s{1,3}ky|ke\s{1,3}hoach|chuong\s{1,3}trinh|chien\s{1,3}luoc|quy\s{1,3}hoach|khoa)\s{0,3}$/u;

/** In running text a range opens with "từ"; in a deadline cell it may not. */
const FROM = `tu${W}`;
const CELL_FROM = `(?:tu${W})?`;
/** A year range's two years, or null when they are no years or out of order. */
function yearRange(m: RegExpExecArray, a: number, b: number): Candidate | null {
  return plausibleYear(a) && plausibleYear(b) && b >= a ? range(m, { start: `${a}-01-01`, due: `${b}-12-31` }) : null;
}

function monthRangePattern(standalone: boolean): RegExp {
  return new RegExp(
    `${NOT_AFTER_LETTER}${standalone ? '' : `(?:(?:tu|trong)${W})?`}(?:cac${W})?thang${W}${month('from')}${TO}(?:thang${W})?${month('to')}${thenYear('year')}`,
    'g',
  );
}

function monthToQuarterPattern(standalone: boolean): RegExp {
  return new RegExp(
    `${NOT_AFTER_LETTER}${standalone ? '' : `(?:tu|trong)${W}`}thang${W}${month('month')}${TO}quy${W}${quarter('quarter')}${thenYear('year')}`,
    'g',
  );
}

/** Deadlines with a start and an end, in the order their candidates are proposed. */
export const RANGE_PARSERS: readonly DeadlineParser[] = [
  {
    name: 'period to period',
    pattern: new RegExp(`${NOT_AFTER_LETTER}${FROM}(?<from>${END})${TO_END}(?<to>${END})(?![\\d/])`, 'g'),
    cellPattern: new RegExp(`${NOT_AFTER_LETTER}${CELL_FROM}(?<from>${END})${TO_END}(?<to>${END})(?![\\d/])`, 'g'),
    extract: (m, g, { ctx }) => spanBetween(m, period(g.from!), period(g.to!), ctx),
  },
  {
    // "Từ nay đến (hết) năm 2030", "Từ ngày ký đến …", "Từ ngày Quyết định này có hiệu lực thi hành đến hết
    // ngày 31/12/2030": from the document's date.
    name: 'from now',
    pattern: new RegExp(`${NOT_AFTER_LETTER}tu${W}(?:nay|ngay${W}ky|ngay${W}(?:quyet${W}dinh|ke${W}hoach|chi${W}thi|nghi${W}quyet|van${W}ban)${W}nay${W}co${W}hieu${W}luc(?:${W}thi${W}hanh)?)${TO_END}(?<to>${END})(?![\\d/])`, 'g'),
    extract(m, g, { ctx }) {
      const b = period(g.to!);
      if (!b) return null;
      const y = b.year ?? impliedYear(ctx, b.to);
      const due = y === null ? null : lastDay(b, y);
      return range(m, { start: ctx.documentDate, due, implied: ctx.documentDate ? ['start'] : [] });
    },
  },
  {
    // "Từ tháng 10/2025 đến khi kết thúc …": a start, and an end an event sets.
    name: 'from period until event',
    pattern: new RegExp(`${NOT_AFTER_LETTER}tu${W}(?<from>${END})${W}den${W}khi(?![a-z])`, 'g'),
    extract(m, g, { ctx }) {
      const a = period(g.from!);
      if (!a) return null;
      const y = a.year ?? impliedYear(ctx, a.from);
      const start = y === null ? null : firstDay(a, y);
      return start ? range(m, { start }) : null;
    },
  },
  {
    // "(thực hiện tie năm 2024 - 2026)": the "từ" OCR lost; the remark still gives the range.
    name: 'years after a remark',
    pattern: new RegExp(`${NOT_AFTER_LETTER}thuc${W}hien${W}(?:[a-z0-9]{1,4}${W})?nam${W}${year('from')}${TO}(?:nam${W})?${year('to')}`, 'g'),
    extract: (m, g) => yearRange(m, Number(g.from), Number(g.to)),
  },
  {
    // "… tích hợp vào Hệ thống quốc gia (2025 - 2030).", "(xuyên suốt 2025 - 2035)": a parenthesis
    // holding only a span of years is when the item is done; a period's name says "giai đoạn".
    name: 'years in parentheses',
    pattern: new RegExp(`\\(\\s{0,2}(?:xuyen${W}suot${W}|trong${W})?(?:nam${W})?${year('from')}${TO}(?:nam${W})?${year('to')}\\s{0,2}\\)`, 'g'),
    extract: (m, g, { folded }) => (NAMES_A_PERIOD.test(folded.slice(Math.max(0, m.index - 40), m.index)) ? null : yearRange(m, Number(g.from), Number(g.to))),
  },
  {
    name: 'years',
    pattern: new RegExp(`${NOT_AFTER_LETTER}${FROM}(?:nam${W})?${year('from')}${TO}(?:nam${W})?${year('to')}`, 'g'),
    cellPattern: new RegExp(`${NOT_AFTER_LETTER}${CELL_FROM}(?:nam${W})?${year('from')}${TO}(?:nam${W})?${year('to')}`, 'g'),
    extract: (m, g) => yearRange(m, Number(g.from), Number(g.to)),
  },
  {
    name: 'from a year on',
    pattern: new RegExp(`${NOT_AFTER_LETTER}tu${W}nam${W}${year('from')}(?!\\s{0,3}(?:-|–|den))`, 'g'),
    extract(m, g) {
      const a = Number(g.from);
      return plausibleYear(a) ? range(m, { start: `${a}-01-01`, ongoing: true }) : null;
    },
  },
  {
    name: 'dates',
    pattern: new RegExp(`${NOT_AFTER_LETTER}${FROM}(?:ngay${W})?${dayMonthYear('from')}${TO_END}(?:ngay${W})?${dayMonthYear('to')}`, 'g'),
    cellPattern: new RegExp(`${NOT_AFTER_LETTER}${CELL_FROM}(?:ngay${W})?${dayMonthYear('from')}${TO_END}(?:ngay${W})?${dayMonthYear('to')}`, 'g'),
    extract(m, g) {
      const start = dateOf(Number(g.fromDay), Number(g.fromMonth), Number(g.fromYear));
      const due = dateOf(Number(g.toDay), Number(g.toMonth), Number(g.toYear));
      return start && due && start <= due ? range(m, { start, due }) : null;
    },
  },
  {
    // "từ ngày 08 đến ngày 10/12/2025" (the long form "… đến ngày 10 tháng 12 năm 2025" reads alike): the start shares the end's month and year.
    name: 'day to date',
    pattern: new RegExp(`${NOT_AFTER_LETTER}${FROM}ngay${W}(?<fromDay>\\d{1,2})${TO_END}(?:ngay${W})?${dayMonthYear('to')}`, 'g'),
    cellPattern: new RegExp(`${NOT_AFTER_LETTER}${CELL_FROM}ngay${W}(?<fromDay>\\d{1,2})${TO_END}(?:ngay${W})?${dayMonthYear('to')}`, 'g'),
    extract(m, g) {
      const due = dateOf(Number(g.toDay), Number(g.toMonth), Number(g.toYear));
      const start = dateOf(Number(g.fromDay), Number(g.toMonth), Number(g.toYear));
      return start && due && start <= due ? range(m, { start, due }) : null;
    },
  },
  {
    // "Tháng 9-quý I/2026": the month's year is the quarter's, or the one before if the month comes later.
    name: 'month to quarter',
    pattern: monthToQuarterPattern(false),
    cellPattern: monthToQuarterPattern(true),
    extract(m, g, { ctx }) {
      const from = Number(g.month);
      const q = quarterValue(g.quarter!);
      if (q === null || from < 1 || from > 12) return null;
      const written = thenYearOf(g, 'year');
      const endYear = written ? Number(written) : impliedYear(ctx, q * 3);
      if (endYear === null) return range(m, { implied: ['year', 'startYear'] });
      const startYear = from > q * 3 ? endYear - 1 : endYear;
      return range(m, {
        start: firstOfMonth(startYear, from),
        due: lastOfQuarter(endYear, q),
        implied: written ? ['startYear'] : ['year', 'startYear'],
      });
    },
  },
  {
    // "Quý III, IV năm 2026", "quý I và quý II/2030": the quarters named, as one span. Right after
    // "quý" a numeral may be in OCR's strokes ("quý I và quý 11/2030"); bare, "11" is a count.
    name: 'quarters',
    pattern: new RegExp(
      `${NOT_AFTER_LETTER}quy${W}(?<first>${quarterOrStrokes})(?:\\s{0,2}(?:,|va|-|–)\\s{0,2}(?:quy${W}(?:${quarterOrStrokes})|[ivx]{1,3}|[1-4]))*\\s{0,2}(?:,|va)\\s{0,2}(?:quy${W}(?<last>${quarterOrStrokes})|(?<bare>[ivx]{1,3}|[1-4]))${thenYear('year')}(?![\\d/])`,
      'g',
    ),
    extract(m, g, { ctx }) {
      const a = quarterValue(g.first!);
      const b = quarterValue(g.last ?? g.bare!);
      if (a === null || b === null || b <= a) return null;
      const written = thenYearOf(g, 'year');
      const y = written ? Number(written) : impliedYear(ctx, b * 3);
      if (y === null) return range(m, { implied: ['year'] });
      return range(m, { start: firstOfQuarter(y, a), due: lastOfQuarter(y, b), implied: written ? [] : ['year'] });
    },
  },
  {
    name: 'months',
    pattern: monthRangePattern(false),
    cellPattern: monthRangePattern(true),
    extract(m, g, { folded, ctx, standalone }) {
      // Without "từ" or "trong", only where a deadline is due: a cell, or after "Thời gian: …".
      if (!standalone && !/^(?:tu|trong)\s/u.test(m[0]) && !afterLabel(folded, m.index)) return null;
      const [a, b] = [Number(g.from), Number(g.to)];
      if (a < 1 || a > 12 || b < 1 || b > 12) return null;
      const written = thenYearOf(g, 'year');
      const y = written ? Number(written) : impliedYear(ctx, b);
      if (y === null) return range(m, { implied: ['year'] });
      const startYear = a > b ? y - 1 : y;
      return range(m, { start: firstOfMonth(startYear, a), due: lastOfMonth(y, b), implied: written ? [] : ['year'] });
    },
  },
];
