/**
 * Who leads a task and who helps (fixtures/README.md, "What counts"):
 *   - lead: the subject of a sentence of the item — at its start, after a
 *     leading time phrase ("5.3. Trong tháng 9/2025, Sở Nội vụ tham mưu…"),
 *     after an opening "Giao / Chỉ đạo / Đề nghị / Yêu cầu", or after an
 *     opening clause ("Căn cứ …, Văn phòng Tỉnh ủy…", "Ngay khi …; Ban Thường
 *     vụ…"); and whoever is named just before "chủ trì";
 *   - partners: the bodies after "phối hợp (với)".
 * Bodies that only stand in a person's title ("Ủy viên Ban Thường vụ Tỉnh ủy",
 * "Bí thư Tỉnh ủy") take no role, nor do bodies in parentheses, which
 * narrate what was done, nor the object of "Đối với X:" (with a comma, "Đối
 * với X, Y …" is an opening clause before the subject Y). Cue words are read
 * through OCR damage ("phdi hợp", "cht tr").
 */
import type { AgencyHit, DeadlineHit } from '../../tree.js';
import { fold } from '../text/fold.js';
import { ocrCost } from '../text/ocr-cost.js';
import { tokenize, type Token } from '../text/tokens.js';
import { BoundedMemo } from '../../text/bounded-memo.js';
import { inside, labelledRoles } from './labelled-roles.js';
import { byStart, uniqueBy } from '../../text/ordering.js';
import { append } from '../../text/append.js';
import { opensWithAction, opensWithView } from '../../vi/directs.js';
import { actionAt } from './actions.js';

export interface Roles {
  lead: AgencyHit[];
  partners: AgencyHit[];
}

/**
 * Text between two agencies of one list: list glue, or glue around one member the gazetteer
 * does not know ("…, các Ban Xây dựng Đảng và Ủy ban Kiểm tra Tỉnh ủy").
 */
const LIST_GAP = /^\s{0,2}(?:(?:[,;/]\s{0,2}(?:va\s{1,3})?|va\s{1,3}|-\s{0,2})(?:cac\s{1,3})?|(?:,|va)\s{1,2}(?:[a-z0-9]{1,8}(?:\s{1,2}|(?=,))){1,6}(?:,\s{0,2}(?:va\s{1,3})?|va\s{1,3}))$/u;

/** The end of a person's title: the agency after it is where the person sits ("Ủy viên", "Bí thư", "Giám đốc"). */
const TITLE_ENDS: ReadonlyArray<readonly string[]> = [
  ['uy', 'vien'], ['bi', 'thu'], ['chu', 'tich'], ['giam', 'doc'], ['dong', 'chi'], ['thanh', 'vien'],
  ['chu', 'nhiem'], ['truong'], ['pho'], ['chanh'],
];
/**
 * Titles of the heads of bodies, as against members ("ủy viên", "thành viên"): a head asks others to
 * act in the office's name ("Chủ tịch Ủy ban nhân dân tỉnh đề nghị …"), heads of a class of bodies
 * stand for them ("Thủ trưởng các sở, ban, ngành"). Longest first.
 */
const HEAD_TITLES: ReadonlyArray<readonly string[]> = [['bo', 'truong'], ['thu', 'truong'], ['truong', 'ban'], ['chu', 'tich'], ['giam', 'doc'], ['truong']];
/** The titles that open a subject: a bare "Trưởng" opening a sentence is too often another word's. */
const OPENING_HEADS = HEAD_TITLES.filter((t) => t.length > 1);
/** Opening words after which the named bodies are the ones to act. */
const OPENERS: string[][] = [['giao'], ['chi', 'dao'], ['don', 'doc'], ['de', 'nghi'], ['yeu', 'cau']];
/** Openers that ask the named bodies to act after an opening clause ("Do vậy, đề nghị X …"). */
const ASKING: string[][] = [['de', 'nghi'], ['yeu', 'cau'], ['giao']];
/** Opening clauses whose subject comes after a comma or semicolon. */
const CLAUSES: string[][] = [
  ['can', 'cu'], ['ngay', 'khi'], ['sau', 'khi'], ['tren', 'co', 'so'], ['do', 'vay'], ['vi', 'vay'], ['de'], ['truong', 'hop'],
  ['ngoai', 'ra'], ['dong', 'thoi'], ['tu', 'ngay'], ['theo', 'do'], ['theo', 'noi', 'dung'], ['theo', 'quy', 'dinh'], ['trong', 'thoi', 'han'], ['ke', 'tu'],
];
/** Connectives between an opening clause's comma and the asking verb ("…, do đó đề nghị X …"). */
const CONNECTIVES: string[][] = [['do', 'do'], ['vi', 'vay'], ['vi', 'the'], ['theo', 'do'], ['nhu', 'vay'], ['vay']];
/** Time phrases without a year that open a sentence before its subject ("Trong thời gian tới, …"). */
const TIME_LEADS: string[][] = [['trong', 'thoi', 'gian'], ['thoi', 'gian', 'toi'], ['truoc', 'mat'], ['tu', 'nay'], ['hang', 'nam'], ['dinh', 'ky']];
/** An opening "Đối với X:" names what the sentence is about, not who acts. */
const ABOUT = ['doi', 'voi'];
const ABOUT_COMMAS = 2;
const MAX_CLAUSE = 320;

/** No list of bodies runs longer; the bound keeps pathological inputs linear. */
const MAX_LIST = 24;

/** The list of agencies that starts with agencies[i]: consecutive names joined by commas, semicolons, "và". */
export function listFrom(agencies: readonly AgencyHit[], i: number, folded: string): AgencyHit[] {
  const run: AgencyHit[] = [];
  for (let j = i; j < agencies.length && run.length < MAX_LIST; j++) {
    const a = agencies[j]!;
    if (run.length > 0 && !LIST_GAP.test(folded.slice(run[run.length - 1]!.end, a.start))) break;
    run.push(a);
  }
  return run;
}

/** The list of agencies that ends with agencies[i], read backwards. */
function listTo(agencies: readonly AgencyHit[], i: number, folded: string): AgencyHit[] {
  const run: AgencyHit[] = [agencies[i]!];
  for (let j = i - 1; j >= 0 && run.length < MAX_LIST; j--) {
    const a = agencies[j]!;
    if (!LIST_GAP.test(folded.slice(a.end, run[0]!.start))) break;
    run.unshift(a);
  }
  return run;
}

const likeMemo = new BoundedMemo<boolean>(50_000);
/** Whether a token reads as a cue word, OCR damage allowed; memoised, cue words being few. */
function like(t: Token | undefined, word: string): boolean {
  if (t === undefined || !t.word) return false;
  if (t.key === word) return true;
  const key = `${t.key}\u0000${word}`;
  let hit = likeMemo.get(key);
  if (hit === undefined) {
    hit = ocrCost(t.key, word) !== Infinity;
    likeMemo.set(key, hit);
  }
  return hit;
}

function phraseAt(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => like(tokens[i + k], w));
}

/** Offsets inside parentheses: 1 at each, 0 elsewhere. */
function parenthesised(text: string): Uint8Array {
  const inside = new Uint8Array(text.length + 1);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    inside[i] = depth > 0 ? 1 : 0;
    if (text[i] === ')' && depth > 0) depth--;
  }
  return inside;
}

/** Token indices where a sentence starts: the text's start, and after a full stop followed by a capital. */
function sentenceStarts(tokens: readonly Token[]): number[] {
  const out = [0];
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!;
    const t = tokens[i]!;
    if ((prev.key === '.' || prev.key === ':') && t.word && t.raw[0] !== t.raw[0]!.toLowerCase() && !/^\p{N}/u.test(t.raw)) {
      // "1.1." is no sentence end: the stop closes a number. A year or a date does end one ("… năm 2025. Chủ tịch …").
      const before = tokens[i - 2]?.raw ?? '';
      if (!/\p{N}/u.test(before) || /\d{4}$/u.test(before)) out.push(i);
    }
  }
  return out;
}

/** Where a subject may begin; `acting`: only if an action follows its list (it comes after a name and a comma). */
interface Candidate {
  at: number;
  acting: boolean;
}

/**
 * Where the subject of the sentence starting at token i may begin: past
 * punctuation, leading deadlines and time phrases ("Trước 31/10/2025,"),
 * openers ("Giao"), and an opening clause up to its comma. Returns candidate
 * offsets, nearest first.
 */
function subjectOffsets(
  tokens: readonly Token[],
  i: number,
  deadlineAt: ReadonlyMap<number, DeadlineHit>,
  agencyEnds: ReadonlySet<number>,
): Candidate[] {
  // Openers assign only in the item's first sentence; later, "Chỉ đạo các xã…" is the subject directing them.
  const openers = i === 0 ? OPENERS : [];
  let j = i;
  for (let guard = 0; guard < 8 && j < tokens.length; guard++) {
    const t = tokens[j]!;
    if (!t.word && t.key !== '(') {
      j++;
      continue;
    }
    const d = deadlineAt.get(t.start);
    if (d) {
      // A limit counted from an event may run on past its comma into the sentence ("Trong thời hạn 05 ngày kể
      // từ …, Cục … lấy ý kiến …"): the comma ends the time phrase.
      while (j < tokens.length && tokens[j]!.start < d.end && tokens[j]!.key !== ',') j++;
      continue;
    }
    // A short time phrase closed by a comma ("Truéc 31/10/2025,"), even when damage hid it from the grammars.
    let comma = -1;
    for (let k = j + 1; k < tokens.length && k <= j + 6; k++) {
      if (tokens[k]!.key === ',') {
        comma = k;
        break;
      }
    }
    if (comma !== -1 && (tokens.slice(j, comma).some((x) => /\d{4}/u.test(x.raw)) || TIME_LEADS.some((p) => phraseAt(tokens, j, p)))) {
      j = comma + 1;
      continue;
    }
    const opener = openers.find((p) => phraseAt(tokens, j, p));
    if (opener) {
      j += opener.length;
      continue;
    }
    break;
  }
  const first = tokens[j];
  if (!first) return [];
  const about = phraseAt(tokens, j, ABOUT);
  // "Đối với X: …" names what follows; "Đối với X, Y làm …" is an opening clause before Y, the subject.
  if (about && !closedByComma(tokens, j)) return [];
  const out: Candidate[] = [{ at: first.start, acting: false }];
  if (about || CLAUSES.some((p) => phraseAt(tokens, j, p))) {
    const ends = agencyEnds;
    // "Đối với X, [time,] Y làm …": the subject, if any, comes within two commas; bodies further on are objects.
    const limit = about ? ABOUT_COMMAS : Infinity;
    for (let k = j + 1; k < tokens.length && tokens[k]!.start - first.start < MAX_CLAUSE && out.length <= limit; k++) {
      const t = tokens[k]!;
      // A stop inside a symbol ("4814/CCTKV.05-TTKT3") ends no sentence.
      if (t.key === '.' && tokens[k + 1]?.start !== t.end) break;
      // After a comma that closes a name, the next name continues a list ("Bộ Chính trị, Ban Bí
      // thư") unless an action follows it: then it is the subject ("…của Văn phòng Quốc hội, Bộ Xây
      // dựng làm việc với …").
      if (t.key === ';' || t.key === ',') {
        if (tokens[k + 1]) out.push({ at: tokens[k + 1]!.start, acting: t.key === ',' && ends.has(t.start) });
        // "Do vậy, đề nghị Thuế tỉnh Gia Lai …": the clause's comma, then the one asked to act.
        const linked = CONNECTIVES.find((p) => phraseAt(tokens, k + 1, p))?.length ?? 0;
        const opener = i === 0 ? ASKING.find((p) => phraseAt(tokens, k + 1 + linked, p)) : undefined;
        if (opener) {
          let m = k + 1 + linked + opener.length;
          if (tokens[m]?.key === 'cac' && tokens[m + 1]) out.push({ at: tokens[m++]!.start, acting: false });
          if (tokens[m]) out.push({ at: tokens[m]!.start, acting: false });
        }
      }
    }
  }
  return out;
}

/** What the sender of a letter says it does in closing: it answers or informs, it orders nothing. */
const REPLIES = /^\s{1,3}(?:xin\s{1,3})?(?:tran\s{1,3}trong\s{1,3})?(?:tra\s{1,3}loi|thong\s{1,3}bao(?:\s{1,3}(?:de|cho)\b|\s{0,3}[./]))/u;

/** Whether the phrase at token i ends at a comma (rather than a colon or the sentence's end). */
function closedByComma(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && tokens[k]!.start - tokens[i]!.start < MAX_CLAUSE; k++) {
    const key = tokens[k]!.key;
    if (key === ',') return true;
    if (key === ':' || key === '.' || key === ';') return false;
  }
  return false;
}

const startOf = (h: AgencyHit): number => h.start;

/** "Tỉnh ủy viên", "Ủy viên Ban Thường vụ", "Bí thư Tỉnh ủy": the title of a member or office holder ends before token i. */
function titledBefore(tokens: readonly Token[], i: number): boolean {
  outer: for (const t of TITLE_ENDS) {
    for (let k = 0; k < t.length; k++) if (tokens[i - t.length + k]?.key !== t[k]) continue outer;
    return true;
  }
  return false;
}

/** Token index by start offset, and the index after each token by end offset. */
function tokenIndex(tokens: readonly Token[]): { at: Map<number, number>; after: Map<number, number> } {
  const at = new Map<number, number>();
  const after = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) {
    at.set(tokens[i]!.start, i);
    after.set(tokens[i]!.end, i + 1);
  }
  return { at, after };
}

/** A member or office holder of the body ("Tỉnh ủy viên"), not the body itself. */
function isPerson(a: AgencyHit, tokens: readonly Token[], index: ReturnType<typeof tokenIndex>): boolean {
  const i = index.at.get(a.start);
  if (i === undefined) return false;
  const after = tokens[index.after.get(a.end) ?? -1];
  if (after?.key === 'vien') return true;
  if (!titledBefore(tokens, i)) return false;
  // "Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường tổ chức …": the heads of a class of bodies
  // stand for those bodies (GOLD.md: 0a97eb9c3c536047, 541cde0f8d5ffef3); a member's title stays a person's.
  const headOfClass = HEAD_TITLES.some((t) => t.every((w, k) => tokens[i - t.length + k]?.key === w)) && /(?:^|\s)các\s/iu.test(a.agency.canonical);
  return !headOfClass;
}

const GLUE = /^(?:chat|che|thuong|xuyen|tot|voi|cung|giua|:|,)$/u;

/** Glue words ("chặt chẽ với"; "với" read through damage) are skipped, never a name's first word ("Hội Nông dân"). */
const isGlue = (t: Token, eligibleAt: ReadonlyMap<number, number>): boolean => !eligibleAt.has(t.start) && (GLUE.test(t.key) || like(t, 'voi'));

/** Words of a group named before its members are listed in parentheses: "các nhà mạng (Viettel Nghệ An, …)". */
const GROUP_WORDS = 6;

/**
 * The bodies a parenthesis lists right after a group's common name, from token j: "phối hợp chặt
 * chẽ với các nhà mạng (Viettel Nghệ An, VNPT Nghệ An, MobiFone Nghệ An)" works with the three.
 * Empty when a body, a verb or a stop comes first, or the parenthesis does not open on a body.
 */
function namedInParentheses(
  tokens: readonly Token[],
  j: number,
  agencies: readonly AgencyHit[],
  agencyAt: ReadonlyMap<number, number>,
  folded: string,
  stopAtActions = true,
): AgencyHit[] {
  for (let k = j; k < tokens.length && k - j <= GROUP_WORDS; k++) {
    const t = tokens[k]!;
    if (t.key === '(') {
      const first = tokens[k + 1] === undefined ? undefined : agencyAt.get(tokens[k + 1]!.start);
      return first === undefined ? [] : listFrom(agencies, first, folded);
    }
    if (!t.word || agencyAt.has(t.start)) return [];
    if (stopAtActions && actionAt(tokens, k)) return [];
  }
  return [];
}

export function assignRoles(text: string, agencies: readonly AgencyHit[], deadlines: readonly DeadlineHit[]): Roles {
  const folded = fold(text);
  const tokens = tokenize(text);
  const inParens = parenthesised(text);
  const index = tokenIndex(tokens);
  const agencyAt = new Map<number, number>();
  agencies.forEach((a, n) => agencyAt.set(a.start, n));
  const eligible: AgencyHit[] = [];
  for (const a of agencies) if (inParens[a.start] !== 1 && !isPerson(a, tokens, index)) eligible.push(a);
  const eligibleAt = new Map<number, number>();
  const eligibleEnd = new Map<number, number>();
  for (let i = 0; i < eligible.length; i++) {
    eligibleAt.set(eligible[i]!.start, i);
    eligibleEnd.set(eligible[i]!.end, i);
  }
  const deadlineAt = new Map<number, DeadlineHit>();
  for (const d of deadlines) deadlineAt.set(d.start, d);
  const agencyEnds = new Set<number>();
  for (const a of agencies) agencyEnds.add(a.end);
  const lead: AgencyHit[] = [];
  const partners: AgencyHit[] = [];

  // "…; Ban Chỉ đạo đã ban hành …": a name right after a semicolon opens a clause of its own.
  const starts = new Set(sentenceStarts(tokens));
  for (let i = 0; i + 1 < tokens.length; i++) if (tokens[i]!.key === ';') starts.add(i + 1);
  /**
   * The bodies a subject asks to act, named right after it ("Ủy ban nhân dân tỉnh yêu cầu các cơ quan …"); empty when
   * it asks persons ("đề nghị các đồng chí Bộ trưởng …"), null when it asks nothing.
   */
  const askedAfter = (end: number): AgencyHit[] | null => {
    let m = index.after.get(end);
    if (m === undefined) return null;
    // One syllable read through damage is too loose ("giám" would be "giao"): "giao" must be printed so.
    const verb = ASKING.find((p) => (p.length === 1 ? tokens[m!]?.key === p[0] : phraseAt(tokens, m!, p)));
    if (verb === undefined) return null;
    m += verb.length;
    if (tokens[m]?.key === 'cho') m++;
    // "yêu cầu Thủ trưởng các sở, ban, ngành …": the heads of a class of bodies, asked in their bodies' name.
    const title = HEAD_TITLES.find((t) => t.every((w, k) => tokens[m! + k]?.key === w));
    if (title && tokens[m + title.length]?.key === 'cac') m += title.length;
    const k = tokens[m] === undefined ? undefined : eligibleAt.get(tokens[m]!.start);
    return k === undefined ? [] : listFrom(eligible, k, folded);
  };
  for (const s of starts) {
    const opening = tokens[s];
    if (opening === undefined || inParens[opening.start] === 1) continue;
    for (const { at, acting } of subjectOffsets(tokens, s, deadlineAt, agencyEnds)) {
      const first = eligibleAt.get(at);
      if (first === undefined) {
        // "Chủ tịch Ủy ban nhân dân Thành phố đề nghị các cơ quan, đơn vị …": a head asking others to act.
        const k = index.at.get(at);
        const head = k === undefined ? undefined : OPENING_HEADS.find((p) => phraseAt(tokens, k, p));
        const office = head === undefined ? undefined : agencyAt.get(tokens[k! + head.length]?.start ?? -1);
        const asked = office === undefined ? null : askedAfter(agencies[office]!.end);
        if (asked !== null) {
          append(lead, asked);
          break;
        }
        continue;
      }
      const list = listFrom(eligible, first, folded);
      const after = list[list.length - 1]!.end;
      // "Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị …": the issuer asks, the bodies asked act.
      const asked = askedAfter(after);
      if (asked !== null) {
        append(lead, asked);
        break;
      }
      if (acting && !opensWithAction(folded.slice(after))) continue;
      // "Cục Thuế trả lời để Thuế tỉnh Lào Cai được biết": the sender's closing formula, no order.
      if (REPLIES.test(folded.slice(after, after + 24))) break;
      // "Bộ Chính trị, Ban Bí thư cơ bản nhất trí với Tờ trình …": a view, whoever holds it leads nothing.
      if (opensWithView(folded.slice(after, after + 40))) break;
      // "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý …) có trách nhiệm": the members named lead, not the group.
      const members = list.length === 1 && /^các\s/iu.test(list[0]!.agency.canonical) ? namedInParentheses(tokens, index.after.get(after) ?? tokens.length, agencies, agencyAt, folded, false) : [];
      append(lead, members.length > 0 ? members : list);
      break;
    }
  }

  for (let i = 0; i < tokens.length; i++) {
    if (!phraseAt(tokens, i, ['chu', 'tri'])) continue;
    const prev = tokens[i - 1]?.key === ',' ? tokens[i - 2] : tokens[i - 1];
    const before = prev ? eligibleEnd.get(prev.end) : undefined;
    if (before !== undefined) append(lead, listTo(eligible, before, folded));
    // "Bộ Tài chính chủ trì cùng Bộ Xây dựng và các bộ, ngành liên quan rà soát": those with the lead are partners.
    if (tokens[i + 2]?.key !== 'cung') continue;
    const j = tokens[i + 3]?.key === 'voi' ? i + 4 : i + 3;
    const k = tokens[j] ? eligibleAt.get(tokens[j]!.start) : undefined;
    if (k !== undefined) append(partners, listFrom(eligible, k, folded));
  }

  for (let i = 0; i < tokens.length; i++) {
    // "chủ trì, phối hợp": restoration sometimes makes the damaged "phối" the word "phù" ("phù hợp").
    const afterLead = tokens[i - 1]?.key === ',' && phraseAt(tokens, i - 3, ['chu', 'tri']);
    if (!phraseAt(tokens, i, ['phoi', 'hop']) && !(afterLead && phraseAt(tokens, i, ['phu', 'hop']))) continue;
    let j = i + 2;
    while (j < tokens.length && j < i + 6 && isGlue(tokens[j]!, eligibleAt)) j++;
    const k = tokens[j] ? eligibleAt.get(tokens[j]!.start) : undefined;
    if (k !== undefined) append(partners, listFrom(eligible, k, folded));
    else append(partners, namedInParentheses(tokens, j, agencies, agencyAt, folded));
  }

  // Roles a label states ("Cơ quan chủ trì: …", "Đơn vị phối hợp: …") overrule the sentence rules.
  const labelled = labelledRoles(folded, eligible);
  const bySentence = (a: AgencyHit) => !inside(a, labelled.covered);
  const leads = uniqueBy([...lead.filter(bySentence), ...labelled.lead], startOf).sort(byStart);
  const leadStarts = new Set<number>();
  for (const h of leads) leadStarts.add(h.start);
  const others: AgencyHit[] = [];
  for (const p of uniqueBy([...partners.filter(bySentence), ...labelled.partners], startOf)) if (!leadStarts.has(p.start)) others.push(p);
  return { lead: leads, partners: others.sort(byStart) };
}
