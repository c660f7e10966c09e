/**
 * The words around a document symbol: before it, the type words and "số"
 * ("Kết luận số", "Quyết định của Bộ Chính trị số"); after it, the date
 * ("ngày 08/4/2025", ", ngày 08-4-2025", "ngày 08 tháng 4 năm 2025") and the
 * issuing body ("của Bộ Chính trị, Ban Bí thư"). All matching is on folded
 * text (fold.ts) within a bounded window, so each symbol costs constant time.
 */
import { dateOf } from '../calendar.js';
import type { SyllableCounts } from '../../dict/index.js';
import { cueText, vocabulary, type CueText } from '../text/cues.js';

/** Words of reference contexts that damaged words may be read as ("ctia" → "cua", "ngiy" → "ngay"). */
export const REFERENCE_CUES = vocabulary([
  'so', 'ngay', 'thang', 'nam', 'cua', 'ke', 'hoach', 'ket', 'luan', 'nghi', 'quyet', 'quy', 'dinh', 'chi', 'thi',
  'thong', 'bao', 'cao', 'cong', 'van', 'huong', 'dan', 'to', 'trinh', 'chuong', 'hanh', 'dong', 'khoa', 'ban',
  'da', 'dai', 'hoi', 'bieu', 'toan', 'quoc', 'dang', 'bo', 'tinh', 'lan', 'thu', 'trung', 'uong', 'chap',
  // Spelled ordinals ("lần thứ sáu").
  'nhat', 'hai', 'ba', 'bon', 'sau', 'bay', 'tam', 'chin', 'muoi', 'mot', 'lam',
]);

/** Folded type words, longest first, with the type they name. */
export const TYPE_WORDS: ReadonlyArray<[string, string]> = [
  ['chuong trinh hanh dong', 'Chương trình hành động'],
  ['ke hoach hanh dong', 'Kế hoạch'],
  ['thong bao ket luan', 'Thông báo'],
  ['nghi quyet lien tich', 'Nghị quyết liên tịch'],
  ['thong tu lien tich', 'Thông tư liên tịch'],
  ['ke hoach', 'Kế hoạch'],
  ['ket luan', 'Kết luận'],
  ['nghi quyet', 'Nghị quyết'],
  ['quyet dinh', 'Quyết định'],
  ['quy dinh', 'Quy định'],
  ['chi thi', 'Chỉ thị'],
  ['thong bao', 'Thông báo'],
  ['bao cao', 'Báo cáo'],
  ['cong van', 'Công văn'],
  ['cong dien', 'Công điện'],
  ['huong dan', 'Hướng dẫn'],
  ['nghi dinh', 'Nghị định'],
  ['thong tu', 'Thông tư'],
  ['to trinh', 'Tờ trình'],
  ['chuong trinh', 'Chương trình'],
  ['quy che', 'Quy chế'],
  ['de an', 'Đề án'],
  ['luat', 'Luật'],
];

const TYPE_BY_WORDS = new Map(TYPE_WORDS);
const TYPES = TYPE_WORDS.map(([w]) => w.replace(/ /g, '\\s{1,3}')).join('|');
/** "số" as OCR prints it: "s6", "sb", "sé", and with the s read as 5 or lost, "56", "6". */
const SO = String.raw`(?:so|s6|sb|se|s0|56|6)`;

/** Type words and "số", or "số" alone, ending the window. */
const BEFORE = new RegExp(String.raw`(?:(?:^|[^a-z0-9])(${TYPES})(?:\s{0,3}${SO})?|(?:^|[^a-z0-9])(${SO}))\s{0,2}:?\s{0,2}$`);
/** "Quyết định của Bộ Chính trị số": type words, "của", a body, "số". */
const BEFORE_BODY = new RegExp(String.raw`(?:^|[^a-z0-9])(${TYPES})\s{1,3}cua\s{1,3}([^,;.()]{2,60}?)\s{1,3}${SO}\s{0,2}:?\s{0,2}$`);

export const WINDOW = 110;

export interface Before {
  /** Offset where the mention starts (type words, else "số"). */
  start: number;
  type: string | null;
  /** Offset of the body named in "Quyết định của Bộ Chính trị số …". */
  bodyAt: number | null;
}

/**
 * What precedes offset `at` in folded text. `isBody(start, end)` confirms
 * that the words between "của" and "số" name an issuing body, so that
 * "Kế hoạch của Ban Thường vụ về thực hiện Nghị quyết số" is read as a
 * Nghị quyết, not a Kế hoạch.
 */
export function readBefore(folded: string, at: number, isBody: (start: number, end: number) => boolean): Before | null {
  const from = Math.max(0, at - WINDOW);
  const window = folded.slice(from, at);
  const withBody = BEFORE_BODY.exec(window);
  if (withBody) {
    const typeAt = from + withBody.index + withBody[0].indexOf(withBody[1]!);
    const bodyStart = from + withBody.index + withBody[0].lastIndexOf(withBody[2]!);
    if (isBody(bodyStart, bodyStart + withBody[2]!.length)) {
      return { start: typeAt, type: TYPE_BY_WORDS.get(withBody[1]!.replace(/\s+/g, ' ')) ?? null, bodyAt: bodyStart };
    }
  }
  const m = BEFORE.exec(window);
  if (!m) return null;
  const words = m[1] ?? m[2] ?? '';
  const start = from + m.index + m[0].indexOf(words);
  const type = m[1] ? (TYPE_BY_WORDS.get(m[1].replace(/\s+/g, ' ')) ?? null) : null;
  return { start, type, bodyAt: null };
}

const DATE_NUMERIC = /^\s{0,2},?\s{0,2}(?:ngay|ngiy|ngdy)\s{0,2}(\d{1,2})\s{0,2}[/.-]\s{0,2}(\d{1,2})\s{0,2}[/.-]\s{0,2}(\d{4})/;
const DATE_WORDS = /^\s{0,2},?\s{0,2}ngay\s{1,2}(\d{1,2})\s{1,2}thang\s{1,2}(\d{1,2})\s{1,2}nam\s{1,2}(\d{4})/;
const KHOA = /^\s{0,2}\(\s{0,1}khoa\s{1,2}[ivxl1]{1,6}\s{0,1}\)/;

/** "(Ngày 18/4/2025, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số …": date and issuer before the mention. */
const ISSUED_DATED = new RegExp(
  String.raw`ngay\s{0,2}(\d{1,2})\s{0,2}[/.-]\s{0,2}(\d{1,2})\s{0,2}[/.-]\s{0,2}(\d{4})\s{0,2},\s{0,3}[^.;()]{2,90}?\s(?:da\s{1,3})?ban\s{1,3}hanh\s{1,3}$`,
);
const ISSUED = /(?:^|[^a-z])((?:da\s{1,3})?ban\s{1,3}hanh)\s{1,3}$/;

export interface Issued {
  /** Offset just before "(đã) ban hành", where the issuer's name ends. */
  bodyEnd: number | null;
  date: string | null;
}

/** What says who issued the document mentioned at `at` and when, before the mention. */
export function readIssued(folded: string, at: number): Issued {
  const from = Math.max(0, at - 2 * WINDOW);
  const window = folded.slice(from, at);
  const issued = ISSUED.exec(window);
  if (!issued) return { bodyEnd: null, date: null };
  const verbAt = from + issued.index + issued[0].indexOf(issued[1]!);
  let bodyEnd = verbAt;
  while (bodyEnd > 0 && /\s/u.test(folded[bodyEnd - 1]!)) bodyEnd--;
  const dated = ISSUED_DATED.exec(window);
  const date = dated ? dateOf(Number(dated[1]), Number(dated[2]), Number(dated[3])) : null;
  return { bodyEnd, date };
}

export interface After {
  /** ISO date, or null when none is stated or it is not a real date. */
  date: string | null;
  /** The date as written, when it is not a real calendar date. */
  badDate: string | null;
  /** Offset after the date (or after the symbol when there is none). */
  end: number;
  /** Where an issuing body may start, if "của" or a date leads to it. */
  bodyAt: number | null;
}

/** What follows offset `at` in folded text: a date, then perhaps "của" and a body. */
export function readAfter(folded: string, at: number): After {
  let pos = at;
  const khoa = KHOA.exec(folded.slice(pos, pos + 20));
  if (khoa) pos += khoa[0].length;
  const window = folded.slice(pos, pos + WINDOW);
  const m = DATE_NUMERIC.exec(window) ?? DATE_WORDS.exec(window);
  let date: string | null = null;
  let badDate: string | null = null;
  if (m) {
    date = dateOf(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date === null) badDate = `${m[1]}/${m[2]}/${m[3]}`;
    pos += m[0].length;
  }
  const rest = folded.slice(pos, pos + 30);
  const cua = /^\s{0,2},?\s{0,2}cua\s{1,3}/.exec(rest);
  let bodyAt: number | null = null;
  if (cua) bodyAt = pos + cua[0].length;
  // "ngày 29/8/2025 Bộ Chính trị, Ban Bí thư": after a date the body may follow bare.
  else if (m) bodyAt = pos + (/^\s{0,2}/.exec(rest)?.[0].length ?? 0);
  return { date, badDate, end: m ? pos : at, bodyAt };
}

/**
 * The context readers on keyed text (cue words read through OCR damage:
 * "ctia" is "của"), taking and giving offsets in the text itself.
 */
export interface Context {
  /** The keyed text the readers work on. */
  cue: CueText;
  before(at: number, isBody: (start: number, end: number) => boolean): Before | null;
  after(at: number): After;
  issued(at: number): Issued;
}

/** A class rather than an object of closures made per text (the hot-path convention of ARCHITECTURE.md). */
class KeyedContext implements Context {
  readonly cue: CueText;

  constructor(text: string, syllables?: SyllableCounts) {
    this.cue = cueText(text, REFERENCE_CUES, syllables);
  }

  private start(k: number | null): number | null {
    return k === null ? null : this.cue.toTextStart(k);
  }

  before(at: number, isBody: (start: number, end: number) => boolean): Before | null {
    const { cue } = this;
    const b = readBefore(cue.key, cue.toKey(at), (s, e) => isBody(cue.toTextStart(s), cue.toTextEnd(e)));
    return b && { ...b, start: cue.toTextStart(b.start), bodyAt: this.start(b.bodyAt) };
  }

  after(at: number): After {
    const { cue } = this;
    const a = readAfter(cue.key, cue.toKey(at));
    return { ...a, end: a.end === cue.toKey(at) ? at : cue.toTextEnd(a.end), bodyAt: this.start(a.bodyAt) };
  }

  issued(at: number): Issued {
    const { cue } = this;
    const i = readIssued(cue.key, cue.toKey(at));
    return { ...i, bodyEnd: i.bodyEnd === null ? null : cue.toTextEnd(i.bodyEnd) };
  }
}

export function keyedContext(text: string, syllables?: SyllableCounts): Context {
  return new KeyedContext(text, syllables);
}
