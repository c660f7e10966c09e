/**
 * What the cells of flattened tables are made of, used to find the cell
 * boundaries the flattening lost: units, indicator values, deadline phrases,
 * and the words an agency's name starts with.
 */
import { DATE_OPENERS, TIME_UNITS } from '../../vi/deadline-words.js';
import { foldDroppingMarks } from '../text/fold.js';

const UNITS = [
  'triệu lượt khách',
  'lượt khách',
  'triệu đồng',
  'tỷ đồng',
  'nghìn tỷ đồng',
  'triệu usd',
  'tỷ usd',
  'căn hộ',
  'giường',
  'bác sỹ',
  'bác sĩ',
  'người',
  'lao động',
  'doanh nghiệp',
  'hộ',
  'xã',
  'ha',
  'km',
  'điểm',
  'sản phẩm',
  '%',
].map(foldDroppingMarks);

/** The unit a text ends with, as printed, or null. */
export function trailingUnit(text: string): string | null {
  const folded = foldDroppingMarks(text).trimEnd();
  if (folded.length !== text.trimEnd().length) return null;
  for (const unit of UNITS.sort((a, b) => b.length - a.length)) {
    if (!folded.endsWith(unit)) continue;
    const before = folded[folded.length - unit.length - 1];
    if (before === undefined || /\s/u.test(before)) return text.trimEnd().slice(folded.length - unit.length);
  }
  return null;
}

/** One indicator value: "8.01", "14,2-15,8", ">74.400", "14.600 trở lên", "-". */
// A range has no spaces ("10-10,5"); "81.2 - 83.0" is two cells, one of them empty ("-").
export const VALUE = String.raw`(?:[<>≥≤]\s?)?\d[\d.,]{0,12}(?:[-–]\d[\d.,]{0,12})?(?:\s?%)?(?:\strở\s(?:lên|xuống))?|[-–]`;

const OPENER = DATE_OPENERS.join('|');
const UNIT = TIME_UNITS.join('|');
/** Deadline phrases a task row ends with, matched on folded text, in the deadline words of src/vi/deadline-words.ts. */
const DEADLINE_END = new RegExp(
  String.raw`(?:^|\s)((?:${OPENER})?\s?(?:ngay\s)?\d{1,2}\/\d{1,2}\/\d{4}|(?:trong\s)?thang\s\d{1,2}(?:\/\d{4})?(?:\s?[-–]\s?quy\s[ivx]{1,4}(?:\/\d{4})?)?|(?:trong\s)?quy\s[ivx]{1,4}(?:\/\d{4})?|thuong xuyen|dot [sx]uat|h[a]ng\s(?:${UNIT})(?:,\s(?:h[a]ng\s)?(?:${UNIT}|dot [sx]uat)){0,3}|(?:trong\s)?nam\s\d{4})\.?$`,
  'u',
);

/** A cell that holds a year or a span of years and nothing else ("2026", "2025 - 2030"). */
const YEARS_ONLY = /^\s{0,3}(?:19|20)\d\d(?:\s{0,2}[-–]\s{0,2}(?:19|20)\d\d)?\.?\s{0,3}$/u;

/** A short cell that names the event the work waits for ("Sau khi có Quy chế của TW"). */
const EVENT_CELL = /^\s{0,3}(?:ngay\s)?(?:sau\skhi|khi\sco)\s/u;
const MAX_EVENT_CELL = 80;

/** Where a trailing deadline phrase starts in the text, or -1. */
export function trailingDeadline(text: string): number {
  const t = text.trimEnd();
  const folded = foldDroppingMarks(t);
  const whole = text.length - text.trimStart().length;
  if (YEARS_ONLY.test(t) || (t.length <= MAX_EVENT_CELL && EVENT_CELL.test(folded))) return whole;
  if (folded.length !== t.length) return -1;
  const m = DEADLINE_END.exec(folded);
  if (!m) return -1;
  return m.index + (m[0].length - m[0].trimStart().length);
}

const AGENCY_HEADS = [
  'Sở',
  'Ban',
  'Các sở',
  'Các Sở',
  'Các cơ quan',
  'Thống kê',
  'Thuế',
  'Hải quan',
  'Bảo hiểm',
  'Công an',
  'UBND',
  'Ủy ban',
  'Uỷ ban',
  'Văn phòng',
  'Ngân hàng',
  'Công ty',
  'Bộ Chỉ huy',
  'Chi cục',
  'Thanh tra',
  'Đảng ủy',
  'Tỉnh ủy',
  'Mặt trận',
  'Liên đoàn',
  'Tỉnh đoàn',
  'Hội',
];
// "các Ban quản lý dự án" is one name: an article or linking word before the head keeps it inside.
const LINKS = ['các', 'và', 'của', 'thuộc', 'với', 'cho', 'tại'];
const HEAD = new RegExp(
  String.raw`(?<=\p{Ll}\)?\s)(?<!(?:^|\s)(?:${LINKS.join('|')})\s)(?:${AGENCY_HEADS.join('|')})(?=\s|$)`,
  'gu',
);

/**
 * Places where one agency list ends and the next column's begins: an agency's
 * first word straight after a lower-case word, with no ";" or "," between
 * ("…; các xã, phường Sở Tài chính; Thống kê tỉnh").
 */
export function agencyBoundaries(text: string): number[] {
  return [...text.matchAll(HEAD)].map((m) => m.index);
}
