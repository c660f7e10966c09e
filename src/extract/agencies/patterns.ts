/**
 * Agencies the gazetteer does not list, recognised by how Vietnamese names
 * them: a head word ("Sở", "Bộ", "Phòng", "Ban … Tỉnh ủy", "Đảng ủy", "Chi cục",
 * "Trường Chính trị") followed by a name whose parts are capitalised
 * ("Sở Ngoại vụ", "Bộ Văn hóa, Thể thao và Du lịch"). Only the first syllable of
 * each part is capitalised, so a part is one capitalised word and at most one
 * lower-case one; a lower-case word after that is the verb that follows.
 */
import type { AgencyBranch, AgencyLevel } from '../../types.js';
import { AGENCY_HEADS, LEVEL_WORDS } from '../../vi/agency-heads.js';
import { actionAt } from './actions.js';
import { isCapitalized, type Token } from '../text/tokens.js';

export interface PatternMatch {
  endToken: number;
  level: AgencyLevel | null;
  branch: AgencyBranch | null;
  /** Named by a head and a level with its place or number ("Kho bạc Nhà nước khu vực XI"). */
  leveled?: boolean;
}

const CONNECTORS = new Set([',', 'va', '-']);
/**
 * Words that open another body's name: after a connector they start the next name, not more of
 * this one. Compared with marks: folded, "Viễn" (thông) would read as "Viện".
 */
const HEADS = new Set(['bộ', 'sở', 'phòng', 'ban', 'ủy', 'uỷ', 'đảng', 'cục', 'viện', 'tòa', 'toà', 'hội', 'văn', 'công', 'chi', 'mặt', 'thành', 'tỉnh', 'ngân', 'kho', 'trường', 'tập', 'trung', 'đài', 'báo']);
const headWord = (t: Token | undefined): boolean => t !== undefined && HEADS.has(t.raw.toLowerCase().normalize('NFC'));
/**
 * Lower-case words that are the verb or preposition after a name, never its second syllable
 * ("… Việt Nam chủ trì", "Sở Y tế tổ chức"); compared with marks, since folded "tăng" (cường)
 * would read as "tầng" (Hạ tầng).
 */
const VERBS = new Set([
  'chủ', 'phối', 'tổ', 'thực', 'có', 'là', 'đã', 'sẽ', 'cần', 'phải', 'tham', 'triển', 'báo', 'hướng', 'kiểm', 'theo',
  'tại', 'trên', 'của', 'để', 'về', 'trong', 'với', 'nhằm', 'làm', 'hoàn', 'gửi', 'xây', 'đảm', 'tăng', 'tiếp', 'khẩn',
  'nghiên', 'và', 'được', 'lãnh', 'chịu', 'rà', 'đề', 'thường', 'chỉ', 'giám', 'ban', 'phát', 'tuyên', 'trình', 'khi',
  'trả', 'xin', 'nhận', 'ký', 'cho', 'đang', 'không', 'đôn', 'xem', 'hỗ', 'yêu', 'quyết', 'cung', 'bảo', 'nắm', 'kịp',
  'thống', 'ghi', 'đánh', 'sơ', 'nâng', 'đẩy', 'quán', 'vận', 'tổng', 'cùng', 'cũng', 'lấy',
]);
const isVerb = (t: Token): boolean => VERBS.has(t.raw.toLowerCase().normalize('NFC'));
/** Words that end a name rather than complete its part: what it belongs to, or a level ("… thuộc Văn phòng", "… tỉnh, thành phố"). */
const NOT_THIRD = new Set(['thuoc', 'truc', 'tai', 'cua', 'o', 'cho', 'voi', 've', 'cac', 'tinh', 'xa', 'phuong', 'huyen', 'quan', 'cap', 'trung', 'khu', 'thanh']);
const MAX_PARTS = 7;

/** End of a capitalised name starting at token i (exclusive), or i when there is none. */
export function nameEnd(tokens: readonly Token[], i: number): number {
  let end = i;
  let at = i;
  let carried = false;
  for (let parts = 0; parts < MAX_PARTS; parts++) {
    let j = at;
    const joiner = tokens[j];
    if (parts > 0 && joiner && CONNECTORS.has(joiner.key)) {
      if (headWord(tokens[j + 1])) break;
      j++;
    }
    const head = tokens[j];
    if (!head || !isCapitalized(head) || /^\p{N}/u.test(head.raw)) break;
    j++;
    const tail = tokens[j];
    // "Ủy ban" keeps its "ban"; after any other capital it is no name's syllable.
    const ownTail = tail?.key === 'ban' && head.key === 'uy';
    if (tail && tail.word && !isCapitalized(tail) && !CONNECTORS.has(tail.key) && (ownTail || !isVerb(tail))) {
      j++;
      // A third syllable ends the part only where the name goes on or stops right after it:
      // "Trung tâm Chuyển đổi số Thành phố,", not "Sở Tài chính các tỉnh".
      const third = tokens[j];
      const after = tokens[j + 1];
      if (third && third.word && !isCapitalized(third) && !CONNECTORS.has(third.key) && !isVerb(third) && !NOT_THIRD.has(third.key) && (after === undefined || (after.word ? isCapitalized(after) : /^[,;.)]$/u.test(after.raw)))) j++;
    }
    end = j;
    at = j;
    // "Cục Bảo tồn thiên nhiên và Đa dạng sinh học": lower-case words the name goes on past, when "và"
    // and a capitalised part that opens no other body follow them; the part after "và" ends its own
    // lower-case words where the sentence goes on.
    const run = lowerRun(tokens, j);
    if (carried && run > j) {
      // The name's own words end where a verb or a stop follows ("… sinh học lấy ý kiến", "… sinh học thành lập").
      let r = j + 1;
      while (r <= run && !closesName(tokens[r]) && !actionAt(tokens, r)) r++;
      if (r <= run) {
        end = r;
        break;
      }
    }
    const next = tokens[run + 1];
    if (run > j && tokens[run]?.key === 'va' && next !== undefined && isCapitalized(next) && !headWord(next)) {
      end = run;
      at = run;
      carried = true;
    }
  }
  return end;
}

/** What may follow a name: punctuation, a verb, the end. */
const closesName = (t: Token | undefined): boolean => t === undefined || !t.word || isVerb(t) || NOT_THIRD.has(t.key) || CLOSING_VERBS.has(t.key);
/** Verbs of one syllable that may also be a name's word ("công lập"), ending a name only after its last part. */
const CLOSING_VERBS = new Set(['lap', 'trinh', 'gui', 'lay', 'ra', 'giao']);

const MAX_LOWER_RUN = 3;

/** The end of up to three lower-case words from token j that are neither verbs nor words ending a name. */
function lowerRun(tokens: readonly Token[], j: number): number {
  let k = j;
  while (k < tokens.length && k - j < MAX_LOWER_RUN) {
    const t = tokens[k]!;
    if (!t.word || isCapitalized(t) || isVerb(t) || NOT_THIRD.has(t.key) || CONNECTORS.has(t.key)) break;
    k++;
  }
  return k;
}

function keyIs(tokens: readonly Token[], i: number, ...keys: string[]): boolean {
  return keys.every((k, n) => tokens[i + n]?.key === k);
}

function capitalAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && isCapitalized(t);
}

const COMMUNE_WORDS = ['xa', 'phuong'];

const MAX_PLACE = 4;
const NUMERAL = /^(?:\d{1,2}|[IVXL]{1,5})$/u;

/** After a level word, the place or number that says which ("tỉnh Gia Lai", "khu vực XI"). */
function placeAfter(tokens: readonly Token[], j: number): number {
  if (tokens[j] && NUMERAL.test(tokens[j]!.raw)) return j + 1;
  let k = j;
  while (k < tokens.length && k - j < MAX_PLACE && isCapitalized(tokens[k]!) && !/^\p{N}/u.test(tokens[k]!.raw)) {
    if (k > j && tokens[k]!.raw.length > 1 && tokens[k]!.raw === tokens[k]!.raw.toUpperCase()) break;
    k++;
  }
  return k;
}

/** A level word at token j ("tỉnh", "thành phố", "khu vực"), with its place: the end and the level, or null. */
function levelAt(tokens: readonly Token[], j: number): { end: number; level: AgencyLevel } | null {
  for (const [words, level] of LEVEL_WORDS) {
    if (!words.every((w, n) => tokens[j + n]?.key === w)) continue;
    const end = placeAfter(tokens, j + words.length);
    // "khu vực" names nothing without its number.
    if (words[0] === 'khu' && end === j + words.length) return null;
    return { end, level };
  }
  return null;
}

const MAX_TAIL = 3;

/**
 * The level that closes a name whose last part runs on in lower case ("Trung tâm Kiểm soát bệnh
 * tật tỉnh", "Ban Chỉ huy Phòng thủ dân sự cấp xã", "Hiệp hội Doanh nghiệp tỉnh"): up to three
 * lower-case words that are neither a verb nor a word that ends a name, then a level word; or null.
 * Only a level makes the lower-case words part of the name: without one they are what follows it.
 */
function levelTail(tokens: readonly Token[], end: number): { end: number; level: AgencyLevel } | null {
  let verbs = false;
  for (let k = end; k <= end + MAX_TAIL; k++) {
    const level = levelAt(tokens, k);
    // A verb among the words is a name's ("Viện Nghiên cứu phát triển Thành phố") only when a capital closes it.
    if (level) return verbs && !isCapitalized(tokens[k]!) ? null : level;
    const t = tokens[k];
    if (!t || !t.word || isCapitalized(t) || NOT_THIRD.has(t.key) || CONNECTORS.has(t.key)) return null;
    if (isVerb(t)) verbs = true;
  }
  return null;
}

/** A body named by a head phrase of vi/agency-heads.ts and what follows it, or null. */
function headAt(tokens: readonly Token[], i: number): PatternMatch | null {
  for (const h of AGENCY_HEADS) {
    if (!h.words.every((w, n) => tokens[i + n]?.key === w)) continue;
    const j = i + h.words.length;
    const level = h.needs !== 'name' ? levelAt(tokens, j) : null;
    if (level) return { endToken: level.end, level: h.level ?? level.level, branch: h.branch, leveled: true };
    // A mass organisation printed as a name but with no level ("Đoàn Thanh niên, Hội Phụ nữ hỗ trợ …"): as printed.
    if (h.needs === 'level' && h.branch === 'front' && capitalAt(tokens, i) && capitalAt(tokens, i + 1) && !allCaps(tokens[i + 1])) {
      return { endToken: j, level: h.level, branch: h.branch };
    }
    if (h.needs !== 'level') {
      const end = nameEnd(tokens, j);
      const tail = end > j ? levelTail(tokens, end) : null;
      if (tail) return { endToken: tail.end, level: h.level ?? tail.level, branch: h.branch, leveled: true };
      if (end > j) return { endToken: end, level: h.level, branch: h.branch };
    }
    // A longer head that matched names nothing; a shorter one may still ("Hội" after "Hội đồng …").
  }
  return null;
}

/** An unseen agency starting at token i, or null. */
/** A word printed in capitals throughout ("PHÒNG", "BỘ"), not a one-letter word. */
const allCaps = (t: Token | undefined): boolean => t !== undefined && t.raw.length > 1 && t.raw === t.raw.toUpperCase() && t.raw !== t.raw.toLowerCase();

export function patternAt(tokens: readonly Token[], i: number): PatternMatch | null {
  const head = tokens[i];
  if (!head || !isCapitalized(head)) return null;
  // In a line of capitals every word looks like a name's: "PHÒNG THỦ DÂN SỰ", "BỘ VĂN BẢN QUY PHẠM"
  // are the titles of table groups. Only a department ("SỞ Y TẾ") is read from capitals by its head.
  // "SỐ" (number) folds like "SỞ": only the department's own spelling, or an unmarked one, is read.
  if (allCaps(head) && allCaps(tokens[i + 1]) && !(head.key === 'so' && /^S(?:Ở|O)$/u.test(head.raw.normalize('NFC')))) return null;
  const byHead = headAt(tokens, i);
  if (byHead) return byHead;
  if (head.key === 'so' || head.key === 'bo' || head.key === 'cuc') {
    const end = nameEnd(tokens, i + 1);
    if (end === i + 1) return null;
    return { endToken: end, level: head.key === 'so' ? 'province' : 'central', branch: 'state' };
  }
  // The office of a body named by a head ("Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh").
  if (keyIs(tokens, i, 'van', 'phong') && capitalAt(tokens, i + 2)) {
    const office = headAt(tokens, i + 2) ?? (tokens[i + 2]!.key === 'ban' ? patternAt(tokens, i + 2) : null);
    if (office) return office;
  }
  // A department's or ministry's own office: "Văn phòng Sở Nội vụ".
  if (keyIs(tokens, i, 'van', 'phong') && capitalAt(tokens, i + 2) && (tokens[i + 2]!.key === 'so' || tokens[i + 2]!.key === 'bo')) {
    const end = nameEnd(tokens, i + 3);
    if (end === i + 3) return null;
    return { endToken: end, level: tokens[i + 2]!.key === 'so' ? 'province' : 'central', branch: 'state' };
  }
  // A commune's or a department's office: "Phòng Kinh tế", "Phòng Văn hóa - Xã hội".
  if (head.key === 'phong') {
    const end = nameEnd(tokens, i + 1);
    return end === i + 1 ? null : { endToken: end, level: null, branch: 'state' };
  }
  if (keyIs(tokens, i, 'chi', 'cuc') || keyIs(tokens, i, 'truong', 'chinh', 'tri')) {
    const skip = head.key === 'chi' ? 2 : 3;
    const end = nameEnd(tokens, i + skip);
    if (end === i + skip) return null;
    // "Chi cục Hải quan khu vực XI": a regional branch is named by its region.
    const region = tokens[end]?.key === 'khu' ? levelAt(tokens, end) : null;
    return { endToken: region?.end ?? end, level: 'province', branch: head.key === 'chi' ? 'state' : 'party', ...(region ? { leveled: true } : {}) };
  }
  if (keyIs(tokens, i, 'ban', 'quan', 'ly') && capitalAt(tokens, i + 1)) {
    const end = nameEnd(tokens, i + 3);
    return end === i + 3 ? null : { endToken: end, level: 'province', branch: 'state' };
  }
  if (head.key === 'ban' && capitalAt(tokens, i + 1)) {
    // "Ban Kinh tế Tỉnh ủy": a Party board, recognised by the Tỉnh ủy that closes it.
    const end = nameEnd(tokens, i + 1);
    if (end >= 2 && keyIs(tokens, end - 2, 'tinh', 'uy')) return { endToken: end, level: 'province', branch: 'party' };
    // "Ban Chỉ huy Phòng thủ dân sự tỉnh": a board of some level, recognised by the level.
    const tail = levelTail(tokens, end);
    return tail ? { endToken: tail.end, level: tail.level, branch: null, leveled: true } : null;
  }
  if (keyIs(tokens, i, 'dang', 'uy')) {
    let j = i + 2;
    if (tokens[j]?.key === 'cac') j++;
    if (COMMUNE_WORDS.includes(tokens[j]?.key ?? '')) {
      j++;
      if (tokens[j]?.key === ',' && COMMUNE_WORDS.includes(tokens[j + 1]?.key ?? '')) j += 2;
      return { endToken: j, level: 'commune', branch: 'party' };
    }
    const end = nameEnd(tokens, j);
    if (end === j) return null;
    const province = tokens.slice(j, end).some((t) => t.key === 'tinh');
    return { endToken: end, level: province ? 'province' : null, branch: 'party' };
  }
  return null;
}
