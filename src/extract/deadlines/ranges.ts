/**
 * Deadlines with a start and an end: "từ năm 2024 - 2026", "Tháng 9-quý
 * I/2026", "trong tháng 3-4/2025", "từ ngày 01/7/2025 đến ngày 31/12/2025",
 * and the open start "thực hiện từ năm 2023" (ongoing, no end).
 */
import { dateOf, firstOfMonth, lastOfMonth, lastOfQuarter, plausibleYear } from '../calendar.js';
import {
  DAY_MONTH_YEAR,
  MONTH,
  NOT_AFTER_LETTER,
  QUARTER,
  THEN_YEAR,
  W,
  YEAR,
  fields,
  impliedYear,
  matches,
  quarterValue,
  type Candidate,
  type DeadlineContext,
} from './model.js';

const TO = String.raw`\s{0,3}(?:-|–|den)\s{0,3}`;

export function findRanges(folded: string, ctx: DeadlineContext, standalone: boolean): Candidate[] {
  const out: Candidate[] = [];
  const push = (m: RegExpExecArray, extra: Partial<Candidate['fields']>) =>
    out.push({ start: m.index, end: m.index + m[0].length, fields: fields('range', extra) });

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
    `${NOT_AFTER_LETTER}${standalone ? '' : `(?:tu|trong)${W}`}(?:cac${W})?thang${W}${MONTH}${TO}(?:thang${W})?${MONTH}${THEN_YEAR}`,
    'g',
  );
  for (const m of matches(months, folded)) {
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
