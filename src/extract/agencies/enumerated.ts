/**
 * Lists that write one head for several bodies after a colon:
 *   - "Các sở: Công thương, Khoa học và Công nghệ, Xây dựng" names departments: each listed name is
 *     looked up as "Sở <name>" (or "Bộ <name>"), and the hit covers the name as written;
 *   - "các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội" names
 *     corporations the gazetteer need not list: each capitalised name is "Tập đoàn <name>";
 *   - "Ủy ban nhân dân các tỉnh: Lào Cai, Đồng Nai và Thái Nguyen" names one body per place: a
 *     listed body of that level ("Ủy ban nhân dân tỉnh") followed by each place.
 */
import type { AgencyBranch, AgencyLevel } from '../../types.js';
import { isCapitalized, type Token } from '../text/tokens.js';
import { longestAt, type Gazetteer } from './gazetteer.js';
import { nameEnd } from './patterns.js';

export interface Enumerated {
  startToken: number;
  endToken: number;
  canonical: string | null;
  level: AgencyLevel | null;
  branch: AgencyBranch | null;
  /** Whether the gazetteer lists the body (a corporation named in the list need not be). */
  known: boolean;
}

const GAZETTEER_HEADS: Record<string, string> = { so: 'so', bo: 'bo' };
/** Heads of bodies named by a capitalised name, printed as the canonical name's head. */
const NAME_HEADS: ReadonlyArray<{ keys: readonly string[]; head: string }> = [
  { keys: ['tap', 'doan'], head: 'Tập đoàn' },
  { keys: ['tong', 'cong', 'ty'], head: 'Tổng công ty' },
];
/** Level words a list of places may follow, as the gazetteer spells the level. */
const PLACE_LEVELS: Record<string, string> = { tinh: 'tỉnh', xa: 'xã', phuong: 'phường' };
const STOPS = new Set([';', '.', ':', '(', ')']);
const SEPARATORS = new Set([',', 'va']);
const MAX_BODY = 8;
const MAX_PLACE = 4;

const keysAt = (tokens: readonly Token[], i: number, keys: readonly string[]): boolean => keys.every((k, n) => tokens[i + n]?.key === k);

function gazetteerList(tokens: readonly Token[], i: number, gazetteer: Gazetteer): Enumerated[] {
  const head = GAZETTEER_HEADS[tokens[i + 1]?.key ?? ''];
  if (!head || tokens[i + 2]?.key !== ':') return [];
  const found: Enumerated[] = [];
  let j = i + 3;
  while (j < tokens.length && !STOPS.has(tokens[j]!.key)) {
    // Try the longest "Sở <name>" that the following words can spell.
    const keys = [head, ...tokens.slice(j, j + 12).map((t) => t.key)];
    const match = longestAt(gazetteer, keys, 0);
    if (!match) break;
    const endToken = j + match.endToken - 1;
    found.push({ startToken: j, endToken, ...match.entry, known: true });
    j = endToken;
    if (tokens[j]?.key === ',') j++;
  }
  return found;
}

function namedList(tokens: readonly Token[], i: number, text: string): Enumerated[] {
  const head = NAME_HEADS.find((h) => keysAt(tokens, i + 1, h.keys));
  if (!head) return [];
  let j = i + 1 + head.keys.length;
  if (tokens[j]?.key !== ':') return [];
  j++;
  const found: Enumerated[] = [];
  while (j < tokens.length) {
    const end = nameEnd(tokens, j);
    if (end === j) break;
    const name = text.slice(tokens[j]!.start, tokens[end - 1]!.end).replace(/\s+/gu, ' ');
    found.push({ startToken: j, endToken: end, canonical: `${head.head} ${name}`, level: null, branch: null, known: false });
    j = end;
    if (!SEPARATORS.has(tokens[j]?.key ?? '')) break;
    j++;
  }
  return found;
}

/** The places listed from token j, each with its end: capitalised words separated by commas or "và". */
function placesFrom(tokens: readonly Token[], j: number, text: string): Array<{ start: number; end: number; name: string }> {
  const out: Array<{ start: number; end: number; name: string }> = [];
  while (j < tokens.length) {
    let k = j;
    while (k < tokens.length && k - j < MAX_PLACE && tokens[k]!.word && isCapitalized(tokens[k]!) && !/\p{N}/u.test(tokens[k]!.raw)) k++;
    if (k === j) break;
    out.push({ start: j, end: k, name: text.slice(tokens[j]!.start, tokens[k - 1]!.end).replace(/\s+/gu, ' ') });
    j = k;
    if (!SEPARATORS.has(tokens[j]?.key ?? '')) break;
    j++;
  }
  return out;
}

function placeList(tokens: readonly Token[], i: number, gazetteer: Gazetteer, text: string): Enumerated[] {
  for (let m = i + 1; m <= i + MAX_BODY && m < tokens.length; m++) {
    if (!tokens[m - 1]!.word) return [];
    if (tokens[m]?.key !== 'cac') continue;
    const level = PLACE_LEVELS[tokens[m + 1]?.key ?? ''];
    if (!level || tokens[m + 2]?.key !== ':') return [];
    const keys = [...tokens.slice(i, m).map((t) => t.key), tokens[m + 1]!.key];
    const match = longestAt(gazetteer, keys, 0);
    if (!match || match.endToken !== keys.length) return [];
    const places = placesFrom(tokens, m + 3, text);
    return places.map((p, n) => ({
      startToken: n === 0 ? i : p.start,
      endToken: p.end,
      canonical: `${match.entry.canonical} ${p.name}`,
      level: match.entry.level,
      branch: match.entry.branch,
      known: true,
    }));
  }
  return [];
}

/** The bodies a list with one head names from token i, or [] when no such list starts there. */
export function enumeratedAt(tokens: readonly Token[], i: number, gazetteer: Gazetteer, text: string): Enumerated[] {
  if (!tokens[i]?.word) return [];
  if (tokens[i]!.key === 'cac') {
    const listed = gazetteerList(tokens, i, gazetteer);
    return listed.length > 0 ? listed : namedList(tokens, i, text);
  }
  return isCapitalized(tokens[i]!) ? placeList(tokens, i, gazetteer, text) : [];
}
