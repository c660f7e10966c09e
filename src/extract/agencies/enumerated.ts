/**
 * "Các sở: Công thương, Khoa học và Công nghệ, Xây dựng, Tài chính" names
 * four departments with one head word. Each listed name is looked up as
 * "Sở <name>" (or "Bộ <name>"), and the hit covers the name as written.
 */
import type { Token } from '../text/tokens.js';
import { longestAt, type Gazetteer, type TrieMatch } from './gazetteer.js';

export interface Enumerated {
  startToken: number;
  endToken: number;
  match: TrieMatch;
}

const HEADS: Record<string, string> = { so: 'so', bo: 'bo' };
const STOPS = new Set([';', '.', ':', '(', ')']);

/** The names listed after "các sở:" at token i, or [] when there is no such list. */
export function enumeratedAt(tokens: readonly Token[], i: number, gazetteer: Gazetteer): Enumerated[] {
  if (tokens[i]?.key !== 'cac' || tokens[i + 2]?.key !== ':') return [];
  const head = HEADS[tokens[i + 1]?.key ?? ''];
  if (!head) return [];
  const found: Enumerated[] = [];
  let j = i + 3;
  while (j < tokens.length && !STOPS.has(tokens[j]!.key)) {
    // Try the longest "Sở <name>" that the following words can spell.
    const keys = [head, ...tokens.slice(j, j + 12).map((t) => t.key)];
    const match = longestAt(gazetteer, keys, 0);
    if (!match) break;
    const endToken = j + match.endToken - 1;
    found.push({ startToken: j, endToken, match: { ...match, endToken } });
    j = endToken;
    if (tokens[j]?.key === ',') j++;
  }
  return found;
}
