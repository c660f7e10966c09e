/**
 * Whether a sentence hands out work, read from its first words: an order with no subject
 * ("Khẩn trương rà soát …", "Hoàn thành việc nâng cấp …"), a named body or office-holder then
 * an action ("Bộ Tài chính chủ trì …", "Bộ trưởng Bộ Công Thương hoàn thành …"), or a verb
 * of assigning ("Giao …", "Đề nghị …", "Yêu cầu …"). What states a fact or a view does not
 * ("Cơ bản thống nhất với …", "Đã tổ chức …", "Tại khoản 2 Điều 30 … quy định: …").
 *
 * Used where a document's heading says nothing about its part ("I. VỀ HOÀN THIỆN THỂ CHẾ"):
 * such a part is judged item by item from what the items hold.
 */
import { fold } from './fold.js';

/** Verbs of assigning that open a direction. */
const ASSIGNING = ['giao', 'de nghi', 'yeu cau', 'chi dao', 'uy quyen'].map((p) => p.split(' '));

/** Verbs of doing that open an order, or follow its subject (folded words). */
export const ACTIONS: ReadonlyArray<readonly string[]> = [
  'trien khai', 'to chuc', 'thuc hien', 'xay dung', 'hoan thien', 'hoan thanh', 'ra soat', 'tang cuong',
  'day manh', 'nang cao', 'phoi hop', 'tham muu', 'bao cao', 'kiem tra', 'theo doi', 'don doc', 'huong dan',
  'tuyen truyen', 'quan triet', 'ban hanh', 'bo tri', 'chuan bi', 'nghien cuu', 'sua doi', 'cap nhat',
  'quan ly', 'bao dam', 'dam bao', 'thanh lap', 'kien toan', 'cung cap', 'giai quyet', 'xu ly', 'khac phuc',
  'tap huan', 'phat dong', 'tong ket', 'so ket', 'lua chon', 'chan chinh', 'tiep nhan', 'trinh', 'ket noi',
  'dau tu', 'phat trien', 'ho tro', 'van dong', 'giam sat', 'danh gia', 'tong hop', 'lap', 'thuc day',
  'duy tri', 'bo sung', 'chu tri', 'chu dong', 'khan truong', 'tap trung', 'tiep tuc', 'uu tien', 'phan cong',
  'rut kinh nghiem', 'lanh dao', 'thong tin', 'phan dau', 'phong ngua', 'ngan chan',
  'chuyen doi', 'so hoa', 'thu hoi', 'dieu chinh', 'sap xep', 'bo nhiem', 'dao tao', 'boi duong', 'huy dong',
  'kiem soat', 'cai cach', 'tiet kiem', 'can doi', 'phan bo', 'cu the hoa', 'co trach nhiem', 'chiu trach nhiem',
].map((p) => p.split(' '));

/** Words that open the name of a body or the title of its head. */
const SUBJECT_HEADS = new Set([
  'bo', 'so', 'ban', 'uy', 'ubnd', 'hdnd', 'van', 'cong', 'cuc', 'tong', 'thanh', 'dang', 'tinh', 'huyen',
  'xa', 'phuong', 'cac', 'chu', 'thu', 'giam', 'truong', 'pho', 'hoi', 'doan', 'mat', 'mttq', 'vien', 'toa',
  'kho', 'ngan', 'bao', 'dai', 'tap', 'to', 'chi', 'lien', 'thue', 'hai', 'quan', 'trung', 'ubmttq',
]);

/** Words after a subject that make the sentence a view or a fact: scanning stops there. */
/** Views a body states of what it was shown ("nhất trí với Tờ trình", "ghi nhận"). */
const VIEW_WORDS = ['nhat tri', 'thong nhat', 'ghi nhan', 'danh gia cao', 'bieu duong', 'cho rang', 'nhan thay', 'ket luan'];
const STATIVE = ['da', 'dang', 'la', 'co ban', ...VIEW_WORDS, 'quy dinh', 'co y kien', 'tra loi', 'nhan duoc', 'xin thong bao', 'thong bao de'].map((p) => p.split(' '));

/** A subject is looked for this many words into the sentence, no further: a long noun phrase is not an order. */
const SUBJECT_REACH = 24;

/** Openers that mark a statement of fact, a citation or a view. */
const STATES = /^(?:da |dang |tai (?:khoan|diem|dieu|muc|tiet|phu luc|quyet dinh|nghi dinh|thong tu|cong van|ke hoach)|can cu|theo (?:quy dinh|bao cao|de nghi)|ve co ban|co ban|thong nhat|nhat tri|ghi nhan|danh gia cao|bieu duong|trong (?:nam|thoi gian) qua|ket qua)/u;

function wordsOf(text: string): string[] {
  return fold(text)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w !== '');
}

/** Which words are capitalised: a name's syllable ("Đà Nẵng") is never the stative "đã". */
function capitalsOf(text: string): boolean[] {
  return text
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w !== '')
    .map((w) => /^\p{Lu}/u.test(w));
}

function startsWith(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (words[at + k] !== phrase[k]) return false;
  return true;
}

function actionAt(words: readonly string[], at: number): boolean {
  return ACTIONS.some((p) => startsWith(words, at, p));
}

/** Manner words an action may follow ("cần", "phải", "sẽ", "tiếp tục", "kịp thời"). */
const MANNER = new Set(['can', 'phai', 'se', 'tiep', 'kip']);

/**
 * Whether the text opens with an action, a manner word allowed before it ("làm việc với …",
 * "chủ trì …", "cần rà soát …"): what follows a subject that gives an order.
 */
export function opensWithAction(text: string): boolean {
  const words = wordsOf(text.slice(0, 80));
  const from = MANNER.has(words[0] ?? '') ? 1 : 0;
  return actionAt(words, from) || startsWith(words, from, ['lam', 'viec']);
}

/**
 * A topic put before the order ("Về đầu tư kho dầu thô dự trữ quốc gia: Bộ Xây dựng khẩn trương
 * …"): the order is what follows the colon. Topics run long, so the colon is looked for well past
 * the opening's reach.
 */
const TOPIC = /^(?:Về|Đối với|Riêng)\s[^:]{1,600}?:\s+(?=\S)/u;

/** The first sentence, or its first 300 characters: an order says what it orders early. */
function opening(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim().replace(TOPIC, '');
  const stop = flat.search(/[.;!?](?:\s|$)/u);
  return (stop > 0 ? flat.slice(0, stop) : flat).slice(0, 300);
}

/**
 * A purpose, capacity or scope set before the subject ("Để xác định vị trí dự án, Ủy ban nhân dân
 * tỉnh phối hợp …", "Với vai trò là chủ đầu tư, Tập đoàn … chủ động …", "Đối với các nhiệm vụ năm
 * 2025, các sở, ngành … chủ động …"): the order follows the comma.
 */
const LEAD_IN = /^(?:để|với vai trò|với tư cách|trên cơ sở|căn cứ vào kết quả|nhằm|đối với)\s[^,]{1,320},\s+(?=\p{L})/iu;

/** A view opening what follows a subject ("cơ bản nhất trí với …"): no order follows. */
const VIEWS = new RegExp(`^\\s{0,3}(?:co ban\\s{1,3})?(?:${VIEW_WORDS.join('|')})\\b`, 'u');

/** Whether folded text opens with a view rather than an action ("… cơ bản nhất trí với …"). */
export function opensWithView(folded: string): boolean {
  return VIEWS.test(folded);
}

/** A view in a sentence: agreeing with what was shown, praising, noting. */
const VIEW_IN = /(?:^|\s)(?:co ban\s{1,3})?(?:(?:nhat tri|thong nhat)\s{1,3}(?:voi|cao)|danh gia cao|ghi nhan|bieu duong)(?![a-z])/u;

/**
 * Whether an item opens by stating a view ("Cơ bản thống nhất với Báo cáo …", "Bộ Chính trị, Ban
 * Bí thư cơ bản nhất trí với Tờ trình …"): an assessment, even among the items of a Thông báo kết
 * luận that hand out work. The view opens the sentence or follows a short subject, before any action.
 */
export function statesView(text: string): boolean {
  const folded = fold(opening(text));
  const view = VIEW_IN.exec(folded);
  if (!view) return false;
  const before = wordsOf(folded.slice(0, view.index));
  return before.length <= 10 && !before.some((_, k) => actionAt(before, k) || ASSIGNING.some((p) => startsWith(before, k, p)));
}

export function directs(text: string): boolean {
  const whole = opening(text);
  const first = whole.replace(LEAD_IN, '');
  // After a lead-in the subject may be a lower-case collective ("…, các sở, ngành … chủ động …").
  const ledIn = first.length < whole.length;
  if (first === '' || STATES.test(fold(first))) return false;
  const words = wordsOf(first);
  const capitals = capitalsOf(first);
  if (words.length === 0) return false;
  if (ASSIGNING.some((p) => startsWith(words, 0, p))) return true;
  if (actionAt(words, 0)) return true;
  // A named body or its head, then an action: "Bộ trưởng Bộ Công Thương hoàn thành …".
  if (!SUBJECT_HEADS.has(words[0]!) || !(/^\p{Lu}/u.test(first) || (ledIn && words[0] === 'cac'))) return false;
  for (let k = 1; k < Math.min(words.length, SUBJECT_REACH); k++) {
    if (!capitals[k] && STATIVE.some((p) => startsWith(words, k, p))) return false;
    if (actionAt(words, k) || ASSIGNING.some((p) => startsWith(words, k, p))) return true;
  }
  return false;
}

/**
 * A verb of assigning followed by whom it is addressed to, anywhere in a paragraph: "Do vậy, đề
 * nghị Thuế tỉnh Gia Lai căn cứ …", "Yêu cầu các sở, ban, ngành …". Not "đề nghị của Sở …" (a
 * proposal received) nor "theo đề nghị" / "xét đề nghị".
 */
const ASSIGNS_BY_NAME = /(?<![\p{L}])(?<!(?:theo|xét|Theo|Xét)\s{1,3})(?:[Đđ]ề nghị|[Yy]êu cầu|[Gg]iao|[Cc]hỉ đạo)\s{1,3}(?:cho\s{1,3})?(?:các\s{1,3}|đồng chí\s{1,3})?\p{Lu}/u;
const ASSIGNS_GROUP = /(?<![\p{L}])(?<!(?:theo|xét|Theo|Xét)\s{1,3})(?:[Đđ]ề nghị|[Yy]êu cầu|[Gg]iao)\s{1,3}các\s{1,3}(?:cơ quan|đơn vị|sở|bộ|ban|ngành|cấp|địa phương|xã|phường|tỉnh|thành phố|tổ chức|đồng chí)/u;

/** Whether the text opens by asking someone named to act ("Đề nghị Thuế tỉnh Nghệ An …", "Giao các sở …"). */
export function opensByAssigning(text: string): boolean {
  const flat = text.replace(/\s+/gu, ' ').trimStart();
  return [ASSIGNS_BY_NAME, ASSIGNS_GROUP].some((re) => re.exec(flat)?.index === 0);
}

export function assignsByName(text: string): boolean {
  const flat = text.replace(/\s+/gu, ' ');
  return ASSIGNS_BY_NAME.test(flat) || ASSIGNS_GROUP.test(flat);
}

/**
 * An item that quotes the provisions a letter relies on ("- Tại khoản 2 Điều 30 Luật Đất đai
 * quy định: …", "Theo quy định tại Điều 7 Thông tư …"): what follows is the law's text, not work.
 */
const QUOTES = /^(?:tai|theo(?: quy dinh tai)?|can cu(?: quy dinh tai)?) (?:cac )?(?:khoan|diem|dieu|muc|tiet|chuong|phu luc)\b/u;

/** "Công văn số 1604/TTg-KTN … về … quy định: “…”": a document named, then its words quoted. */
const QUOTES_DOCUMENT = /^(?:cong van|thong tu|nghi dinh|quyet dinh|nghi quyet|luat|bo luat|thong bao)\s[^:]{0,300}(?:quy dinh|huong dan|neu ro|co neu)\s?:\s?["“]/u;

export function quotesProvision(text: string): boolean {
  const folded = fold(text.replace(/\s+/gu, ' ').trim()).replace(/^[-+*•\s]+/u, '');
  return QUOTES.test(folded) || QUOTES_DOCUMENT.test(folded);
}
