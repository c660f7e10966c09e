/**
 * Deadlines that end at one point in the calendar: a day ("Trước 31/10/2025",
 * "trước ngày 15/8/2025"), a month ("Trong tháng 9/2025", "Tháng 10"), a
 * quarter ("Hoàn thành trong Quý III/2025", "Quý IV") or a year ("trong năm
 * 2025", "hoàn thành năm 2024", "năm 2025 và các năm tiếp theo"). In running
 * text a cue word must introduce them, since most dates in a directive are
 * dates of documents; in a deadline cell the bare form is enough.
 */
import {
  dateOf,
  dayBefore,
  firstOfMonth,
  firstOfQuarter,
  lastOfMonth,
  lastOfQuarter,
  plausibleYear,
} from '../calendar.js';
import {
  DAY_MONTH_YEAR,
  MONTH,
  NOT_AFTER_LETTER,
  QUARTER,
  SEP,
  THEN_YEAR,
  TIME,
  W,
  YEAR,
  afterLabel,
  fields,
  impliedYear,
  inParentheses,
  matches,
  quarterValue,
  sentenceInitial,
  timeOf,
  type Candidate,
  type DeadlineContext,
} from './model.js';

/**
 * "đến năm 2030" inside a sentence is a horizon ("Chiến lược … đến năm 2030",
 * "các chỉ tiêu cần phấn đấu thực hiện đến năm 2030"); it sets a deadline
 * only where deadlines are stated: opening a sentence, in parentheses, or in
 * a deadline cell.
 */
function denStands(folded: string, m: RegExpExecArray, standalone: boolean): boolean {
  if (!m[1] || !/^den/.test(m[1])) return true;
  return standalone || sentenceInitial(folded, m.index) || inParentheses(folded, m.index);
}

/**
 * Words that make what follows a due point; "trước" means the period before it. Restoration reads a
 * damaged "trong" as the word "trường" ("trường tháng 12/2025"), which no month, quarter or year follows.
 */
const CUE = String.raw`(truoc|cham${W}nhat(?:${W}la)?|han${W}chot|den${W}het|den|het|khong${W}qua|trong|truong(?=${W}(?:thang|quy|nam)${W}[\divxl])|cuoi|vao|hoan${W}thanh(?:${W}trong|${W}truoc)?)`;
/** The cue is optional in the patterns; whether a phrase without one counts is decided after (bareStands). */
const MAYBE_CUE = `(?:${CUE}${W})?`;

/**
 * Without a cue word a time counts only in a deadline cell, or in a deadline
 * remark: in parentheses after "hoàn thành" or "thực hiện" ("(Hoàn thành trư
 * ờng Quý III/2025)", where OCR and restoration mangled the "trong"), a
 * "hoàn thành" / "thực hiện" that opens a clause of its own ("…; thực hiện năm
 * 2026 và các năm tiếp theo."), or after a deadline label ("Thời gian: Quý IV/2025").
 */
function bareStands(folded: string, m: RegExpExecArray, standalone: boolean): boolean {
  if (m[1] !== undefined || standalone || introduced(folded, m.index)) return true;
  return inParentheses(folded, m.index) && REMARK.test(folded.slice(Math.max(0, m.index - 24), m.index));
}
const REMARK = /(?:hoan\s{1,3}thanh|thuc\s{1,3}hien)\s{1,3}(?:[a-z]{1,6}\s{1,3}){0,2}$/;
/** The remark word straight before the time, nothing between. */
const REMARK_WORD = /(?:hoan\s{1,3}thanh|thuc\s{1,3}hien)\s{1,3}$/;

/** A time a deadline label or a remark of its own introduces, with no cue word. */
function introduced(folded: string, at: number): boolean {
  return afterLabel(folded, at) || clauseRemark(folded, at);
}

/** "…; thực hiện năm 2026", "Hoàn thành Quý IV/2025.": the remark opens its clause or a parenthesis. */
function clauseRemark(folded: string, at: number): boolean {
  const from = Math.max(0, at - 16);
  const m = REMARK_WORD.exec(folded.slice(from, at));
  if (!m) return false;
  const start = from + m.index;
  return sentenceInitial(folded, start) || /\(\s{0,2}$/.test(folded.slice(Math.max(0, start - 3), start));
}

function isBefore(cue: string | undefined): boolean {
  return cue !== undefined && /truoc$/.test(cue);
}

/** "định kỳ" earlier in the clause: a day and month without a year then recur every year. */
const PERIODIC_BEFORE = /dinh\s{1,3}ky[^.;:()]{0,80}$/u;

export function findDates(folded: string, ctx: DeadlineContext, standalone: boolean): Candidate[] {
  const out: Candidate[] = [];
  const written = new RegExp(
    `${NOT_AFTER_LETTER}${MAYBE_CUE}${TIME}(?:(?:ngay|ngiy)${W})?(?:${DAY_MONTH_YEAR}|(\\d{1,2})${SEP}(\\d{1,2})(?![\\d/-]|\\.\\d))`,
    'g',
  );
  for (const m of matches(written, folded)) {
    if (!bareStands(folded, m, standalone)) continue;
    // "trong/vào ngày …" tells when something happens, not by when.
    if (m[1] && /^(trong|vao|cuoi)$/.test(m[1])) continue;
    const at = { start: m.index, end: m.index + m[0].length };
    const time = timeOf(m[2], m[3]);
    if (m[6]) {
      const due = dateOf(Number(m[4]), Number(m[5]), Number(m[6]));
      if (due) out.push({ ...at, fields: fields('date', { due, time }) });
    } else if (m[1]) {
      // "định kỳ báo cáo … trước ngày 20/11": a day of every year, not of this one.
      if (PERIODIC_BEFORE.test(folded.slice(Math.max(0, m.index - 90), m.index))) {
        out.push({ ...at, fields: fields('recurring', { recurrence: 'yearly' }) });
        continue;
      }
      // "trước ngày 15/8": the year is the document's.
      const [day, month] = [Number(m[7]), Number(m[8])];
      const year = impliedYear(ctx, month);
      const due = year === null ? null : dateOf(day, month, year);
      if (year === null || due !== null) out.push({ ...at, fields: fields('date', { due, time, implied: ['year'] }) });
    }
  }
  return out;
}

export function findMonths(folded: string, ctx: DeadlineContext, standalone: boolean): Candidate[] {
  const out: Candidate[] = [];
  const re = new RegExp(`${NOT_AFTER_LETTER}${MAYBE_CUE}(?:cac${W})?thang${W}${MONTH}${THEN_YEAR}(?!\\s{0,2}[-,]\\s{0,2}\\d)`, 'g');
  for (const m of matches(re, folded)) {
    if (!bareStands(folded, m, standalone)) continue;
    const month = Number(m[2]);
    if (month < 1 || month > 12) continue;
    const written = m[3] ?? m[4];
    const year = written ? Number(written) : impliedYear(ctx, month);
    if (year !== null && !plausibleYear(year)) continue;
    const due = year === null ? null : isBefore(m[1]) ? dayBefore(firstOfMonth(year, month)) : lastOfMonth(year, month);
    out.push({ start: m.index, end: m.index + m[0].length, fields: fields('month', { due, implied: written ? [] : ['year'] }) });
  }
  return out;
}

export function findQuarters(folded: string, ctx: DeadlineContext, standalone: boolean): Candidate[] {
  const out: Candidate[] = [];
  const re = new RegExp(`${NOT_AFTER_LETTER}${MAYBE_CUE}quy${W}${QUARTER}${THEN_YEAR}`, 'g');
  for (const m of matches(re, folded)) {
    if (!bareStands(folded, m, standalone)) continue;
    const quarter = quarterValue(m[2]!);
    if (quarter === null) continue;
    const written = m[3] ?? m[4];
    const year = written ? Number(written) : impliedYear(ctx, quarter * 3);
    if (year !== null && !plausibleYear(year)) continue;
    const due = year === null ? null : isBefore(m[1]) ? dayBefore(firstOfQuarter(year, quarter)) : lastOfQuarter(year, quarter);
    out.push({ start: m.index, end: m.index + m[0].length, fields: fields('quarter', { due, implied: written ? [] : ['year'] }) });
  }
  return out;
}

const ONGOING = String.raw`(\s{0,3},?\s{0,3}va${W}(?:cac|nhung)${W}nam${W}tiep${W}theo)?`;

/** "Chiến lược … đến năm 2030, tầm nhìn đến năm 2045": a horizon in a title, not a deadline. */
const HORIZON_BEFORE = /(?:chien\s{1,3}luoc|quy\s{1,3}hoach|tam\s{1,3}nhin|dinh\s{1,3}huong|giai\s{1,3}doan)[^.;()]{0,50}$/;
const HORIZON_AFTER = /^\s{0,2},?\s{0,2}tam\s{1,3}nhin/;

function isHorizon(folded: string, m: RegExpExecArray): boolean {
  if (!m[1] || !/^den/.test(m[1])) return false;
  const end = m.index + m[0].length;
  return HORIZON_BEFORE.test(folded.slice(Math.max(0, m.index - 60), m.index)) || HORIZON_AFTER.test(folded.slice(end, end + 16));
}

export function findYears(folded: string, standalone: boolean): Candidate[] {
  const out: Candidate[] = [];
  const cued = new RegExp(`${NOT_AFTER_LETTER}${MAYBE_CUE}(?:ca${W})?nam${W}${YEAR}(?!\\s{0,3}(?:-|–|den))${ONGOING}`, 'g');
  // Without a cue, only the open-ended form counts: "năm 2025 và các năm tiếp theo".
  const open = new RegExp(`${NOT_AFTER_LETTER}nam${W}${YEAR}\\s{0,3},?\\s{0,3}va${W}(?:cac|nhung)${W}nam${W}tiep${W}theo`, 'g');
  for (const m of matches(cued, folded)) {
    const year = Number(m[2]);
    if (!plausibleYear(year)) continue;
    const bare = m[1] === undefined && !standalone && !introduced(folded, m.index);
    if (bare || isHorizon(folded, m) || !denStands(folded, m, standalone)) continue;
    const due = isBefore(m[1]) ? `${year - 1}-12-31` : `${year}-12-31`;
    out.push({ start: m.index, end: m.index + m[0].length, fields: fields('year', { due, ongoing: m[3] !== undefined }) });
  }
  for (const m of matches(open, folded)) {
    const year = Number(m[1]);
    // "các mục tiêu … năm 2025 và các năm tiếp theo" names the targets' years; a deadline says it in
    // parentheses, in a remark of its own ("…; thực hiện năm 2025 và …") or after a label.
    const stated = standalone || inParentheses(folded, m.index) || introduced(folded, m.index);
    if (!plausibleYear(year) || !stated) continue;
    out.push({ start: m.index, end: m.index + m[0].length, fields: fields('year', { due: `${year}-12-31`, ongoing: true }) });
  }
  return out;
}
