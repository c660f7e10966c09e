/**
 * Which items are tasks. The rule:
 *
 * 1. A heading decides the part it opens, by the words it starts with: a heading naming tasks (NHIỆM VỤ,
 *    GIẢI PHÁP, TỔ CHỨC THỰC HIỆN, TRÁCH NHIỆM, PHÂN CÔNG) makes a task part;
 *    a heading naming aims or background (MỤC ĐÍCH, YÊU CẦU, QUAN ĐIỂM, MỤC
 *    TIÊU, CHỈ TIÊU, TÌNH HÌNH, KẾT QUẢ, …) makes a non-task part. When a
 *    heading names both ("CHỈ TIÊU, NHIỆM VỤ, GIẢI PHÁP") it is a task part;
 *    its own sub-headings may narrow it again ("1. Chỉ tiêu cụ thể").
 * 2. An item without such a heading is in the part of its nearest ancestor
 *    that has one. At the top, where no ancestor decides: when no top-level
 *    heading names a part at all (a Công văn's flat list of directions), the
 *    items are tasks, except in a Báo cáo or Tờ trình; otherwise they are not.
 * 3. An item in a task part is a task when it has text of its own beyond its
 *    heading: "1. Việc khắc phục …" that only heads 1.1 and 1.2 is not,
 *    its sub-items are.
 */
import type { DocumentType } from '../../types.js';
import type { SectionNode } from '../../tree.js';
import { findPhrase, foldDroppingMarks, foldedLine, phraseKeys, words } from '../text/fold.js';
import { isUpperLine } from '../text/shape.js';
import { ACTIONS, directs, quotesProvision, statesView } from '../../vi/directs.js';
import { hasFields, listedTasks } from './fields.js';
import { specifies } from './spec-lists.js';
import { itemText } from './item-words.js';

const TASK = [
  'nhiệm vụ',
  'giải pháp',
  'tổ chức thực hiện',
  'trách nhiệm',
  'phân công',
  'nội dung',
  'hoạt động',
  'biện pháp',
  'công việc',
  'lộ trình',
  'tiến độ',
  'kế hoạch thực hiện',
  'chỉ đạo',
  'đề nghị',
  'yêu cầu các',
  // The steps of a procedure are the work it asks, in order ("Các bước giám sát", "Bước 1").
  'bước',
  'trình tự',
].map(phraseKeys);
const OTHER = [
  'mục đích',
  'yêu cầu',
  'quan điểm',
  'mục tiêu',
  'chỉ tiêu',
  'tình hình',
  'kết quả',
  'đánh giá',
  'căn cứ',
  'bối cảnh',
  'thực trạng',
  'phạm vi',
  'đối tượng',
  'tiêu chí',
  'hình thức khen thưởng',
  'nguyên tắc',
  'phương pháp',
  'hiện trạng',
  'nguy cơ',
  'dự báo',
  'giải thích',
  'định nghĩa',
].map(phraseKeys);

/**
 * `open`: no heading above says what the part is ("I. VỀ HOÀN THIỆN THỂ CHẾ" beside "III. TỔ
 * CHỨC THỰC HIỆN"); its items are tasks when they read as orders (`directs`).
 */
export type Part = 'task' | 'other' | 'open';

const EVENT = ['địa điểm'].map(phraseKeys);
/** "Hình thức": an event's format beside a place, else the forms of work a plan lists ("In ấn tờ rơi", "Tổ chức tọa đàm"). */
const FORMS = ['hình thức'].map(phraseKeys);
/**
 * Proposals: in a plan they ask the levels above, in a Thông báo of conclusions they are answered
 * with orders ("Về đề nghị …: Bộ Nội vụ nghiên cứu …"); judged item by item.
 */
const PROPOSALS = ['kiến nghị', 'đề xuất'].map(phraseKeys);
/**
 * Funding: where the money comes from is no work, but a plan hands the budgeting to bodies there
 * ("Sở Tài chính … chủ trì tổng hợp …", "Các cơ quan được phân công … có trách nhiệm lập dự toán");
 * judged item by item.
 */
const FUNDING = ['kinh phí', 'nguồn kinh phí', 'nguồn lực', 'nguồn vốn'].map(phraseKeys);
/** The items and rates of a rule of spending. */
const SPENDING = ['nội dung chi', 'mức chi', 'định mức chi'].map(phraseKeys);
/** The task words that are not "nội dung": with one of them a heading names tasks even beside a place. */
const TASK_PROPER = TASK.filter((p) => p.join(' ') !== 'noi dung');

/** Heading words that may stand before the naming words ("Các nhiệm vụ chung", "Việc tổ chức thực hiện"). */
const LEADING = new Set(['cac', 'nhung', 'viec', 'mot', 'so']);

/**
 * The part a heading names. Only a naming phrase at the start of the heading or of one of its
 * comma-separated members counts: inside a long heading that cites a document, "thực hiện Nghị
 * quyết" must not read as "kiến nghị".
 */
export function partOfHeading(heading: string | null): Part | null {
  if (heading === null) return null;
  const members: string[][] = [];
  // A stop standing between spaces is OCR debris ("NỘI ; , DUNG HOẠT ĐỘNG"), not a separator: a real one follows its word.
  const cleaned = heading.replace(/(?:\s+[,;:])+\s+/gu, ' ');
  for (const m of cleaned.split(/[,;:]|\s(?:và|va)\s/iu)) {
    const seen = words(m);
    let k = 0;
    while (k < seen.length - 1 && LEADING.has(seen[k]!)) k++;
    members.push(seen.slice(k));
  }
  // "NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM" describes an event (what, when, where), not who does what.
  if (startsWithOne(members, EVENT) && !startsWithOne(members, TASK_PROPER)) return 'other';
  if (startsWithOne(members, FORMS) && !startsWithOne(members, TASK)) return 'open';
  // "Nội dung chi", "Mức chi": what money may be spent on, in a rule of spending; no work.
  if (startsWithOne(members, SPENDING)) return 'other';
  if (startsWithOne(members, TASK)) return 'task';
  // "Tổng hợp, phân tích, dự báo giá thị trường": a heading that opens with what is to be done names
  // work, whatever its later members say; the part above decides.
  const opening = members.find((m) => m.length > 0) ?? [];
  if (!startsWithOne([opening], OTHER) && startsWithOne([opening], ACTIONS)) return null;
  if (startsWithOne(members, OTHER)) return 'other';
  if (startsWithOne(members, PROPOSALS) || startsWithOne(members, FUNDING)) return 'open';
  return null;
}

/** Whether one of the members starts with one of the phrases. */
function startsWithOne(members: readonly string[][], phrases: ReadonlyArray<readonly string[]>): boolean {
  for (const m of members) for (const p of phrases) if (findPhrase(m.slice(0, p.length), p) === 0) return true;
  return false;
}

/** Longest first line read as a heading when the item has none ("IV." alone, then "TỔ CHỨC THỰC HIỆN"). */
const MAX_LEAD_LINE = 90;
const MAX_TITLE_WORDS = 40;

/**
 * What names a numbered item's part: its heading, else the start of its text when that is a
 * short line of its own. Dashes and pluses name no part: "- Kết quả …" is a sentence.
 */
export function headingOf(s: SectionNode): string | null {
  if (s.data.heading !== null) return s.data.heading;
  if (s.data.kind === 'dash' || s.data.kind === 'plus') return null;
  const first = (s.data.text ?? '').split('\n', 1)[0]!.trim();
  if (first === '' || first.length > MAX_LEAD_LINE) return null;
  // A title in capitals, or a few words with no punctuation; never a sentence or a field ("Nội dung: …").
  return isUpperLine(first) || (first.length <= MAX_TITLE_WORDS && !/[,;:.]/u.test(first)) ? first : null;
}

/** Documents whose unheaded items state rules or facts rather than assign work. */
const RULE_TYPES: ReadonlySet<DocumentType> = new Set(['Báo cáo', 'Tờ trình', 'Quy định', 'Quy chế', 'Phụ lục', 'Luật', 'Nghị định', 'Thông tư']);

/** A title that says the document divides work among bodies ("Quy định phân công nhiệm vụ …"). */
const DIVIDES_WORK = /\b(?:phan cong|giao) (?:nhiem vu|trach nhiem)\b/u;

/**
 * The part of items no heading places. A document whose title says it divides work is a task
 * part throughout, even when it is laid down as articles of rules: its Điều then hand the work out.
 */
export function defaultPart(top: readonly SectionNode[], type: DocumentType | null, subject: string | null = null): Part {
  if (subject !== null && DIVIDES_WORK.test(foldDroppingMarks(subject).replace(/\s+/gu, ' '))) return 'task';
  if (type !== null && RULE_TYPES.has(type)) return 'other';
  return top.some((s) => partOfHeading(headingOf(s)) !== null) ? 'open' : 'task';
}

/**
 * An article that enacts rather than orders ("Điều 1. Ban hành kèm theo Quyết định này…",
 * "Điều 2. Quyết định này có hiệu lực…"), or only titles the closing formula the signature block took
 * ("Điều 14. Trách nhiệm thi hành"): what it issues carries the tasks, not the article.
 */
const ENACTING = /^(?:ban hanh|phe duyet|quyet dinh (?:nay )?co hieu luc|chi thi (?:nay )?co hieu luc|(?:quy dinh|ke hoach|quyet dinh) nay co hieu luc|bai bo|thay the|sua doi|dinh chinh|cong bo|giao chi tieu|thanh lap|kien toan|(?:tiep tuc )?ap dung|(?:trach nhiem|to chuc) thi hanh$)/u;

/**
 * The closing article every decision has: bodies "chịu trách nhiệm thi hành Quyết định này"
 * ("… căn cứ quyết định thi hành", "… có trách nhiệm thi hành").
 */
const EXECUTION = /(?:chiu trach nhiem|co trach nhiem|can cu quyet dinh) (?:to chuc )?thi hanh/u;

/** "Điều 6. Trách nhiệm thi hành" over items: the article's title only, its items give the bodies their duties. */
const DUTIES_TITLE = /^(?:trach nhiem|to chuc) thi hanh$/u;

function dutiesBelow(s: SectionNode, subs: readonly SectionNode[]): boolean {
  if (s.data.kind !== 'article' || subs.length === 0 || (s.data.text ?? '') !== '') return false;
  return DUTIES_TITLE.test(foldedLine(s.data.heading ?? ''));
}

function enacts(s: SectionNode): boolean {
  if (s.data.kind !== 'article') return false;
  const text = foldedLine(`${s.data.heading ?? ''} ${s.data.text ?? ''}`);
  return ENACTING.test(text) || EXECUTION.test(text);
}

/**
 * The same closing formula as an item of the last article ("Điều 4. Tổ chức thực hiện" / "2. Chánh
 * Văn phòng …; Giám đốc các Sở …  chịu trách nhiệm thi hành Quyết định này./."): boilerplate too.
 */
const EXECUTES_THIS = new RegExp(`${EXECUTION.source} (?:quyet dinh|chi thi|nghi quyet|ke hoach|van ban) nay\\W*$`, 'u');

/**
 * The clause that sends a reader to the amended text ("Trường hợp các văn bản quy phạm pháp luật viện
 * dẫn tại Nghị quyết này được sửa đổi, bổ sung hoặc thay thế thì áp dụng theo …"): a rule, no work.
 */
const REFERS_ONWARD = /^(?:trong )?(?:truong hop|trong qua trinh thuc hien, neu)[^.]{0,40}van ban[^.]{0,60}(?:vien dan|dan chieu)[^.]{0,80}sua doi, bo sung hoac thay the/u;

/**
 * An item of the article on taking effect: "Quyết định này có hiệu lực kể từ ngày …", "Bãi bỏ
 * Quyết định số …", "… hết hiệu lực": the decision's own effect, no work.
 */
const TAKES_EFFECT = /^(?:(?:quyet dinh|chi thi|nghi quyet|quy dinh|quy che|thong tu|ke hoach|van ban) nay co hieu luc|bai bo (?:quyet dinh|chi thi|nghi quyet|thong tu|van ban|cac quyet dinh)|(?:quyet dinh|chi thi|nghi quyet|thong tu) so \S+ [^.]{0,160}het hieu luc)/u;

function executesThis(s: SectionNode): boolean {
  const text = foldedLine(s.data.text ?? '');
  return s.data.kind !== 'article' && (EXECUTES_THIS.test(text) || REFERS_ONWARD.test(text) || TAKES_EFFECT.test(text));
}

/** The end of a text that announces a list of tasks: a task word, then "(như) sau (đây):". */
const ANNOUNCES = /(?:nhiem vu|giai phap|yeu cau|de nghi|chi dao|cong viec|bien phap|noi dung trong tam|tap trung)[^.:;]{0,90}\b(?:sau|sau day|nhu sau)\s{0,2}:\s*$/u;

export function announcesTasks(text: string): boolean {
  return ANNOUNCES.test(foldDroppingMarks(text.slice(-220)).replace(/\s+/gu, ' '));
}

/**
 * An item that hands work to a named body in so many words ("Giao Bộ Tài chính …", "… Sở Y tế
 * chủ trì …") is a task wherever it stands: the answer to a locality's proposal in a Thông báo
 * ("Về kiến nghị …: Giao Bộ Xây dựng chủ trì …") sits under a heading that names no task.
 */
const GIVES = /(?:^|[.;:]\s{1,3}|\s)(?:Giao|giao)\s{1,3}(?:cho\s{1,3})?\p{Lu}/u;
/**
 * A named body (a capitalised head word) right before "chủ trì" or "có trách nhiệm": "… Sở Y tế chủ
 * trì, phối hợp …", "Sở quản lý ngành, lĩnh vực có trách nhiệm …". (No \b after the cue: in JavaScript
 * it is ASCII-only, and "trì" ends in a letter it does not know.)
 */
const LEADS = /(?:^|[^\p{L}])(?:Bộ|Sở|Ban|Ủy ban|Uỷ ban|UBND|Văn phòng|Công an|Cục|Tổng cục|Thanh tra|Đảng ủy|Tỉnh ủy)(?:,?\s+\p{Lu}[\p{L}]*|,?\s+[\p{Ll}]+){0,6}\s+(?:chủ trì|có trách nhiệm)(?!\p{L})/u;

function assignsExplicitly(s: SectionNode): boolean {
  if (s.data.kind === 'article') return false;
  const text = s.data.text ?? '';
  return GIVES.test(text) || LEADS.test(text);
}

/**
 * An item that opens with a share to reach ("100% số người hưởng …", "Ít nhất 85% …", "Phấn đấu
 * có ít nhất 70% …") states a target, even under a heading of tasks ("Nội dung thi đua"); it is
 * work only when it hands it to someone in so many words.
 */
const TARGET = /^(?:(?:phan dau|it nhat|toi thieu|tren|dat|khoang|co)\s+){0,3}\d{1,3}(?:[.,]\d+)?\s?%/u;

function statesTarget(text: string): boolean {
  return TARGET.test(foldDroppingMarks(text.slice(0, 40)).trim());
}

/** Clears `isTask` on the sections and every section under them. */
export function clearTasks(sections: readonly SectionNode[]): void {
  for (const s of sections) {
    s.data.isTask = false;
    clearTasks(s.children.filter((c): c is SectionNode => c.type === 'section'));
  }
}

/** Sets `isTask` on every section, following the rule above. */
/** Parts that state aims: what they say is wanted, not handed to anyone. */
const AIMS = ['mục đích', 'yêu cầu', 'mục tiêu', 'quan điểm', 'chỉ tiêu'].map(phraseKeys);

function namesAims(heading: string | null): boolean {
  return heading !== null && startsWithOne([words(heading)], AIMS);
}

export function markTasks(sections: readonly SectionNode[], part: Part, inAims = false): void {
  for (const s of sections) {
    // Articles state rules unless their heading names tasks: a Quy định's "Điều 5. Thẩm quyền …"
    // reads like an order ("Giám đốc Sở … phê duyệt …") and is not one.
    const named = partOfHeading(headingOf(s)) ?? part;
    // An item quoting the law a letter relies on ("- Tại khoản 2 Điều 30 Luật … quy định: …") holds its text, no work.
    const quotes = quotesProvision(itemText(s));
    const own = enacts(s) || quotes || (named === 'open' && s.data.kind === 'article') ? 'other' : named;
    const aims = inAims || namesAims(headingOf(s));
    if (own === 'task' && hasFields(s)) {
      const subs = s.children.filter((c): c is SectionNode => c.type === 'section');
      clearTasks(subs);
      s.data.fields = true;
      // "a) Nhiệm vụ:" over dashes: each dash is a task, the other fields say who and when for all.
      const listed = listedTasks(subs);
      s.data.isTask = listed.length === 0;
      for (const t of listed) t.data.isTask = (t.data.text ?? '') !== '';
      continue;
    }
    const text = s.data.text ?? '';
    const subs = s.children.filter((c): c is SectionNode => c.type === 'section');
    if (own === 'task' && specifies(subs)) {
      // Sampling points, parameter groups: one task with its specification, not many.
      clearTasks(subs);
      // A title that only labels its list ("- Thông số, tần suất …:") is no task; one that says what is done is.
      const heading = s.data.heading ?? '';
      s.data.isTask = text !== '' || (heading !== '' && !/^[^:]*:\s*$/u.test(heading));
      s.data.fields = true;
      continue;
    }
    const orders = own === 'open' && !aims && directs(text);
    const explicit = assignsExplicitly(s);
    const judged = (statesTarget(text) || statesView(text)) && !explicit;
    s.data.isTask = (own === 'task' || orders || (!aims && explicit)) && text !== '' && !judged && !quotes && !executesThis(s);
    // "… cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:" makes what follows tasks,
    // whatever the part's heading ("ĐÁNH GIÁ CHUNG" of a Thông báo kết luận).
    markTasks(
      s.children.filter((c): c is SectionNode => c.type === 'section'),
      announcesTasks(text) || orders || dutiesBelow(s, subs) ? 'task' : own,
      aims,
    );
  }
}
