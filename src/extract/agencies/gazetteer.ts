/**
 * The agency gazetteer (dict/agencies.tsv) as a token trie: every name and
 * variant is tokenized the way running text is (tokens.ts), so matching is a
 * walk down the trie from each token, longest name wins.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AgencyBranch, AgencyLevel } from '../../types.js';
import { tokenize } from '../text/tokens.js';

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

/** Parses the TSV text; malformed lines are reported, not skipped silently. */
export function parseGazetteer(tsv: string): Gazetteer {
  const root: TrieNode = { next: new Map() };
  const entries: GazetteerEntry[] = [];
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
    for (const name of names) {
      insert(root, name, entry);
      // Documents drop the comma in "Sở Văn hóa, Thể thao và Du lịch" as often as they keep it.
      if (name.includes(',')) insert(root, name.replace(/\s*,\s*/g, ' '), entry);
    }
  });
  return { root, entries };
}

/** The package's dict/ folder, found from this module whether run from src/ or dist/. */
function dictPath(file: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'dict', file);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`dict/${file} not found above ${fileURLToPath(import.meta.url)}`);
}

let cached: Gazetteer | null = null;

export function defaultGazetteer(): Gazetteer {
  cached ??= parseGazetteer(readFileSync(dictPath('agencies.tsv'), 'utf8'));
  return cached;
}

export interface TrieMatch {
  entry: GazetteerEntry;
  /** Index of the token after the match. */
  endToken: number;
}

/** The longest gazetteer name starting at token `from`, if any. */
export function longestAt(gazetteer: Gazetteer, keys: readonly string[], from: number): TrieMatch | null {
  let node: TrieNode | undefined = gazetteer.root;
  let best: TrieMatch | null = null;
  for (let i = from; i < keys.length; i++) {
    node = node.next.get(keys[i]!);
    if (!node) break;
    if (node.entry) best = { entry: node.entry, endToken: i + 1 };
  }
  return best;
}
