/**
 * Work that never finishes or comes back: "Thường xuyên", "(nhiệm vụ thường
 * xuyên)", "…; thực hiện thường xuyên.", "Hằng tháng", "Hằng tuần, hằng tháng",
 * "Hàng tháng, quý", "…; hằng năm báo cáo", and the
 * weekly report "trước 15 giờ, ngày thứ 3 hằng tuần" with its day and time.
 */
import type { Recurrence } from '../../types.js';
import { NOT_AFTER_LETTER, W, afterLabel, fields, inParentheses, matches, sentenceInitial, type Candidate } from './model.js';

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
/** "trước ngày 15/12 hằng năm": a day of every year. */
const DAY_EVERY_YEAR = new RegExp(`${NOT_AFTER_LETTER}(?:(?:truoc|den|vao|cham${W}nhat)${W})?ngay${W}\\d{1,2}\\s{0,2}/\\s{0,2}\\d{1,2}${W}(?:hang|hàng)${W}nam(?![a-z])`, 'g');

export function findRecurring(folded: string, standalone: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(DAY_EVERY_YEAR, folded)) {
    out.push({ start: m.index, end: m.index + m[0].length, fields: fields('recurring', { recurrence: 'yearly' }) });
  }

  // In running text "thường xuyên" is mostly an adverb ("giám sát thường xuyên", "nắm tình hình thực
  // hiện thường xuyên"); as a deadline it stands in a deadline remark in parentheses ("(Thực hiện
  // thường xuyên)"), in "nhiệm vụ thường xuyên", or as a remark that is a whole clause ("…; thực
  // hiện thường xuyên.", "Thực hiện thường xuyên.").
  const continuous = standalone
    ? new RegExp(`${NOT_AFTER_LETTER}thuong${W}xuyen`, 'g')
    : new RegExp(`${NOT_AFTER_LETTER}(?:(nhiem${W}vu${W})|(thuc${W}hien${W})?)thuong${W}xuyen`, 'g');
  for (const m of matches(continuous, folded)) {
    const clause = m[2] !== undefined && sentenceInitial(folded, m.index) && CLAUSE_END.test(folded.slice(m.index + m[0].length));
    const start = m[1] !== undefined ? m.index : m.index + m[0].lastIndexOf('thuong');
    // Opening its sentence it says when the whole task runs ("Thường xuyên rà soát, …"); inside one it is an adverb.
    const opens = m[2] === undefined && /(?:^|[.]\s{1,3}|^\s{0,3}[-+]\s{0,2})$/u.test(folded.slice(Math.max(0, start - 6), start));
    if (!standalone && m[1] === undefined && !clause && !opens && !inParentheses(folded, m.index) && !afterLabel(folded, start)) continue;
    out.push({ start, end: m.index + m[0].length, fields: fields('recurring', { recurrence: 'continuous' }) });
  }

  const weekly = new RegExp(
    `${NOT_AFTER_LETTER}(?:(\\d{1,2})\\s{0,2}(?:gio|h)(?:\\s{0,2}(\\d{2})(?:\\s{0,2}phut)?)?\\s{0,2},?\\s{0,3})?` +
      `(?:(?:vao${W})?(?:cac${W})?ngay${W})?(?:thu${W}([2-7]|hai|ba|tu|nam|sau|bay)|(chu${W}nhat))${W}hang${W}tuan`,
    'g',
  );
  for (const m of matches(weekly, folded)) {
    const day = weekday((m[3] ?? m[4] ?? '').replace(/\s+/g, ' '));
    const hour = m[1] ? Number(m[1]) : null;
    const time = hour !== null && hour < 24 ? `${String(hour).padStart(2, '0')}:${m[2] ?? '00'}` : null;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      fields: fields('recurring', { recurrence: 'weekly', dayOfWeek: day, time }),
    });
  }

  // "hằng ngày" and "hằng năm" describe habits as often as deadlines ("kế hoạch hằng năm"); in running
  // text they need "định kỳ", or to open the clause ("…; hằng năm báo cáo kết quả").
  const every = new RegExp(
    `${NOT_AFTER_LETTER}(?:(dinh${W}ky${W})hang${W}(ngay|tuan|thang|quy|nam)|hang${W}(ngay|tuan|thang|quy|nam))(?![a-z])`,
    'g',
  );
  const more = /^\s{0,2}(?:,|va)\s{0,2}(?:hang\s{1,3})?(ngay|tuan|thang|quy|nam)(?![a-z])/;
  for (const m of matches(every, folded)) {
    // "phí hội viên hàng tháng", "lương hằng tháng": what is paid each month, not work due.
    if (PAID.test(folded.slice(Math.max(0, m.index - 24), m.index))) continue;
    // A report made every year ("… báo cáo kết quả thực hiện hằng năm") is due yearly; a plan made
    // every year ("kế hoạch hằng năm") is not a deadline.
    const reported = REPORT_BEFORE.test(folded.slice(Math.max(0, m.index - 80), m.index));
    if (!standalone && (m[3] === 'ngay' || m[3] === 'nam') && !sentenceInitial(folded, m.index) && !reported && !afterLabel(folded, m.index)) continue;
    const unit = (m[2] ?? m[3])!;
    let end = m.index + m[0].length;
    out.push({ start: m.index, end, fields: fields('recurring', { recurrence: UNITS[unit]! }) });
    // "Hàng tháng, quý": the second unit shares the first's "hằng".
    for (let k = 0; k < 4; k++) {
      const next = more.exec(folded.slice(end, end + 24));
      if (!next) break;
      const unitAt = end + next[0].lastIndexOf(next[1]!);
      const nextEnd = end + next[0].length;
      out.push({ start: unitAt, end: nextEnd, fields: fields('recurring', { recurrence: UNITS[next[1]!]! }) });
      end = nextEnd;
    }
  }
  return out;
}
