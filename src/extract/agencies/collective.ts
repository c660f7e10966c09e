/**
 * Collective bodies named by common nouns: "các cơ quan, đơn vị", "các đơn
 * vị, địa phương", "cơ quan, địa phương, đơn vị" (continuing a list after a
 * comma), "các sở, ngành, đơn vị, địa phương liên quan". Each gets one
 * canonical name whatever the order of its nouns:
 *   - departments only ("sở", "ban", "ngành", "đoàn thể"): "Các sở, ban, ngành tỉnh"
 *     ("các sở, ban, ngành có liên quan" too: the relevant ones among them);
 *   - other nouns with "(có) liên quan": "Các cơ quan, đơn vị liên quan";
 *   - else the nouns among cơ quan, đơn vị, địa phương in that order:
 *     "Các cơ quan, đơn vị, địa phương";
 *   - ministries: "Các bộ, ngành", "Các bộ, ngành, địa phương", with "liên quan" when said.
 * One noun alone ("các cơ quan") names nobody in particular and is not taken, but for "các đoàn
 * thể", the mass organisations.
 */
import { ocrCost } from '../text/ocr-cost.js';
import { isCapitalized, type Token } from '../text/tokens.js';

export interface Collective {
  endToken: number;
  canonical: string;
}

const NOUNS: ReadonlyArray<[string[], string]> = [
  [['co', 'quan'], 'cơ quan'],
  [['don', 'vi'], 'đơn vị'],
  [['dia', 'phuong'], 'địa phương'],
  [['doan', 'the'], 'đoàn thể'],
  [['so'], 'sở'],
  [['bo'], 'bộ'],
  [['ban'], 'ban'],
  [['nganh'], 'ngành'],
];
const GENERAL = ['cơ quan', 'đơn vị', 'địa phương'];
const DEPARTMENTS = new Set(['sở', 'ban', 'ngành', 'đoàn thể']);
const MAX_NOUNS = 8;

const like = (token: Token | undefined, word: string) => token !== undefined && token.word && ocrCost(token.key, word) !== Infinity;

function nounAt(tokens: readonly Token[], i: number): [number, string] | null {
  for (const [words, noun] of NOUNS) {
    // One-syllable nouns must be exact: "sở", "ban" are too short to read through damage.
    const ok = words.every((w, k) => (words.length === 1 ? tokens[i + k]?.key === w : like(tokens[i + k], w)));
    if (ok) return [i + words.length, noun];
  }
  return null;
}

/** "được giao", "được phân công" at token i: the bodies given the work elsewhere in the document. */
export function assignedElsewhere(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.key !== 'duoc') return false;
  const next = tokens[i + 1]?.key;
  return next === 'giao' || (next === 'phan' && tokens[i + 2]?.key === 'cong');
}

/** A collective body starting at token i ("các …", or a list continued after a comma), or null. */
export function collectiveAt(tokens: readonly Token[], i: number): Collective | null {
  const opened = like(tokens[i], 'cac');
  // Without "các": continuing a list after a comma, or opening a sentence ("Sở, ban, ngành thuộc …").
  const before = tokens[i - 1];
  const opensSentence = (before === undefined || /^[.;:\-–+•\n]$/u.test(before.raw)) && isCapitalized(tokens[i]!);
  if (!opened && before?.key !== ',' && !opensSentence) return null;
  let j = opened ? i + 1 : i;
  const nouns: string[] = [];
  let end = j;
  while (nouns.length < MAX_NOUNS) {
    const found = nounAt(tokens, j);
    if (!found) break;
    nouns.push(found[1]);
    end = found[0];
    if (tokens[end]?.key !== ',' && tokens[end]?.key !== 'va') break;
    j = end + 1;
  }
  // "các đoàn thể" alone is a body: the mass organisations, beside the Front ("Ủy ban MTTQ … và các Đoàn thể").
  if (nouns.length === 1 && nouns[0] === 'đoàn thể' && opened && !assignedElsewhere(tokens, end)) return { endToken: end, canonical: 'Các đoàn thể' };
  if (nouns.length < 2) return null;
  // "Các cơ quan, đơn vị được giao chủ trì …" stands for the leads named elsewhere, no body of its own.
  if (assignedElsewhere(tokens, end)) return null;
  let k = end;
  // "(có) liên quan", the "có" often damaged ("¢6", "co6").
  if (tokens[k]?.word && tokens[k]!.key.length <= 3 && like(tokens[k + 1], 'lien') && like(tokens[k + 2], 'quan')) k++;
  const related = like(tokens[k], 'lien') && like(tokens[k + 1], 'quan') ? k + 2 : null;
  // Ministries ("các bộ, ngành (liên quan)", "các bộ, ngành, địa phương"): the central level's own names.
  if (nouns.includes('bộ')) {
    const names = ['bộ', ...(nouns.some((n) => n === 'ngành' || n === 'cơ quan') ? ['ngành'] : []), ...(nouns.includes('địa phương') ? ['địa phương'] : [])];
    return { endToken: related ?? end, canonical: `Các ${names.join(', ')}${related !== null ? ' liên quan' : ''}` };
  }
  if (nouns.every((n) => DEPARTMENTS.has(n))) {
    return { endToken: related ?? (tokens[end]?.key === 'tinh' ? end + 1 : end), canonical: 'Các sở, ban, ngành tỉnh' };
  }
  if (related !== null) return { endToken: related, canonical: 'Các cơ quan, đơn vị liên quan' };
  const general = GENERAL.filter((n) => nouns.includes(n));
  if (general.length < 2 && !nouns.some((n) => DEPARTMENTS.has(n))) return null;
  // Departments mixed with other bodies: all of them, as one collective ("các sở, ban, ngành, địa
  // phương" is "Các cơ quan, đơn vị, địa phương": the departments are its cơ quan, đơn vị).
  const names = nouns.some((n) => DEPARTMENTS.has(n)) ? GENERAL.filter((n) => n !== 'địa phương' || nouns.includes(n)) : general;
  return { endToken: end, canonical: `Các ${names.join(', ')}` };
}
