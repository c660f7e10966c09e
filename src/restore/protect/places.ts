/**
 * Place names, which the language model knows too little of to get right ("Lai Châu" came out
 * "Lại Châu", "Sóc Trăng" "Sọc Trắng", "Lương Minh" "Lương Mình"): the decoder is handed them
 * fixed, from the places gazetteer, where the print supports them (place-names.ts says how
 * much it does).
 *
 * - After a level word ("xã", "phường", "P.", "tỉnh", "thành phố", "TP", "đặc khu"), and along
 *   a list after it ("tỉnh Lai Châu, Bắc Ninh và Sóc Trăng"), the capitalised words name units
 *   of that level. The names of that level that cost at most MAX_COST, and within TIE of the
 *   cheapest, fix every word they agree on; a word they disagree on ("Lương"/"Lượng Minh") is
 *   left to the decoder. The level word is then that level's word ("tinh" is "tỉnh").
 * - A capitalised run of two words or more that is exactly a province's name and no more,
 *   after no capitalised word ("Lai Chau" in a table, not "Nguyễn Thái Bình"), when one
 *   province alone fits.
 * - A run of two or more words in title case spelled as a known name ("Quảng Ngãi") is kept
 *   as printed, when the print tells (marked, or in text that has not lost its marks).
 */
import { BoundedMemo } from '../../text/bounded-memo.js';
import { ocrCost } from '../../vi/ocr-cost.js';
import { PROVINCE_KINDS, type PlaceKind, type PlaceTable } from '../../vi/places.js';
import type { Candidate, NoiseRegime } from '../decode/candidate-source.js';
import type { ProtectedSpan } from '../decode/sentences.js';
import { unitForm } from '../lm/units.js';
import { applyCase, baseKey, casePattern, isWellFormedSyllable, normalizeToneStyle, type ToneStyle } from '../syllable.js';
import type { Token } from '../tokenize.js';
import { indexNames, MAX_NAME_WORDS, namesOfKinds, placeScorer, type Name } from './place-names.js';

export interface PlaceFinderParts {
  places: PlaceTable;
  /** The language-model unit a fixed word counts as. */
  unitOf: (syllable: string) => string;
}

export interface PlaceContext {
  regime: NoiseRegime;
  toneStyle: ToneStyle;
  /** The decoder's candidates for a printed word in this document, best first. */
  candidates: (printed: string) => readonly Candidate[];
}

/** Spans for the place names of a token stream, none overlapping `taken`. */
export type PlaceFinder = (tokens: readonly Token[], taken: readonly ProtectedSpan[], context: PlaceContext) => ProtectedSpan[];

/** How far (nats) a name's reading may trail the print's best reading, over all its words. */
const MAX_COST = 6;
/** Names whose readings trail the cheapest one's by less than this are as good as it. */
const TIE = 1;
const LOOKS_MEMO = 50_000;

interface Level {
  /** The level word's words, folded. */
  words: readonly string[];
  /** Its syllables, which a damaged print of it is read as; null for an abbreviation, kept as printed. */
  syllables: readonly string[] | null;
  kinds: readonly PlaceKind[];
  /** Only with a full stop after it ("P. Xuân Hòa"). */
  dotted?: boolean;
}

const LEVELS: readonly Level[] = [
  { words: ['xa'], syllables: ['xã'], kinds: ['commune'] },
  { words: ['phuong'], syllables: ['phường'], kinds: ['ward'] },
  { words: ['dac', 'khu'], syllables: ['đặc', 'khu'], kinds: ['special-zone'] },
  { words: ['tinh'], syllables: ['tỉnh'], kinds: ['province', 'old-province'] },
  { words: ['thanh', 'pho'], syllables: ['thành', 'phố'], kinds: ['city', 'old-province'] },
  { words: ['tp'], syllables: null, kinds: ['city', 'old-province'] },
  { words: ['p'], syllables: null, kinds: ['ward'], dotted: true },
];

const TITLE = /^\p{Lu}\p{Ll}*$/u;
const CAPITALISED = /^\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;

/** Whether a word opens with a capital letter (ASCII told apart without the pattern). */
function opensWithCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITALISED.test(word);
}

interface Reading {
  spans: ProtectedSpan[];
  /** Token index of the name's last word. */
  last: number;
}

export function makePlaceFinder(parts: PlaceFinderParts): PlaceFinder {
  // Built for the first document rather than at load.
  let indices: { all: Map<string, Name[]>; provinces: Map<string, Name[]> } | undefined;

  // Which level words' last word a printed word is, or looks like when damaged: the same words
  // come back in every document.
  const levelLike = new BoundedMemo<readonly Level[]>(LOOKS_MEMO);
  const levelsEndingLike = (printed: string): readonly Level[] => {
    let levels = levelLike.get(printed);
    if (levels === undefined) {
      const lower = printed.normalize('NFC').toLowerCase();
      const key = baseKey(lower);
      // A syllable is itself, not a damaged level word ("thường" is no "phường").
      const damaged = !isWellFormedSyllable(lower);
      levels = LEVELS.filter((level) => {
        const last = level.words[level.words.length - 1]!;
        return key === last || (damaged && level.syllables !== null && ocrCost(key, last) !== Infinity);
      });
      levelLike.set(printed, levels);
    }
    return levels;
  };

  return (tokens, taken, { regime, toneStyle, candidates }) => {
    if (!indices) {
      const all = indexNames(parts.places);
      indices = { all, provinces: namesOfKinds(all, PROVINCE_KINDS) };
    }
    const index = indices.all;
    const scorer = placeScorer(candidates, regime);
    const covered = new Uint8Array(tokens.length);
    for (const s of taken) covered.fill(1, s.start, s.end);
    const free = (k: number): boolean => tokens[k]?.kind === 'word' && !covered[k];
    // Which free words open with a capital, found once: every word is asked about.
    const capitals = new Uint8Array(tokens.length);
    for (let k = 0; k < tokens.length; k++) if (free(k) && opensWithCapital(tokens[k]!.text)) capitals[k] = 1;
    const capitalised = (k: number): boolean => capitals[k] === 1;
    const keys: Array<string | undefined> = [];
    const folded = (k: number): string => (keys[k] ??= baseKey(tokens[k]!.text.normalize('NFC').toLowerCase()));
    const marked = (k: number): boolean => folded(k) !== tokens[k]!.text.normalize('NFC').toLowerCase();

    /** Capitalised words from i on, one space apart. */
    const run = (i: number): number[] => {
      const out: number[] = [];
      for (let k = i; out.length < MAX_NAME_WORDS && capitalised(k); k += 2) {
        out.push(k);
        if (tokens[k + 1]?.text !== ' ') break;
      }
      return out;
    };

    const styled = (word: string): string => (toneStyle === 'classic' ? word : normalizeToneStyle(word, toneStyle));
    const nameSpan = (k: number, name: Name, w: number): ProtectedSpan => {
      const printed = tokens[k]!.text;
      const syllable = name.syllables[w]!;
      const text = unitForm(printed) === syllable ? printed : ALL_CAPS.test(printed) ? styled(name.words[w]!).toUpperCase() : styled(name.words[w]!);
      return { start: k, end: k + 1, text, unit: parts.unitOf(syllable), why: 'place' };
    };
    /** A level word read as its syllable; an abbreviation ("TP", "P") kept as printed. */
    const levelSpan = (k: number, syllable: string | null): ProtectedSpan => {
      const printed = tokens[k]!.text;
      const want = syllable ?? unitForm(printed);
      const text = unitForm(printed) === want ? printed : applyCase(casePattern(printed), styled(want));
      return { start: k, end: k + 1, text, unit: parts.unitOf(want), why: 'place' };
    };

    /**
     * The name of these kinds a run of words reads as: the words its closest readings agree
     * on, fixed. `alone`: the run must be the whole name and one name alone must fit.
     */
    const read = (words: readonly number[], kinds: readonly PlaceKind[], alone: boolean): Reading | null => {
      if (words.length === 0) return null;
      // A name standing alone is a province's: looked for among the provinces only.
      const from = alone ? indices!.provinces : index;
      const names = scorer.namesFor(tokens[words[0]!]!.text, from).filter((n) => kinds.some((k) => n.kinds.has(k)));
      for (let m = words.length; m >= (alone ? words.length : 1); m--) {
        // Printed as a name, and the print tells: that name, whatever else its letters could be.
        const printed = words.slice(0, m);
        const same = names.find((n) => n.syllables.length === m && printed.every((k, w) => unitForm(tokens[k]!.text) === n.syllables[w]));
        if (same && (printed.some((k) => marked(k)) || printed.every((k) => scorer.telling(tokens[k]!.text)))) {
          return { spans: printed.map((k, w) => nameSpan(k, same, w)), last: printed[m - 1]! };
        }
        const scored: Array<{ name: Name; cost: number }> = [];
        for (const name of names) {
          if (name.syllables.length !== m) continue;
          let cost = 0;
          for (let w = 0; w < m && cost > -Infinity; w++) cost += scorer.score(tokens[words[w]!]!.text, name.syllables[w]!);
          if (cost >= -MAX_COST) scored.push({ name, cost });
        }
        if (scored.length === 0) continue;
        const best = Math.max(...scored.map((s) => s.cost));
        const close = scored.filter((s) => s.cost >= best - TIE).map((s) => s.name);
        if (alone && close.length > 1) return null;
        const spans: ProtectedSpan[] = [];
        for (let w = 0; w < m; w++) {
          const syllable = close[0]!.syllables[w]!;
          if (close.every((n) => n.syllables[w] === syllable)) spans.push(nameSpan(words[w]!, close[0]!, w));
        }
        return { spans, last: words[m - 1]! };
      }
      return null;
    };

    /** A run in title case, two words or more of it spelled as a known name, kept as printed. */
    const exact = (words: readonly number[]): Reading | null => {
      if (words.length < 2) return null;
      const first = unitForm(tokens[words[0]!]!.text);
      const names = (index.get(baseKey(first)) ?? []).filter((n) => n.syllables[0] === first);
      if (names.length === 0) return null;
      const title = words.findIndex((k) => !TITLE.test(tokens[k]!.text) || !scorer.telling(tokens[k]!.text));
      const printed = (title < 0 ? words : words.slice(0, title)).map((k) => unitForm(tokens[k]!.text));
      for (let m = printed.length; m >= 2; m--) {
        const name = names.find((n) => n.syllables.length === m && n.syllables.every((s, w) => s === printed[w]));
        if (name) return { spans: words.slice(0, m).map((k, w) => nameSpan(k, name, w)), last: words[m - 1]! };
      }
      return null;
    };

    /**
     * The level word ending at token i: its level, its tokens, and the first word of the name
     * after it; null when there is none. A damaged one ("x4", "phudng") counts when it looks
     * like the word and the candidate sources read it as the word.
     */
    const levelAt = (i: number): { level: Level; at: number[]; first: number } | null => {
      const dotted = tokens[i + 1]?.text === '.';
      const first = dotted ? i + 3 : i + 2;
      if (tokens[first - 1]?.text !== ' ' || !capitalised(first)) return null;
      for (const level of levelsEndingLike(tokens[i]!.text)) {
        if (level.dotted && !dotted) continue;
        const at = level.words.map((_, w) => i - 2 * (level.words.length - 1 - w));
        const fits = at.every((k, w) => {
          const want = level.words[w]!;
          if (!free(k) || (w > 0 && tokens[k - 1]?.text !== ' ')) return false;
          const key = folded(k);
          if (key === want) return true;
          return level.syllables !== null && ocrCost(key, want) !== Infinity && scorer.score(tokens[k]!.text, level.syllables[w]!) >= -TIE;
        });
        if (fits) return { level, at, first };
      }
      return null;
    };


    /** The first word of the next name of a list ("…, Bắc Ninh", "… và Sóc Trăng"), or -1. */
    const nextInList = (last: number): number => {
      let k = last + 1;
      if (tokens[k]?.text === ',' && tokens[k + 1]?.text === ' ') k += 2;
      else if (tokens[k]?.text === ' ' && free(k + 1) && folded(k + 1) === 'va' && tokens[k + 2]?.text === ' ') k += 3;
      else return -1;
      return capitalised(k) ? k : -1;
    };

    // Every name starts with a capitalised word: only those are looked at, and the level word before one.
    const spans: ProtectedSpan[] = [];
    for (let k = 0; k < tokens.length; k++) {
      if (!capitalised(k)) continue;
      const before = tokens[k - 2]?.text === '.' ? k - 3 : k - 2;
      const found = tokens[k - 1]?.text === ' ' && free(before) ? levelAt(before) : null;
      let reading = found ? read(run(k), found.level.kinds, false) : null;
      if (found && reading) {
        const { syllables } = found.level;
        if (reading.spans.length > 0) found.at.forEach((at, w) => spans.push(levelSpan(at, syllables?.[w] ?? null)));
        while (reading) {
          spans.push(...reading.spans);
          k = reading.last;
          const next = nextInList(reading.last);
          reading = next < 0 ? null : read(run(next), found.level.kinds, false);
        }
        continue;
      }
      // One word alone says too little ("Hệ" is no damaged "Huế"): a name needs two here.
      if (tokens[k + 1]?.text !== ' ' || !capitalised(k + 2)) continue;
      const words = run(k);
      const afterName = tokens[k - 1]?.text === ' ' && capitalised(k - 2);
      const named = exact(words) ?? (afterName ? null : read(words, PROVINCE_KINDS, true));
      if (named && named.spans.length > 0) {
        spans.push(...named.spans);
        k = named.last;
      }
    }
    return spans;
  };
}
