/**
 * Deadlines that hang on an event. Relative ones count from it ("Chậm nhất
 * 07 ngày làm việc kể từ ngày bế mạc đại hội"); conditional ones wait for it
 * ("Sau khi có hướng dẫn của Trung ương", "ngay sau khi Trung ương ban
 * hành…", "Sau đại hội XIV của Đảng", and in a deadline cell "Theo Kế hoạch
 * của Bộ Chính trị"), or come as needed ("(khi cần thiết)", "nếu cần", "báo cáo
 * đột xuất"). The anchor is the event's words, up to the end of the clause.
 */
import { NOT_AFTER_LETTER, W, afterLabel, fields, inParentheses } from './model.js';
import type { DeadlineParser } from './parser.js';

const MAX_ANCHOR = 200;
/** "để …", "nhằm …": the purpose that follows the event is not part of it. */
const PURPOSE = /^\s(?:de|nham)\s/;
/** A comma followed by one of these starts a new clause, not more of the anchor. */
const CLAUSE = /^,\s{0,2}(?:hoan\s{1,3}thanh|thuc\s{1,3}hien|dong\s{1,3}thoi|trong\s{1,3}do|de\s)/;

/**
 * Where the anchor that starts at `from` ends: the clause's end, without
 * trailing spaces. A sentence-initial "Sau khi X, …" ends at its first comma;
 * inside parentheses commas belong to the anchor ("các Quy định về chức năng,
 * nhiệm vụ…").
 */
export function anchorEnd(folded: string, from: number, stopAtComma = false, until = folded.length): number {
  const limit = Math.min(folded.length, until, from + MAX_ANCHOR);
  let end = limit;
  for (let i = from; i < limit; i++) {
    const c = folded[i]!;
    if (c === ';' || c === ')' || c === '(' || c === '\n') {
      end = i;
      break;
    }
    if (c === '.' && !/\d/.test(folded[i + 1] ?? '') && folded.slice(i, i + 3) !== '...') {
      end = i;
      break;
    }
    if (c === ',' && (stopAtComma || CLAUSE.test(folded.slice(i, i + 16)))) {
      end = i;
      break;
    }
    if (c === ' ' && PURPOSE.test(folded.slice(i, i + 6))) {
      end = i;
      break;
    }
  }
  while (end > from && /[\s,:…]/.test(folded[end - 1]!)) end--;
  return end;
}

const LEAD_VERB = /(?:thuc\s{1,3}hien|hoan\s{1,3}thanh|trien\s{1,3}khai)\s{1,3}$/;
/** Events whose coming is a condition wherever "khi có" names them ("… báo cáo khi có yêu cầu"). */
const EVENT_NOUN = /^\s{0,3}(?:yeu\s{1,3}cau|chi\s{1,3}dao|huong\s{1,3}dan|van\s{1,3}ban|quyet\s{1,3}dinh|quy\s{1,3}dinh|ke\s{1,3}hoach)(?![a-z])/;

/**
 * What a bare "khi" waits for wherever it stands: a review that closes the work ("khi tổng kết Đợt thi
 * đua"), or an authority issuing or guiding ("khi Chính phủ và các Bộ, ngành ban hành các văn bản …").
 */
const UPON = String.raw`(?:tong${W}ket|so${W}ket)(?![a-z])|(?:chinh${W}phu|trung${W}uong|quoc${W}hoi|thu${W}tuong|bo${W}chinh${W}tri|ban${W}bi${W}thu|(?:cap|co${W}quan)${W}co${W}tham${W}quyen)(?![a-z])[^.;()]{0,50}?(?:ban${W}hanh|huong${W}dan|sua${W}doi)(?![a-z])`;

/** A list of periods ("hằng năm", "hằng tháng, quý, 6 tháng", "thường xuyên") that "và đột xuất" closes. */
const PERIODS_BEFORE = /(?:hang\s{1,3}(?:ngay|tuan|thang|quy|nam)|thuong\s{1,3}xuyen)[^.;:()]{0,50}(?:,|\sva)\s{1,3}$/;

/** An event that is the document taking effect ("có hiệu lực", "Nghị quyết này có hiệu lực thi hành"). */
const TAKES_EFFECT = /^\s{0,3}(?:[a-z]{1,8}\s{1,3}){0,4}co\s{1,3}hieu\s{1,3}luc(?![a-z])/;

/** "07", "24-48", "07 (bảy)": a count of units, the later bound of a span in `upTo`. */
const COUNT = String.raw`(?<count>\d{1,3})(?:\s{0,2}[-–]\s{0,2}(?<upTo>\d{1,3}))?(?:\s{0,2}\([a-z ]{2,24}\))?`;

/** Deadlines that hang on an event: their candidates run to the anchor's end, and are clipped against the calendar's. */
export const EVENT_PARSERS: readonly DeadlineParser[] = [
  {
    name: 'relative',
    // The count may be a span ("24-48 giờ": the later bound is the limit) or be spelt out too ("07 (bảy) ngày").
    // "chậm nhất (sau)", "sau (tối đa)", "trong (vòng / thời hạn)"; the anchor may follow a comma ("…
    // ngày làm việc, kể từ …"), and a limit stated as one ("trong thời hạn 03 ngày làm việc", "chậm
    // nhất 05 ngày") runs from the document itself when no anchor follows.
    pattern: new RegExp(
      `${NOT_AFTER_LETTER}(?<pre>cham${W}nhat(?:${W}la)?(?:${W}sau)?|sau(?:${W}toi${W}da)?|toi${W}da|trong(?:${W}(?:vong|thoi${W}han|thoi${W}gian))?(?:${W}(?:khong${W}qua|toi${W}da))?|khong${W}qua)${W}${COUNT}${W}` +
        `(?<unit>ngay(?<working>${W}lam${W}viec)?|tuan|thang|gio)(?:(?<link>\\s{0,2},?${W}(?:ke${W}tu|tinh${W}tu|tu|sau${W}khi|sau)${W})|(?![a-z]))`,
      'g',
    ),
    cellPattern: new RegExp(
      `${NOT_AFTER_LETTER}(?:(?:cham${W}nhat(?:${W}la)?|trong(?:${W}(?:vong|thoi${W}han))?|sau)${W})?${COUNT}${W}` +
        `(?<unit>ngay(?<working>${W}lam${W}viec)?|tuan|thang|gio)(?<link>\\s{0,2},?${W}(?:ke${W}tu|tinh${W}tu|tu|sau${W}khi|sau)${W})`,
      'g',
    ),
    extract(m, g, { folded }) {
      // "có hiệu lực sau 45 ngày kể từ ngày ký" says when the document takes effect, not when work is due.
      if (/hieu\s{1,3}luc(?:\s{1,3}thi\s{1,3}hanh)?\s{1,3}$/.test(folded.slice(Math.max(0, m.index - 24), m.index))) return null;
      const n = Number(g.upTo ?? g.count);
      const unit = g.unit!;
      const offset = unit.startsWith('ngay')
        ? { days: n, ...(g.working ? { workingDays: true } : {}) }
        : unit === 'tuan'
          ? { days: n * 7 }
          : unit === 'gio'
            ? { days: Math.ceil(n / 24) }
            : { months: n };
      if (g.link === undefined) {
        // No anchor: a limit only where it is stated as one, counted from the document.
        if (!/thoi\s{1,3}han|cham|toi\s{1,3}da/.test(g.pre ?? '')) return null;
        // "chậm nhất 10 ngày trước khi khai mạc" counts back from an event: no limit from the document.
        if (/^\s{1,3}truoc/.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 8))) return null;
        return { start: m.index, end: m.index + m[0].length, fields: fields('relative', { offset }) };
      }
      const anchorAt = m.index + m[0].length;
      const end = anchorEnd(folded, anchorAt);
      return end <= anchorAt ? null : { start: m.index, end, anchorAt, fields: fields('relative', { offset }) };
    },
  },
  {
    name: 'conditional',
    pattern: new RegExp(
      `${NOT_AFTER_LETTER}(?:(?<soon>ngay${W})?sau${W}khi|ngay${W}khi|(?<when>khi)${W}(?=co${W})|(?<upon>khi)${W}(?=${UPON})|sau${W}(?=dai${W}hoi|hoi${W}nghi|bau${W}cu)|(?<theo>theo)${W})`,
      'g',
    ),
    extract(m, g, { folded, standalone }) {
      const at = m.index;
      // After a full stop, not an ellipsis ("thi công,... sau khi" runs on).
      const sentenceStart = at === 0 || /(?:^|[^.,])[.;:]\s{0,3}$|^\s{0,3}-\s{0,2}$/.test(folded.slice(Math.max(0, at - 5), at));
      const bareKhi = g.when !== undefined;
      // "(cho) đến khi kết thúc …" ends a range, it sets no condition.
      if (g.upon !== undefined && /(?:den|toi)\s{1,3}$/.test(folded.slice(Math.max(0, at - 6), at))) return null;
      // "Theo yêu cầu …" is when only where a time is due: a deadline cell, or after "Thời gian: …".
      if (g.theo !== undefined && !(standalone && at === 0) && !afterLabel(folded, at)) return null;
      if (!standalone) {
        const before = folded.slice(Math.max(0, at - 24), at);
        const ok =
          g.theo !== undefined ||
          inParentheses(folded, at) ||
          LEAD_VERB.test(before) ||
          (sentenceStart && !bareKhi && /^sau/.test(m[0])) ||
          // "ngay sau khi …" (as soon as) times what it follows wherever it stands.
          g.soon !== undefined ||
          g.upon !== undefined ||
          (bareKhi && EVENT_NOUN.test(folded.slice(at + m[0].length + 2, at + m[0].length + 24)));
        if (!ok) return null;
      }
      const anchorAt = at + m[0].length;
      // "ngay khi (Nghị quyết) có hiệu lực thi hành": when the document takes effect, not a time to act.
      if (TAKES_EFFECT.test(folded.slice(anchorAt, anchorAt + 60))) return null;
      const stopAtComma = !standalone && sentenceStart && !inParentheses(folded, at);
      const end = anchorEnd(folded, anchorAt, stopAtComma);
      return end <= anchorAt ? null : { start: at, end, anchorAt, stopAtComma, fields: fields('conditional') };
    },
  },
  {
    // Work done as the need arises: the phrase is its own event.
    name: 'as needed',
    // "(Trong) trường hợp cần thiết, …" too.
    pattern: new RegExp(`${NOT_AFTER_LETTER}(?:(?:khi|neu|truong${W}hop)${W}can(?:${W}thiet)?|(?<adHoc>dot${W}xuat))(?![a-z])`, 'g'),
    extract(m, g, { folded }) {
      // "Đột xuất" times a report or stands against "định kỳ"; "kiểm tra đột xuất" is a kind of inspection.
      if (g.adHoc !== undefined) {
        const before = folded.slice(Math.max(0, m.index - 24), m.index);
        const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 16);
        // "đột xuất khi có yêu cầu": the event the "khi" names is the one condition.
        if (/^\s{1,3}khi\s/.test(after)) return null;
        // "hằng tháng, quý, 6 tháng và đột xuất", "thường xuyên và đột xuất": the last of a list of times.
        const listed = PERIODS_BEFORE.test(folded.slice(Math.max(0, m.index - 70), m.index));
        if (!/dinh\s{1,3}ky|bao\s{1,3}cao/.test(before) && !listed && !/^\s{1,3}(?:theo|neu)\s/.test(after)) return null;
      }
      return { start: m.index, end: m.index + m[0].length, anchorAt: m.index, fields: fields('conditional') };
    },
  },
];
