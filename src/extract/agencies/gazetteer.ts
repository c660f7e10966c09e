/**
 * The agency gazetteer (dict/agencies.tsv, handed in by src/dict) as a token trie: every name and
 * variant is tokenized the way running text is (tokens.ts), so matching is a
 * walk down the trie from each token, longest name wins. Commas are left out
 * of the trie and skipped in the text ("Sở Văn hóa Thể thao và Du lịch",
 * "các cơ quan tham mưu giúp việc"). Words OCR damaged ("Ban Thudng vụ Tỉnh
 * Gy") follow the branch whose word they are close to (ocr-cost.ts), within a
 * budget for the whole name; an exact walk always beats a damaged one. A
 * province body's name also stands for the commune's own body of that name
 * (communeNames).
 */
import type { AgencyBranch, AgencyLevel } from '../../types.js';
import { budget, MAX_WORD, ocrCost } from '../text/ocr-cost.js';
import { tokenize } from '../text/tokens.js';
import { BoundedMemo } from '../../text/bounded-memo.js';

export interface GazetteerEntry {
  canonical: string;
  level: AgencyLevel | null;
  branch: AgencyBranch | null;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: GazetteerEntry;
}

export interface Gazetteer {
  root: TrieNode;
  entries: GazetteerEntry[];
}

const LEVELS: readonly string[] = ['central', 'province', 'commune'];
const BRANCHES: readonly string[] = ['party', 'state', 'front'];

function insert(root: TrieNode, name: string, entry: GazetteerEntry): void {
  let node = root;
  for (const token of tokenize(name)) {
    if (token.key === ',') continue;
    let child = node.next.get(token.key);
    if (!child) {
      child = { next: new Map() };
      node.next.set(token.key, child);
    }
    node = child;
  }
  // The first entry to claim a spelling keeps it; the file lists the more specific sense first.
  if (node !== root && !node.entry) node.entry = entry;
}

/**
 * Where the words, having opened a known name with three or more of its words, break off at a
 * point where that name allows only one next word ("Ủy ban nhân ở …": after "Ủy ban nhân" only
 * "dân" may come), or -1; the words' length when they end before the known name does.
 */
export function knownNameBreak(gazetteer: Gazetteer, keys: readonly string[]): number {
  let node = gazetteer.root;
  for (let k = 0; k < keys.length; k++) {
    const child = node.next.get(keys[k]!);
    if (child) {
      node = child;
      continue;
    }
    return k >= 3 && !node.entry && node.next.size === 1 ? k : -1;
  }
  // All of it is the start of a known name, short of its end ("Ban Thường vụ Đảng ủy" before "các xã").
  return keys.length >= 3 && !node.entry ? keys.length : -1;
}

/**
 * The commune's own body that mirrors a province's, by name: since 2025 local government has two
 * levels and a xã or phường has the bodies a province has ("Ủy ban nhân dân tỉnh" → "Ủy ban nhân
 * dân xã", "Công an tỉnh" → "Công an xã", "Ủy ban Kiểm tra Tỉnh ủy" → "Ủy ban Kiểm tra Đảng ủy
 * xã"). Names that end otherwise have none.
 */
export function communeNames(name: string): string[] {
  const m = /^(.*\S)\s+(tỉnh|Tỉnh ủy)$/u.exec(name.trim());
  if (!m) return name.trim() === 'Tỉnh ủy' ? ['Đảng ủy xã', 'Đảng ủy phường'] : [];
  const party = m[2] === 'Tỉnh ủy';
  return ['xã', 'phường'].map((level) => `${m[1]} ${party ? `Đảng ủy ${level}` : level}`);
}

/**
 * The centrally-run city's body that mirrors a province's: Hà Nội, Huế, Đà Nẵng and the other
 * cities under the centre have the bodies a province has, named with "thành phố" and "Thành
 * ủy" ("Ủy ban nhân dân tỉnh" → "Ủy ban nhân dân thành phố", "Văn phòng Tỉnh ủy" → "Văn phòng
 * Thành ủy"). Names that end otherwise have none.
 */
export function cityNames(name: string): string[] {
  const trimmed = name.trim();
  // Collective names of common nouns ("Các sở, ban, ngành tỉnh") are one fixed name whatever the
  // locality; a group of named bodies ("Các Ban Hội đồng nhân dân tỉnh") has the city's mirror.
  if (/^[Cc]ác\s+\p{Ll}/u.test(trimmed)) return [];
  if (trimmed === 'Tỉnh ủy') return ['Thành ủy'];
  const m = /^(.*\S)\s+(tỉnh|Tỉnh ủy)$/u.exec(trimmed);
  if (!m) return [];
  return [`${m[1]} ${m[2] === 'Tỉnh ủy' ? 'Thành ủy' : 'thành phố'}`];
}

/** The units of the commune level since 2025, in the order the gazetteer's names list them. */
const COMMUNE_UNITS = ['xã', 'phường'];
/** Units a list of communes may add: the islands' special zones, and towns in older texts. */
const COMMUNE_EXTRAS = ['đặc khu', 'thị trấn'];

/**
 * The other ways a name over all communes is printed: "các xã, phường" as "các phường, xã",
 * "các xã, phường, đặc khu", "các phường, xã, thị trấn" name the same group of bodies.
 */
export function communeListSpellings(name: string): string[] {
  const listed = COMMUNE_UNITS.join(', ');
  const at = name.indexOf(listed);
  if (at < 0) return [];
  const before = name.slice(0, at);
  const after = name.slice(at + listed.length);
  const orders = [COMMUNE_UNITS, [...COMMUNE_UNITS].reverse()];
  const lists = orders.flatMap((units) => [units, ...COMMUNE_EXTRAS.map((extra) => [...units, extra])]);
  return lists.map((units) => `${before}${units.join(', ')}${after}`).filter((spelled) => spelled !== name);
}

/**
 * A name's spellings with its "và" left out, as lists of fields are often typed ("Sở Văn hoá Thể
 * thao du lịch"); like its commas, the one word that only joins the fields.
 */
export function withoutAnd(name: string): string[] {
  const dropped = name.replace(/,?\s+và\s+/gu, ' ');
  return dropped === name ? [] : [dropped];
}

/** Parses the TSV text; malformed lines are reported, not skipped silently. */
export function parseGazetteer(tsv: string): Gazetteer {
  const root: TrieNode = { next: new Map() };
  const entries: GazetteerEntry[] = [];
  const mirrored: Array<[string, string[], GazetteerEntry]> = [];
  const respelled: Array<[string, GazetteerEntry]> = [];
  tsv.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [canonical = '', variants = '', level = '', branch = ''] = line.split('\t');
    if (canonical.trim() === '') throw new Error(`agencies.tsv line ${index + 1}: no canonical name`);
    if (level !== '' && !LEVELS.includes(level)) throw new Error(`agencies.tsv line ${index + 1}: bad level "${level}"`);
    if (branch !== '' && !BRANCHES.includes(branch)) {
      throw new Error(`agencies.tsv line ${index + 1}: bad branch "${branch}"`);
    }
    const entry: GazetteerEntry = {
      canonical: canonical.trim(),
      level: level === '' ? null : (level as AgencyLevel),
      branch: branch === '' ? null : (branch as AgencyBranch),
    };
    entries.push(entry);
    const names = [entry.canonical, ...variants.split('|').map((v) => v.trim())].filter((v) => v !== '');
    for (const name of names) insert(root, name, entry);
    for (const name of names) for (const spelled of [...communeListSpellings(name), ...withoutAnd(name)]) respelled.push([spelled, entry]);
    if (entry.level === 'province') mirrored.push([entry.canonical, names, entry]);
  });
  // Other spellings go in after every listed name, so a listed spelling always keeps the entry that lists it.
  for (const [spelled, entry] of respelled) insert(root, spelled, entry);
  // Commune and city counterparts go in after every listed name, so a listed spelling always keeps its entry.
  const listed = new Set(entries.map((e) => e.canonical));
  const mirror = (counterparts: (name: string) => string[], level: AgencyLevel) => {
    for (const [canonical, names, entry] of mirrored) {
      counterparts(canonical).forEach((counterpart, k) => {
        if (listed.has(counterpart)) return;
        const mirrorEntry: GazetteerEntry = { canonical: counterpart, level, branch: entry.branch };
        entries.push(mirrorEntry);
        for (const name of names) {
          const spelled = counterparts(name)[k];
          if (spelled) insert(root, spelled, mirrorEntry);
        }
      });
    }
  };
  mirror(communeNames, 'commune');
  mirror(cityNames, 'province');
  return { root, entries };
}

export interface TrieMatch {
  entry: GazetteerEntry;
  /** Index of the token after the match. */
  endToken: number;
  /** OCR cost of the words read (0 for an exact match). */
  cost: number;
}

/** Fuzzy steps from a node for a word, memoised: the same words recur all through a document. */
const steps = new WeakMap<TrieNode, BoundedMemo<Array<[TrieNode, number, string]>>>();
const MAX_MEMO = 20_000;

function stepsFrom(node: TrieNode, key: string): Array<[TrieNode, number, string]> {
  let memo = steps.get(node);
  if (!memo) steps.set(node, (memo = new BoundedMemo(MAX_MEMO)));
  const hit = memo.get(key);
  if (hit) return hit;
  const out: Array<[TrieNode, number, string]> = [];
  if (key.length <= MAX_WORD && /[a-z]/u.test(key)) {
    for (const [childKey, child] of node.next) {
      if (childKey === key) continue;
      // Inside a name even a two-letter word may lose a letter ("B Chính trị", "có" as "co6").
      const c = ocrCost(key, childKey, Math.max(budget(childKey), 0.75));
      if (c !== Infinity) out.push([child, c, childKey]);
    }
  }
  memo.set(key, out);
  return out;
}

const consonants = (key: string): string => key.replace(/[aeiouy]/gu, '');

/** A damaged name may cost this much in all: half a substitution per word, plus one. */
const nameBudget = (words: number) => 0.5 * words + 0.5;
const MAX_STATES = 16;

/**
 * The best gazetteer name starting at token `from`, if any: the longest one,
 * exact or damaged within budget; on equal length the exact one, then the
 * cheapest ("các cấp ủy, td chic dạng" is "Các cấp ủy, tổ chức đảng", not
 * "các cấp ủy" and debris). `keys` are the tokens' folded forms, commas
 * included (they are skipped).
 */
export function longestAt(gazetteer: Gazetteer, keys: readonly string[], from: number, settled?: readonly boolean[]): TrieMatch | null {
  let node: TrieNode | undefined = gazetteer.root;
  let best: TrieMatch | null = null;
  for (let i = from; i < keys.length; i++) {
    if (keys[i] === ',' && i > from) continue;
    node = node.next.get(keys[i]!);
    if (!node) break;
    if (node.entry) best = { entry: node.entry, endToken: i + 1, cost: 0 };
  }
  const damaged = damagedAt(gazetteer, keys, from, settled);
  // A damaged reading goes further than an exact one only on a word it read exactly: "Viện kiểm
  // sát nhân dân tỉnh phối hợp" is not "… thành phố" read through two damaged words.
  return damaged && (!best || (damaged.endToken > best.endToken && damaged.lastExact >= best.endToken)) ? damaged : best;
}

const DISTINCT_WORDS = new Set([['truong', 'tuong']].flatMap(([a, b]) => [`${a}\u0000${b}`, `${b}\u0000${a}`]));

interface State {
  node: TrieNode;
  cost: number;
  words: number;
  exact: number;
  /** Index of the last token read exactly, -1 for none. */
  lastExact: number;
  /** The last word was read as a word it never is (DISTINCT_WORDS): no name ends here. */
  distinctLast?: boolean;
}

/** Sorts by cost, keeping the order of equal costs; in place, by insertion while the list is short. */
function sortByCost(states: State[]): void {
  if (states.length > 32) {
    states.sort((a, b) => a.cost - b.cost);
    return;
  }
  for (let i = 1; i < states.length; i++) {
    const s = states[i]!;
    let j = i - 1;
    while (j >= 0 && states[j]!.cost > s.cost) {
      states[j + 1] = states[j]!;
      j--;
    }
    states[j + 1] = s;
  }
}

/**
 * Called at every word of every block, and most words start no name: those
 * are turned away before any state is made.
 */
function damagedAt(gazetteer: Gazetteer, keys: readonly string[], from: number, settled?: readonly boolean[]): (TrieMatch & { lastExact: number }) | null {
  const first = keys[from];
  if (first === undefined || (!gazetteer.root.next.has(first) && stepsFrom(gazetteer.root, first).length === 0)) return null;
  const fuzzy = (i: number) => settled?.[i] !== true;
  let states: State[] = [{ node: gazetteer.root, cost: 0, words: 0, exact: 0, lastExact: -1 }];
  let best: (TrieMatch & { lastExact: number }) | null = null;
  for (let i = from; i < keys.length && states.length > 0; i++) {
    const key = keys[i]!;
    if (key === ',' && i > from) continue;
    const next: State[] = [];
    for (const s of states) {
      const exact = s.node.next.get(key);
      if (exact) next.push({ node: exact, cost: s.cost, words: s.words + 1, exact: s.exact + 1, lastExact: i });
      for (const [child, c, childKey] of stepsFrom(s.node, key)) {
        // In text printed with its marks a marked word may have a vowel misread, not a consonant:
        // "Thủ trưởng" is no damaged "Thủ tướng".
        if (!fuzzy(i) && consonants(childKey) !== consonants(key)) continue;
        // Words of directives that are each other's neighbours but never each other: a name cannot end on
        // one read as the other ("Thủ trưởng", a head of any body, is no damaged "Thủ tướng"); inside a
        // longer name it may be damage ("Thủ trưởng Chính phủ").
        const distinct = DISTINCT_WORDS.has(`${key}\u0000${childKey}`);
        if (s.cost + c <= nameBudget(s.words + 1)) next.push({ node: child, cost: s.cost + c, words: s.words + 1, exact: s.exact, lastExact: s.lastExact, ...(distinct ? { distinctLast: true } : {}) });
      }
    }
    sortByCost(next);
    if (next.length > MAX_STATES) next.length = MAX_STATES;
    states = next;
    for (const s of states) {
      // A name read wholly from damaged words must be long enough to be unmistakable.
      if (!s.node.entry || (s.exact === 0 && s.words < 3) || s.distinctLast) continue;
      if (!best || i + 1 > best.endToken || (i + 1 === best.endToken && s.cost < best.cost)) {
        best = { entry: s.node.entry, endToken: i + 1, cost: s.cost, lastExact: s.lastExact };
      }
    }
  }
  return best;
}
