/**
 * Work that never finishes or comes back: "Thường xuyên", "(nhiệm vụ thường
 * xuyên)", "…; thực hiện thường xuyên.", "Hằng tháng", "Hằng tuần, hằng tháng",
 * "Hàng tháng, quý", "…; hằng năm báo cáo", and the
 * weekly report "trước 15 giờ, ngày thứ 3 hằng tuần" with its day and time.
 */
import type { Recurrence } from '../../types.js';
import { NOT_AFTER_LETTER, W, afterLabel, fields, inParentheses, sentenceInitial, type Candidate } from './model.js';
import type { DeadlineParser } from './parser.js';
import { TIME_UNITS } from '../../vi/deadline-words.js';

const UNIT = TIME_UNITS.join('|');

/** What may follow a remark that is a clause of its own: the clause's end. */
const CLAUSE_END = /^\s{0,2}(?:[.;)]|$)/;

const UNITS: Record<string, Recurrence> = {
  ngay: 'daily',
  tuan: 'weekly',
  thang: 'monthly',
  quy: 'quarterly',
  nam: 'yearly',
};

/** "thứ 2" … "thứ 7" (or spelled), "chủ nhật": 1 = Monday … 7 = Sunday. */
const WEEKDAYS: Record<string, number> = { hai: 1, ba: 2, tu: 3, nam: 4, sau: 5, bay: 6 };

function weekday(word: string): number | null {
  if (word === 'chu nhat') return 7;
  if (/^[2-7]$/.test(word)) return Number(word) - 1;
  return WEEKDAYS[word] ?? null;
}

/** A sum paid, just before a recurrence: "phí hội viên", "lương", "phụ cấp". */
const PAID = /(?:^|\s)(?:phi|le phi|hoi phi|luong|phu cap|tro cap)(?:\s+[a-z]+){0,2}\s{1,3}$/u;

/** A reporting verb earlier in the same clause. */
const REPORT_BEFORE = /bao\s{1,3}cao[^.;()]{0,70}$/;
const recurring = (start: number, end: number, extra: Partial<Candidate['fields']>): Candidate => ({ start, end, fields: fields('recurring', extra) });

/** "Hàng tháng, quý": a second unit that shares the first's "hằng". */
const MORE = new RegExp(`^\\s{0,2}(?:,|va)\\s{0,2}(?:hang\\s{1,3})?(${UNIT})(?![a-z])`);

/** What bounds a recurrence right after it: "(, liên tục) trong năm 2025", ", đến hết năm 2025". */
export const UNTIL = /^\s{0,2},?\s{0,2}(?:lien\s{1,3}tuc\s{0,2},?\s{0,2})?(?:trong|den\s{1,3}het|den)\s{1,3}(?:nam|thang|quy|ngay)\s{1,3}\d/;

const AND_AD_HOC = /^\s{0,2},?\s{0,2}va\s{1,3}dot\s{1,3}xuat(?![a-z])/;

/** "đối với báo cáo quý, 6 tháng …", "(kỳ) báo cáo tháng": the report a day of the next month is for. */
const REPORT_OF = /^[^.;]{0,90}?doi\s{1,3}voi\s{1,3}(?:cac\s{1,3})?bao\s{1,3}cao\s{1,3}(?<unit>thang|quy|nam|6\s{1,3}thang|06\s{1,3}thang)(?![a-z])/;

/** Work that never finishes or comes back, in the order their candidates are proposed. */
export const RECURRING_PARSERS: readonly DeadlineParser[] = [
  {
    // "trước ngày 05 của tháng tiếp theo (sau tháng kỳ báo cáo) đối với báo cáo tháng": a day after every
    // period, as often as the report it is for comes (a month's by default; "báo cáo quý, 6 tháng" quarterly).
    name: 'day of the next month',
    pattern: new RegExp(`${NOT_AFTER_LETTER}(?:truoc|cham${W}nhat(?:${W}la)?|vao)${W}ngay${W}\\d{1,2}${W}(?:cua${W})?thang${W}(?:tiep${W}theo|ke${W}tiep|lien${W}ke|sau${W}ky${W}bao${W}cao)`, 'g'),
    extract(m, _g, { folded }) {
      const end = m.index + m[0].length;
      const unit = REPORT_OF.exec(folded.slice(end, end + 140))?.groups?.unit;
      const recurrence: Recurrence = unit === undefined || unit === 'thang' ? 'monthly' : unit === 'nam' ? 'yearly' : 'quarterly';
      return recurring(m.index, end, { recurrence });
    },
  },
  {
    // "vào tuần cuối cùng của tháng thứ 3 trong quý", "tháng cuối quý", "tháng đầu của mỗi quý": a time in
    // every quarter. A quarter named by its numeral ("quý III") is one quarter, not every one.
    name: 'month of every quarter',
    pattern: new RegExp(
      `${NOT_AFTER_LETTER}(?:(?:vao${W})?(?:tuan|ngay${W}\\d{1,2})${W}(?:cuoi(?:${W}cung)?${W}|dau${W}(?:tien${W})?)?(?:cua${W})?)?thang${W}(?:thu${W}(?:[1-3]|nhat|hai|ba)|cuoi(?:${W}cung)?|dau(?:${W}tien)?)${W}(?:cua${W}|trong${W})?(?:moi${W}|cac${W})?quy(?![a-z])(?!${W}(?:[ivxl1-4]{1,4})(?![a-z]))`,
      'g',
    ),
    extract: (m) => recurring(m.index, m.index + m[0].length, { recurrence: 'quarterly' }),
  },
  {
    // "trước ngày 15/12 hằng năm": a day of every year.
    name: 'day of every year',
    pattern: new RegExp(`${NOT_AFTER_LETTER}(?:(?:truoc|den|vao|cham${W}nhat)${W})?ngay${W}\\d{1,2}\\s{0,2}/\\s{0,2}\\d{1,2}${W}(?:hang|hàng)${W}nam(?![a-z])`, 'g'),
    extract: (m) => recurring(m.index, m.index + m[0].length, { recurrence: 'yearly' }),
  },
  {
    // "tháng 12 hằng năm", "Hội nghị tháng 3, tháng 6, tháng 9 và tháng 11 hằng năm": months of
    // every year; one a year is yearly, four (one a quarter) quarterly.
    name: 'months of every year',
    pattern: new RegExp(
      `${NOT_AFTER_LETTER}thang${W}(?<first>\\d{1,2})(?<more>(?:\\s{0,2}(?:,|va)\\s{0,2}(?:thang${W})?\\d{1,2}){0,11})${W}(?:hang|hàng)${W}nam(?![a-z])`,
      'g',
    ),
    extract(m, g) {
      const months = [g.first!, ...(g.more!.match(/\d{1,2}/g) ?? [])].map(Number);
      if (months.some((n) => n < 1 || n > 12)) return null;
      return recurring(m.index, m.index + m[0].length, { recurrence: months.length >= 4 ? 'quarterly' : 'yearly' });
    },
  },
  {
    // In running text "thường xuyên" is mostly an adverb ("giám sát thường xuyên", "nắm tình hình thực
    // hiện thường xuyên"); as a deadline it stands in a deadline remark in parentheses ("(Thực hiện
    // thường xuyên)"), in "nhiệm vụ thường xuyên", or as a remark that is a whole clause ("…; thực
    // hiện thường xuyên.", "Thực hiện thường xuyên.").
    name: 'continuous',
    pattern: new RegExp(`${NOT_AFTER_LETTER}(?:(?<task>nhiem${W}vu${W})|(?<remark>thuc${W}hien${W})?)thuong${W}xuyen`, 'g'),
    cellPattern: new RegExp(`${NOT_AFTER_LETTER}thuong${W}xuyen`, 'g'),
    extract(m, g, { folded, standalone }) {
      const clause = g.remark !== undefined && sentenceInitial(folded, m.index) && CLAUSE_END.test(folded.slice(m.index + m[0].length));
      const start = g.task !== undefined ? m.index : m.index + m[0].lastIndexOf('thuong');
      // Opening its sentence it says when the whole task runs ("Thường xuyên rà soát, …"); inside one it is an adverb.
      const opens = g.remark === undefined && /(?:^|[.]\s{1,3}|^\s{0,3}[-+]\s{0,2})$/u.test(folded.slice(Math.max(0, start - 6), start));
      // "thường xuyên, liên tục trong năm 2025": how long it goes on follows, so it is a time too.
      const bounded = UNTIL.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 40));
      if (!standalone && g.task === undefined && !clause && !opens && !bounded && !inParentheses(folded, m.index) && !afterLabel(folded, start)) return null;
      return recurring(start, m.index + m[0].length, { recurrence: 'continuous' });
    },
  },
  {
    // "trước 15 giờ, ngày thứ 3 hằng tuần": the weekly report, with its day and time.
    name: 'weekly',
    pattern: new RegExp(
      `${NOT_AFTER_LETTER}(?:(?<hour>\\d{1,2})\\s{0,2}(?:gio|h)(?:\\s{0,2}(?<minute>\\d{2})(?:\\s{0,2}phut)?)?\\s{0,2},?\\s{0,3})?` +
        `(?:(?:vao${W})?(?:cac${W})?ngay${W})?(?:thu${W}(?<weekday>[2-7]|hai|ba|tu|nam|sau|bay)|(?<sunday>chu${W}nhat))${W}hang${W}tuan`,
      'g',
    ),
    extract(m, g) {
      const day = weekday((g.weekday ?? g.sunday ?? '').replace(/\s+/g, ' '));
      const hour = g.hour ? Number(g.hour) : null;
      const time = hour !== null && hour < 24 ? `${String(hour).padStart(2, '0')}:${g.minute ?? '00'}` : null;
      return recurring(m.index, m.index + m[0].length, { recurrence: 'weekly', dayOfWeek: day, time });
    },
  },
  {
    // "hằng ngày" and "hằng năm" describe habits as often as deadlines ("kế hoạch hằng năm"); in running
    // text they need "định kỳ", or to open the clause ("…; hằng năm báo cáo kết quả").
    name: 'every unit',
    pattern: new RegExp(`${NOT_AFTER_LETTER}(?:(?<periodic>dinh${W}ky${W})hang${W}(?<periodicUnit>${UNIT})|hang${W}(?<unit>${UNIT}))(?![a-z])`, 'g'),
    extract(m, g, { folded, standalone }) {
      // "phí hội viên hàng tháng", "lương hằng tháng": what is paid each month, not work due.
      if (PAID.test(folded.slice(Math.max(0, m.index - 24), m.index))) return null;
      // A report made every year ("… báo cáo kết quả thực hiện hằng năm") is due yearly; a plan made
      // every year ("kế hoạch hằng năm") is not a deadline.
      const reported = REPORT_BEFORE.test(folded.slice(Math.max(0, m.index - 80), m.index));
      // "… hằng năm và đột xuất": as often as stated and as needed, both times of the work.
      const adHoc = AND_AD_HOC.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 16));
      if (!standalone && (g.unit === 'ngay' || g.unit === 'nam') && !sentenceInitial(folded, m.index) && !reported && !adHoc && !afterLabel(folded, m.index)) return null;
      let end = m.index + m[0].length;
      const out = [recurring(m.index, end, { recurrence: UNITS[(g.periodicUnit ?? g.unit)!]! })];
      for (let k = 0; k < 4; k++) {
        const next = MORE.exec(folded.slice(end, end + 24));
        if (!next) break;
        const nextEnd = end + next[0].length;
        out.push(recurring(end + next[0].lastIndexOf(next[1]!), nextEnd, { recurrence: UNITS[next[1]!]! }));
        end = nextEnd;
      }
      return out;
    },
  },
];
