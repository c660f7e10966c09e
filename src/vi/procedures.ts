/**
 * Lists of administrative procedures (thủ tục hành chính): a Quyết định công bố attaches them as
 * "DANH MỤC THỦ TỤC HÀNH CHÍNH …" with columns "Tên thủ tục hành chính", "Mã TTHC", "Thời gian
 * giải quyết", "Căn cứ pháp lý". Their rows are services offered to citizens, not work handed to
 * bodies; their processing times are no deadlines (fixtures/corpus/GOLD.md).
 */
import { fold } from './fold.js';

const PROCEDURES = /\bthu\s{1,3}tuc\s{1,3}hanh\s{1,3}chinh\b|\bdanh\s{1,3}muc\s{1,3}thu\s{1,3}tuc\b|\btthc\b|\bma\s{1,3}(?:tthc|thu\s{1,3}tuc)\b|\bten\s{1,3}thu\s{1,3}tuc\b/u;

/** Whether a title, caption or column header names a list of administrative procedures. */
export function namesProcedures(text: string): boolean {
  return PROCEDURES.test(fold(text).replace(/\s+/gu, ' '));
}
