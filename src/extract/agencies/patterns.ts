/**
 * Agencies the gazetteer does not list, recognised by how Vietnamese names
 * them: a head word ("Sở", "Bộ", "Phòng", "Ban … Tỉnh ủy", "Đảng ủy", "Chi cục",
 * "Trường Chính trị") followed by a name whose parts are capitalised
 * ("Sở Ngoại vụ", "Bộ Văn hóa, Thể thao và Du lịch"). Only the first syllable of
 * each part is capitalised, so a part is one capitalised word and at most one
 * lower-case one; a lower-case word after that is the verb that follows.
 */
import type { AgencyBranch, AgencyLevel } from '../../types.js';
import { isCapitalized, type Token } from '../text/tokens.js';

export interface PatternMatch {
  endToken: number;
  level: AgencyLevel | null;
  branch: AgencyBranch | null;
}

const CONNECTORS = new Set([',', 'va', '-']);
/** Words that open another body's name: after a connector they start the next name, not more of this one. */
const HEADS = new Set(['bo', 'so', 'phong', 'ban', 'uy', 'dang', 'cuc', 'vien', 'toa', 'hoi', 'van', 'cong', 'chi', 'mat', 'thanh', 'tinh', 'ngan', 'kho', 'truong']);
const MAX_PARTS = 5;

/** End of a capitalised name starting at token i (exclusive), or i when there is none. */
export function nameEnd(tokens: readonly Token[], i: number): number {
  let end = i;
  let at = i;
  for (let parts = 0; parts < MAX_PARTS; parts++) {
    let j = at;
    const joiner = tokens[j];
    if (parts > 0 && joiner && CONNECTORS.has(joiner.key)) {
      if (HEADS.has(tokens[j + 1]?.key ?? '')) break;
      j++;
    }
    const head = tokens[j];
    if (!head || !isCapitalized(head) || /^\p{N}/u.test(head.raw)) break;
    j++;
    const tail = tokens[j];
    if (tail && tail.word && !isCapitalized(tail) && !CONNECTORS.has(tail.key)) j++;
    end = j;
    at = j;
  }
  return end;
}

function keyIs(tokens: readonly Token[], i: number, ...keys: string[]): boolean {
  return keys.every((k, n) => tokens[i + n]?.key === k);
}

function capitalAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && isCapitalized(t);
}

const COMMUNE_WORDS = ['xa', 'phuong'];

/** An unseen agency starting at token i, or null. */
export function patternAt(tokens: readonly Token[], i: number): PatternMatch | null {
  const head = tokens[i];
  if (!head || !isCapitalized(head)) return null;
  if (head.key === 'so' || head.key === 'bo' || head.key === 'cuc') {
    const end = nameEnd(tokens, i + 1);
    if (end === i + 1) return null;
    return { endToken: end, level: head.key === 'so' ? 'province' : 'central', branch: 'state' };
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
    return { endToken: end, level: 'province', branch: head.key === 'chi' ? 'state' : 'party' };
  }
  if (keyIs(tokens, i, 'ban', 'quan', 'ly') && capitalAt(tokens, i + 1)) {
    const end = nameEnd(tokens, i + 3);
    return end === i + 3 ? null : { endToken: end, level: 'province', branch: 'state' };
  }
  if (head.key === 'ban' && capitalAt(tokens, i + 1)) {
    // "Ban Kinh tế Tỉnh ủy": a Party board, recognised by the Tỉnh ủy that closes it.
    const end = nameEnd(tokens, i + 1);
    if (end >= 2 && keyIs(tokens, end - 2, 'tinh', 'uy')) return { endToken: end, level: 'province', branch: 'party' };
    return null;
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
