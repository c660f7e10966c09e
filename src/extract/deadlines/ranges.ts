/**
 * Deadlines with a start and an end: "từ năm 2024 - 2026", "Tháng 9-quý
 * I/2026", "trong tháng 3-4/2025", "từ ngày 01/7/2025 đến ngày 31/12/2025",
 * ends of two kinds ("từ Quý IV/2025 đến hết năm 2026", "Từ tháng 10/2025 đến
 * tháng 6/2026"), and the open start "thực hiện từ năm 2023" (ongoing, no end).
 */
import { dateOf, firstOfMonth, firstOfQuarter, lastOfMonth, lastOfQuarter, plausibleYear } from '../calendar.js';
import {
  DAY_MONTH_YEAR,
  MONTH,
  NOT_AFTER_LETTER,
  QUARTER,
  SEP,
  THEN_YEAR,
  W,
  YEAR,
  afterLabel,
  fields,
  impliedYear,
  matches,
  quarterValue,
  type Candidate,
  type DeadlineContext,
} from './model.js';

const TO = String.raw`\s{0,3}(?:-|–|den)\s{0,3}`;

/** One end of a range, matched without groups: a date, a month, a quarter or a year. */
const END = String.raw`(?:(?:ngay${W})?\d{1,2}${SEP}\d{1,2}${SEP}\d{4}|thang${W}\d{1,2}(?:\s{0,2}/\s{0,2}\d{4}|${W}nam${W}\d{4})?|quy${W}[ivxl1-4]{1,4}(?:\s{0,2}/\s{0,2}\d{4}|${W}nam${W}\d{4})?|nam${W}\d{4})`;
const DATE_END = new RegExp(`^(?:ngay${W})?${DAY_MONTH_YEAR}$`);
const MONTH_END = new RegExp(`^thang${W}${MONTH}${THEN_YEAR}$`);
const QUARTER_END = new RegExp(`^quy${W}${QUARTER}${THEN_YEAR}$`);
const YEAR_END = new RegExp(`^nam${W}${YEAR}$`);

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
  let m = DATE_END.exec(text);
  if (m) return { kind: 'date', from: Number(m[2]), to: Number(m[2]), year: Number(m[3]), day: Number(m[1]) };
  m = MONTH_END.exec(text);
  if (m) {
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? { kind: 'month', from: month, to: month, year: m[2] ?? m[3] ? Number(m[2] ?? m[3]) : null } : null;
  }
  m = QUARTER_END.exec(text);
  if (m) {
    const q = quarterValue(m[1]!);
    return q === null ? null : { kind: 'quarter', from: q * 3 - 2, to: q * 3, year: m[2] ?? m[3] ? Number(m[2] ?? m[3]) : null };
  }
  m = YEAR_END.exec(text);
  return m ? { kind: 'year', from: 1, to: 12, year: Number(m[1]) } : null;
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
function spans(folded: string, ctx: DeadlineContext, standalone: boolean): Candidate[] {
  const out: Candidate[] = [];
  const re = new RegExp(`${NOT_AFTER_LETTER}${standalone ? `(?:tu${W})?` : `tu${W}`}(${END})${TO}(?:het${W})?(${END})(?![\d/])`, 'g');
  for (const m of matches(re, folded)) {
    const a = period(m[1]!);
    const b = period(m[2]!);
    // Two years or two dates are the patterns below.
    if (!a || !b || (a.kind === b.kind && (a.kind === 'year' || a.kind === 'date'))) continue;
    const endYear = b.year ?? (a.year !== null ? (b.to >= a.from ? a.year : a.year + 1) : impliedYear(ctx, b.to));
    if (endYear === null) continue;
    const startYear = a.year ?? (a.from > b.to ? endYear - 1 : endYear);
    if (!plausibleYear(startYear) || !plausibleYear(endYear)) continue;
    const start = firstDay(a, startYear);
    const due = lastDay(b, endYear);
    if (!start || !due || start > due) continue;
    const implied = [...(a.year === null ? ['startYear'] : []), ...(b.year === null ? ['year'] : [])];
    out.push({ start: m.index, end: m.index + m[0].length, fields: fields('range', { start, due, implied }) });
  }
  return out;
}

export function findRanges(folded: string, ctx: DeadlineContext, standalone: boolean): Candidate[] {
  const out: Candidate[] = spans(folded, ctx, standalone);
  const push = (m: RegExpExecArray, extra: Partial<Candidate['fields']>) =>
    out.push({ start: m.index, end: m.index + m[0].length, fields: fields('range', extra) });

  // "Từ nay đến (hết) năm 2030": from the document's date.
  const fromNow = new RegExp(`${NOT_AFTER_LETTER}tu${W}nay${TO}(?:het${W})?(${END})(?![\\d/])`, 'g');
  for (const m of matches(fromNow, folded)) {
    const b = period(m[1]!);
    if (!b) continue;
    const year = b.year ?? impliedYear(ctx, b.to);
    const due = year === null ? null : lastDay(b, year);
    push(m, { start: ctx.documentDate, due, implied: ctx.documentDate ? ['start'] : [] });
  }

  // "Từ tháng 10/2025 đến khi kết thúc …": a start, and an end an event sets.
  const untilEvent = new RegExp(`${NOT_AFTER_LETTER}tu${W}(${END})${W}den${W}khi(?![a-z])`, 'g');
  for (const m of matches(untilEvent, folded)) {
    const a = period(m[1]!);
    if (!a) continue;
    const year = a.year ?? impliedYear(ctx, a.from);
    const start = year === null ? null : firstDay(a, year);
    if (start) push(m, { start });
  }

  const from = standalone ? `(?:tu${W})?` : `tu${W}`;
  const years = new RegExp(`${NOT_AFTER_LETTER}${from}(?:nam${W})?${YEAR}${TO}(?:nam${W})?${YEAR}`, 'g');
  // "(thực hiện tie năm 2024 - 2026)": the "từ" OCR lost; the remark still gives the range.
  const doneYears = new RegExp(`${NOT_AFTER_LETTER}thuc${W}hien${W}(?:[a-z0-9]{1,4}${W})?nam${W}${YEAR}${TO}(?:nam${W})?${YEAR}`, 'g');
  for (const m of matches(doneYears, folded)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (plausibleYear(a) && plausibleYear(b) && b >= a) push(m, { start: `${a}-01-01`, due: `${b}-12-31` });
  }
  for (const m of matches(years, folded)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (!plausibleYear(a) || !plausibleYear(b) || b < a) continue;
    push(m, { start: `${a}-01-01`, due: `${b}-12-31` });
  }

  const openYear = new RegExp(`${NOT_AFTER_LETTER}tu${W}nam${W}${YEAR}(?!\\s{0,3}(?:-|–|den))`, 'g');
  for (const m of matches(openYear, folded)) {
    const a = Number(m[1]);
    if (plausibleYear(a)) push(m, { start: `${a}-01-01`, ongoing: true });
  }

  const days = new RegExp(`${NOT_AFTER_LETTER}${from}(?:ngay${W})?${DAY_MONTH_YEAR}${TO}(?:ngay${W})?${DAY_MONTH_YEAR}`, 'g');
  for (const m of matches(days, folded)) {
    const start = dateOf(Number(m[1]), Number(m[2]), Number(m[3]));
    const due = dateOf(Number(m[4]), Number(m[5]), Number(m[6]));
    if (start && due && start <= due) push(m, { start, due });
  }

  // "từ ngày 08 đến ngày 10/12/2025" (the long form "… đến ngày 10 tháng 12 năm 2025" reads alike): the start shares the end's month and year.
  const dayToDate = new RegExp(`${NOT_AFTER_LETTER}${from}ngay${W}(\\d{1,2})${TO}(?:ngay${W})?${DAY_MONTH_YEAR}`, 'g');
  for (const m of matches(dayToDate, folded)) {
    const due = dateOf(Number(m[2]), Number(m[3]), Number(m[4]));
    const start = dateOf(Number(m[1]), Number(m[3]), Number(m[4]));
    if (start && due && start <= due) push(m, { start, due });
  }

  // "Tháng 9-quý I/2026": the month's year is the quarter's, or the one before if the month comes later.
  const monthToQuarter = new RegExp(
    `${NOT_AFTER_LETTER}${standalone ? '' : `(?:tu|trong)${W}`}thang${W}${MONTH}${TO}quy${W}${QUARTER}${THEN_YEAR}`,
    'g',
  );
  for (const m of matches(monthToQuarter, folded)) {
    const month = Number(m[1]);
    const quarter = quarterValue(m[2]!);
    if (quarter === null || month < 1 || month > 12) continue;
    const written = m[3] ?? m[4];
    const endYear = written ? Number(written) : impliedYear(ctx, quarter * 3);
    if (endYear === null) {
      push(m, { implied: ['year', 'startYear'] });
      continue;
    }
    const startYear = month > quarter * 3 ? endYear - 1 : endYear;
    push(m, {
      start: firstOfMonth(startYear, month),
      due: lastOfQuarter(endYear, quarter),
      implied: written ? ['startYear'] : ['year', 'startYear'],
    });
  }

  const months = new RegExp(
    `${NOT_AFTER_LETTER}${standalone ? '' : `(?:(?:tu|trong)${W})?`}(?:cac${W})?thang${W}${MONTH}${TO}(?:thang${W})?${MONTH}${THEN_YEAR}`,
    'g',
  );
  for (const m of matches(months, folded)) {
    // Without "từ" or "trong", only where a deadline is due: a cell, or after "Thời gian: …".
    if (!standalone && !/^(?:tu|trong)\s/u.test(m[0]) && !afterLabel(folded, m.index)) continue;
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a < 1 || a > 12 || b < 1 || b > 12) continue;
    const written = m[3] ?? m[4];
    const year = written ? Number(written) : impliedYear(ctx, b);
    if (year === null) {
      push(m, { implied: ['year'] });
      continue;
    }
    const startYear = a > b ? year - 1 : year;
    push(m, { start: firstOfMonth(startYear, a), due: lastOfMonth(year, b), implied: written ? [] : ['year'] });
  }
  return out;
}
