/**
 * Bodies described rather than named, as the subject of an order: "Các doanh nghiệp viễn thông
 * triển khai …", "Các cơ quan chuyên môn, đơn vị trực thuộc Ủy ban nhân dân thành phố có trách
 * nhiệm …", "2. Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương:". "Các" and a noun of
 * organisations open it; it runs to the verb that follows (or the colon closing a heading), and
 * its name is the words as printed. Without that verb the phrase is no body: "các doanh nghiệp"
 * inside a sentence is what the sentence is about, and nothing is found.
 */
import { actionAt } from './actions.js';
import { isCapitalized, type Token } from '../text/tokens.js';
import { assignedElsewhere } from './collective.js';

export interface Described {
  endToken: number;
}

/** Nouns of organisations that may follow "các" (folded words). */
const NOUNS = [
  'to chuc chinh tri - xa hoi', 'doanh nghiep', 'to chuc', 'co quan quan ly', 'co quan', 'don vi', 'trung tam', 'hoi', 'doan the', 'co so', 'chu dau tu', 'ban',
  'so', 'phong', 'hop tac xa', 'truong', 'benh vien', 'ngan hang', 'tap doan', 'cong ty', 'chi bo',
  'dang uy', 'tinh uy', 'thanh uy', 'dia phuong', 'uy ban', 'thue', 'chi cuc', 'cuc', 'vien', 'nha truong', 'nganh',
  'luc luong',
].map((p) => p.split(' '));

/** What ends the subject besides an action: a duty, a manner, a mandate. */
const ENDS = [
  'co trach nhiem', 'chiu trach nhiem', 'theo chuc nang', 'trong pham vi', 'can cu', 'phai', 'nghiem tuc', 'tich cuc',
  'kip thoi', 'dinh ky', 'thuong xuyen', 'tham gia', 'chi dao', 'de nghi', 'yeu cau', 'trong viec', 'trong qua trinh',
  'de', 'nham',
].map((p) => p.split(' '));

/**
 * Where a subject can open: the text's start, after a stop or a list mark, after a verb of
 * assigning, or after "phối hợp (với)", whose bodies are the partners.
 */
const OPENS = new Set(['.', ';', ':', '-', '+', '•', ')', 'giao', 'nghi', 'cau', 'voi', 'hop']);

/** Words after which a verb is a noun's complement ("lĩnh vực xây dựng", "công tác kiểm tra"), not the predicate. */
const NOMINAL = new Set(['vuc', 'viec', 'tac', 've', 'cua', 'va', 'trong', 'cho', 'nganh', 'tu']);

const RELATED = ['lien', 'quan'];

/** No description runs longer. */
const MAX_TOKENS = 32;

function phraseAt(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k]?.key !== phrase[k]) return false;
  return true;
}

/** The end before the commas that stand between a description and its verb ("… của địa phương, kịp thời …"). */
function beforeGlue(tokens: readonly Token[], end: number): number {
  let k = end;
  while (k > 0 && tokens[k - 1]!.key === ',') k--;
  return k;
}

/** Whether the clause from token j holds its verb before it stops: "… và các cơ quan liên quan triển khai". */
function predicateAhead(tokens: readonly Token[], j: number): boolean {
  for (let k = j; k < tokens.length && k - j <= MAX_TOKENS; k++) {
    const key = tokens[k]!.key;
    if (key === '.' || key === ';' || key === ':' || key === '\n') return false;
    if (ENDS.some((p) => phraseAt(tokens, k, p))) return true;
    if (actionAt(tokens, k) && !NOMINAL.has(tokens[k - 1]!.key)) return true;
  }
  return false;
}

/** A described body starting at token i, given where known names start (`bodyAt`), or null. */
export function describedAt(tokens: readonly Token[], i: number, bodyAt: (j: number) => boolean): Described | null {
  if (tokens[i]?.key !== 'cac') return null;
  if (i > 0 && !OPENS.has(tokens[i - 1]!.key)) return null;
  const noun = NOUNS.find((p) => phraseAt(tokens, i + 1, p));
  if (noun === undefined) return null;
  // While only nouns have been listed ("Các tỉnh ủy, thành ủy, đảng ủy …", "Các cơ quan, tổ chức,
  // đơn vị …") a comma lists one more; once a noun is described ("Các ban của Tỉnh ủy"), a comma
  // and a noun start another body, and the words are a list of bodies, not one.
  let plain = true;
  let named = false;
  let listEnd = i + 1 + noun.length;
  for (let j = i + 1 + noun.length; j < tokens.length && j - i <= MAX_TOKENS; j++) {
    const t = tokens[j]!;
    if (t.key === ':') return j - i > 2 ? { endToken: j } : null;
    if (t.key === '.' || t.key === ';' || t.key === '(' || t.key === '\n') return null;
    if (t.key === ',' || t.key === 'va') {
      const member = NOUNS.find((p) => phraseAt(tokens, j + 1, p));
      // A member that opens a name of its own ("…, Ủy ban nhân dân các xã, phường") ends the list of nouns.
      if (member && plain && !bodyAt(j + 1)) {
        j += member.length;
        listEnd = j + 1;
        continue;
      }
      // "Các cơ quan chuyên môn, cơ quan hành chính khác thuộc Ủy ban nhân dân": while the words
      // name no body yet, a small noun after a comma goes on describing the group ("Các ban của
      // Tỉnh ủy, đảng ủy trực thuộc" is two bodies).
      if (member && !named && !isCapitalized(tokens[j + 1]!)) {
        j += member.length;
        continue;
      }
      const next = tokens[j + 1];
      // ", các đơn vị sự nghiệp …" after a described noun goes on describing one group; "và các …"
      // names another, and this one ends here when the sentence still has its verb to come.
      if (t.key === ',' && next?.key === 'cac' && NOUNS.some((p) => phraseAt(tokens, j + 2, p))) continue;
      if (t.key === 'va' && next?.key === 'cac') return predicateAhead(tokens, j + 1) ? { endToken: j } : null;
      if (member || next === undefined || next.key === 'cac' || bodyAt(j + 1) || isCapitalized(next)) return null;
      continue;
    }
    if (!t.word) continue;
    if (isCapitalized(t)) named = true;
    // "Các cơ quan được phân công chủ trì …": the leads named elsewhere, no body of its own.
    if (assignedElsewhere(tokens, j)) return null;
    // "(có) liên quan" closes the description: "các ngành liên quan, phát huy …" ends there.
    if (phraseAt(tokens, j, RELATED)) return { endToken: j + RELATED.length };
    // A noun alone ("các cơ quan tổ chức …") describes nobody in particular.
    const bare = j === i + 1 + noun.length;
    if (ENDS.some((p) => phraseAt(tokens, j, p))) return bare ? null : { endToken: beforeGlue(tokens, j) };
    // One-syllable verbs ("lập", "trình") are too often a name's own word ("công lập").
    // Right after a list of nouns ("các sở, ban, ngành tham mưu") a verb is the predicate all the same.
    const complement = NOMINAL.has(tokens[j - 1]!.key) && !(plain && j === listEnd && listEnd > i + 1 + noun.length);
    if (actionAt(tokens, j) && !complement) return bare ? null : { endToken: beforeGlue(tokens, j) };
    plain = false;
  }
  return null;
}
