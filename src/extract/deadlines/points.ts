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
    NOT_AFTER_LETTER,
  SEP,
  TIME,
  W,
  afterLabel,
  dayMonthYear,
  fields,
  impliedYear,
  inParentheses,
  month as monthGroup,
  quarter as quarterGroup,
  quarterValue,
  sentenceInitial,
  thenYear,
  thenYearOf,
  timeOf,
  year as yearGroup,
  type Candidate,
  type Groups,
} from './model.js';
import { spanOf, type DeadlineParser } from './parser.js';

/**
 * "đến năm 2030" inside a sentence is a horizon ("Chiến lược … đến năm 2030",
 * "các chỉ tiêu cần phấn đấu thực hiện đến năm 2030"); it sets a deadline
 * only where deadlines are stated: opening a sentence, in parentheses, or in
 * a deadline cell.
 */
function denStands(folded: string, m: RegExpExecArray, g: Groups, standalone: boolean): boolean {
  if (!g.cue || !/^den/.test(g.cue)) return true;
  return standalone || sentenceInitial(folded, m.index) || inParentheses(folded, m.index);
}

/**
 * Words that make what follows a due point; "trước" means the period before it. Restoration reads a
 * damaged "trong" as the word "trường" ("trường tháng 12/2025"), which no month, quarter or year follows.
 */
const CUE = String.raw`(?<cue>truoc|cham${W}nhat(?:${W}la)?|han${W}chot|den${W}het|den|het|khong${W}qua|trong|truong(?=${W}(?:thang|quy|nam)${W}[\divxl])|cuoi|vao|hoan${W}thanh(?:${W}trong|${W}truoc)?)`;
/** The cue is optional in the patterns; whether a phrase without one counts is decided after (bareStands). */
const MAYBE_CUE = `(?:${CUE}${W})?`;

/**
 * Without a cue word a time counts only in a deadline cell, or in a deadline
 * remark: in parentheses after "hoàn thành" or "thực hiện" ("(Hoàn thành trư
 * ờng Quý III/2025)", where OCR and restoration mangled the "trong"), a
 * "hoàn thành" / "thực hiện" that opens a clause of its own ("…; thực hiện năm
 * 2026 và các năm tiếp theo."), or after a deadline label ("Thời gian: Quý IV/2025").
 */
function bareStands(folded: string, m: RegExpExecArray, g: Groups, standalone: boolean): boolean {
  if (g.cue !== undefined || standalone || introduced(folded, m.index)) return true;
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

const ONGOING = String.raw`(?<ongoing>\s{0,3},?\s{0,3}va${W}(?:cac|nhung)${W}nam${W}tiep${W}theo)?`;

/** "Chiến lược … đến năm 2030, tầm nhìn đến năm 2045": a horizon in a title, not a deadline. */
const HORIZON_BEFORE = /(?:chien\s{1,3}luoc|quy\s{1,3}hoach|tam\s{1,3}nhin|dinh\s{1,3}huong|giai\s{1,3}doan)[^.;()]{0,50}$/;
const HORIZON_AFTER = /^\s{0,2},?\s{0,2}tam\s{1,3}nhin/;

function isHorizon(folded: string, m: RegExpExecArray, g: Groups): boolean {
  if (!g.cue || !/^den/.test(g.cue)) return false;
  const end = m.index + m[0].length;
  return HORIZON_BEFORE.test(folded.slice(Math.max(0, m.index - 60), m.index)) || HORIZON_AFTER.test(folded.slice(end, end + 16));
}

/**
 * "Báo cáo tổng kết thực hiện Kế hoạch (năm 2035)": a parenthesis holding a year and nothing else
 * after a task says when it is due. A law's or a term's year is written otherwise ("Luật … năm 2020").
 */
function yearAlone(folded: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  if (!/\(\s{0,2}$/u.test(folded.slice(Math.max(0, m.index - 3), m.index)) || !/^\s{0,2}\)/u.test(folded.slice(end, end + 3))) return false;
  // "Luật Đầu tư (năm 2020)", "Hiến pháp (năm 2013)": the year a law was passed.
  return !/(?:luat|hien phap|dieu le|nghi quyet|nghi dinh)[^.;:()]{0,60}\(\s{0,2}$/u.test(folded.slice(Math.max(0, m.index - 80), m.index));
}

/** "định kỳ" earlier in the clause: a day and month without a year then recur every year. */
const PERIODIC_BEFORE = /dinh\s{1,3}ky[^.;:()]{0,80}$/u;

/** Deadlines at one point of the calendar, in the order their candidates are proposed. */
export const POINT_PARSERS: readonly DeadlineParser[] = [
  {
    name: 'date',
    pattern: new RegExp(
      `${NOT_AFTER_LETTER}${MAYBE_CUE}${TIME}(?:(?:ngay|ngiy)${W})?(?:${dayMonthYear('')}|(?<shortDay>\\d{1,2})${SEP}(?<shortMonth>\\d{1,2})(?![\\d/-]|\\.\\d))`,
      'g',
    ),
    extract(m, g, { folded, ctx, standalone }) {
      if (!bareStands(folded, m, g, standalone)) return null;
      // "trong/vào ngày …" tells when something happens, not by when.
      if (g.cue && /^(trong|vao|cuoi)$/.test(g.cue)) return null;
      const time = timeOf(g.hour, g.minute);
      if (g.Year) {
        const due = dateOf(Number(g.Day), Number(g.Month), Number(g.Year));
        return due ? { ...spanOf(m), fields: fields('date', { due, time }) } : null;
      }
      if (!g.cue) return null;
      // "định kỳ báo cáo … trước ngày 20/11": a day of every year, not of this one.
      if (PERIODIC_BEFORE.test(folded.slice(Math.max(0, m.index - 90), m.index))) return { ...spanOf(m), fields: fields('recurring', { recurrence: 'yearly' }) };
      // "trước ngày 15/8": the year is the document's.
      const [day, month] = [Number(g.shortDay), Number(g.shortMonth)];
      const year = impliedYear(ctx, month);
      const due = year === null ? null : dateOf(day, month, year);
      return year === null || due !== null ? { ...spanOf(m), fields: fields('date', { due, time, implied: ['year'] }) } : null;
    },
  },
  {
    // "vào tháng 4 và tháng 8 năm 2026", "trong tháng 6, tháng 12 năm 2025": months that share the year
    // written after the last; each is a deadline of its own.
    name: 'months sharing a year',
    pattern: new RegExp(
      `${NOT_AFTER_LETTER}${MAYBE_CUE}thang${W}\\d{1,2}(?:\\s{0,2}(?:,|va)\\s{0,2}thang${W}\\d{1,2}){1,5}${W}nam${W}${yearGroup('year')}`,
      'g',
    ),
    extract(m, g, { folded, standalone }) {
      if (!bareStands(folded, m, g, standalone)) return null;
      const year = Number(g.year);
      if (!plausibleYear(year)) return null;
      const out: Candidate[] = [];
      const each = /thang\s{1,3}(\d{1,2})/g;
      for (let e = each.exec(m[0]); e !== null; e = each.exec(m[0])) {
        const month = Number(e[1]);
        if (month < 1 || month > 12) return null;
        const start = out.length === 0 ? m.index : m.index + e.index;
        const due = isBefore(g.cue) && out.length === 0 ? dayBefore(firstOfMonth(year, month)) : lastOfMonth(year, month);
        out.push({ start, end: m.index + e.index + e[0].length, fields: fields('month', { due }) });
      }
      // The last month holds the year.
      out[out.length - 1]!.end = m.index + m[0].length;
      return out;
    },
  },
  {
    name: 'month',
    pattern: new RegExp(`${NOT_AFTER_LETTER}${MAYBE_CUE}(?:cac${W})?thang${W}${monthGroup('month')}${thenYear('year')}(?!\\s{0,2}[-,]\\s{0,2}\\d)`, 'g'),
    extract(m, g, { folded, ctx, standalone }) {
      if (!bareStands(folded, m, g, standalone)) return null;
      const month = Number(g.month);
      if (month < 1 || month > 12) return null;
      const written = thenYearOf(g, 'year');
      const year = written ? Number(written) : impliedYear(ctx, month);
      if (year !== null && !plausibleYear(year)) return null;
      const due = year === null ? null : isBefore(g.cue) ? dayBefore(firstOfMonth(year, month)) : lastOfMonth(year, month);
      return { ...spanOf(m), fields: fields('month', { due, implied: written ? [] : ['year'] }) };
    },
  },
  {
    name: 'quarter',
    pattern: new RegExp(`${NOT_AFTER_LETTER}${MAYBE_CUE}quy${W}${quarterGroup('quarter')}${thenYear('year')}`, 'g'),
    extract(m, g, { folded, ctx, standalone }) {
      if (!bareStands(folded, m, g, standalone)) return null;
      const quarter = quarterValue(g.quarter!);
      if (quarter === null) return null;
      const written = thenYearOf(g, 'year');
      const year = written ? Number(written) : impliedYear(ctx, quarter * 3);
      if (year !== null && !plausibleYear(year)) return null;
      const due = year === null ? null : isBefore(g.cue) ? dayBefore(firstOfQuarter(year, quarter)) : lastOfQuarter(year, quarter);
      return { ...spanOf(m), fields: fields('quarter', { due, implied: written ? [] : ['year'] }) };
    },
  },
  {
    name: 'year',
    pattern: new RegExp(`${NOT_AFTER_LETTER}${MAYBE_CUE}(?:ca${W})?nam${W}${yearGroup('year')}(?!\\s{0,3}(?:-|–|den))${ONGOING}`, 'g'),
    extract(m, g, { folded, standalone }) {
      const year = Number(g.year);
      if (!plausibleYear(year)) return null;
      const bare = g.cue === undefined && !standalone && !introduced(folded, m.index) && !yearAlone(folded, m);
      if (bare || isHorizon(folded, m, g) || !denStands(folded, m, g, standalone)) return null;
      const due = isBefore(g.cue) ? `${year - 1}-12-31` : `${year}-12-31`;
      return { ...spanOf(m), fields: fields('year', { due, ongoing: g.ongoing !== undefined }) };
    },
  },
  {
    // A deadline cell that holds a year and nothing else ("2026").
    name: 'bare year in a cell',
    pattern: /^\s{0,3}(?<year>\d{4})\s{0,3}[.;]?\s{0,3}$/g,
    extract(m, g, { standalone }) {
      const year = Number(g.year);
      if (!standalone || !plausibleYear(year)) return null;
      return { ...spanOf(m), fields: fields('year', { due: `${year}-12-31` }) };
    },
  },
  {
    // Without a cue, only the open-ended form counts: "năm 2025 và các năm tiếp theo".
    name: 'year onwards',
    pattern: new RegExp(`${NOT_AFTER_LETTER}nam${W}${yearGroup('year')}\\s{0,3},?\\s{0,3}va${W}(?:cac|nhung)${W}nam${W}tiep${W}theo`, 'g'),
    extract(m, g, { folded, standalone }) {
      const year = Number(g.year);
      // "các mục tiêu … năm 2025 và các năm tiếp theo" names the targets' years; a deadline says it in
      // parentheses, in a remark of its own ("…; thực hiện năm 2025 và …") or after a label.
      const stated = standalone || inParentheses(folded, m.index) || introduced(folded, m.index);
      if (!plausibleYear(year) || !stated) return null;
      return { ...spanOf(m), fields: fields('year', { due: `${year}-12-31`, ongoing: true }) };
    },
  },
];
