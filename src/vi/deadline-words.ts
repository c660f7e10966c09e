/**
 * The words of deadline phrases, folded (src/vi/fold.ts), for every stage that reads a
 * deadline: extraction's grammars (src/extract/deadlines/) and the cue words OCR-damaged
 * words are read as there (DEADLINE_CUES, src/extract/text/cues.ts); segmentation's cell
 * boundaries at the deadline a table cell ends with (src/segment/tables/vocabulary.ts).
 */

/** The units a period or a recurrence counts in: "ngày", "tuần", "tháng", "quý", "năm" ("hằng tháng", "trong quý IV"). */
export const TIME_UNITS: readonly string[] = ['ngay', 'tuan', 'thang', 'quy', 'nam'];

/** Words before a date that make it a deadline: "trước", "trong", "từ" (ngày 15/12/2025). */
export const DATE_OPENERS: readonly string[] = ['truoc', 'trong', 'tu'];

/** Every word the deadline grammars read: the closed set a damaged word may be read as. */
export const DEADLINE_WORDS: readonly string[] = [
  'truoc', 'cham', 'nhat', 'han', 'chot', 'den', 'het', 'khong', 'qua', 'trong', 'cuoi', 'vao', 'hoan', 'thanh',
  'ngay', 'thang', 'nam', 'quy', 'tu', 'thuong', 'xuyen', 'hang', 'tuan', 'dinh', 'gio', 'phut', 'thu',
  'sau', 'khi', 'theo', 'tinh', 'lam', 'viec', 'cac', 'nhung', 'tiep', 'thuc', 'hien', 'nhiem', 'dai', 'hoi',
  'nghi', 'trien', 'khai', 'vong', 'thoi', 'chien', 'luoc', 'hoach', 'nhin', 'huong', 'giai', 'doan', 'dan',
  'ban', 'yeu', 'cau', 'chi', 'dao', 'cua', 'co', 'ke',
];
