/**
 * Text keyed for the cue-word grammars (deadlines, reference contexts): the
 * folded text (fold.ts) in which words OCR damaged are replaced by the cue
 * word they stand for — "Truéc" → "truoc", "thwong" → "thuong", "ndm" →
 * "nam", "tir" → "tu", "tr ong" → "trong", "thwé’ng" → "thuong" — so that the
 * grammars see "truoc", "thuong xuyen", "tu nam". A word is replaced only
 * when it is not itself a word of the language (the syllable inventory,
 * dict/syllables.tsv, protects "dân", "đến", "lý") and exactly one cue word
 * is closest to it (ocr-cost.ts). Keys and text differ in length where a word
 * was replaced, so offsets are mapped both ways.
 */
import { openDictionary, type SyllableCounts } from '../../dict/index.js';
import { fold } from './fold.js';
import { MAX_WORD, ocrCost } from './ocr-cost.js';
import { BoundedMemo } from '../../text/bounded-memo.js';
import { DEADLINE_WORDS } from '../../vi/deadline-words.js';
import { YEAR_NAME_SYLLABLES } from '../../vi/lunar-new-year.js';

/** A closed set of cue words that damaged words may be read as. */
export interface CueVocabulary {
  words: readonly string[];
  set: ReadonlySet<string>;
  /** The longest cue word: two printed pieces longer than it together are no split cue. */
  longest: number;
  /** The cue each printed word stands for, per word inventory (it depends on nothing else). */
  memos: WeakMap<ReadonlySet<string>, BoundedMemo<string | null>>;
}

export function vocabulary(words: readonly string[]): CueVocabulary {
  return { words, set: new Set(words), longest: Math.max(0, ...words.map((w) => w.length)), memos: new WeakMap() };
}

/** The words of the deadline grammars (src/vi/deadline-words.ts, shared with segmentation). */
export const DEADLINE_CUES = vocabulary(DEADLINE_WORDS);
/** Syllables seen at least this often are words, not damage. */
const PROTECTED_COUNT = 5;

const inventories = new WeakMap<SyllableCounts, ReadonlySet<string>>();

/** The syllables that are words of the language, not damage. */
function wordsOf(syllables: SyllableCounts): ReadonlySet<string> {
  let words = inventories.get(syllables);
  if (!words) {
    const set = new Set<string>();
    for (const [syllable, count] of syllables) if (count >= PROTECTED_COUNT) set.add(syllable);
    inventories.set(syllables, (words = set));
  }
  return words;
}

function memoOf(cues: CueVocabulary, words: ReadonlySet<string>): BoundedMemo<string | null> {
  let memo = cues.memos.get(words);
  if (!memo) cues.memos.set(words, (memo = new BoundedMemo(50_000)));
  return memo;
}

/** The cue word a damaged word stands for, or null; remembered by the word as printed (it depends on nothing else). */
function cueFor(word: string, cues: CueVocabulary, words: ReadonlySet<string>, replacements: BoundedMemo<string | null>): string | null {
  const hit = replacements.get(word);
  if (hit !== undefined) return hit;
  const key = fold(word);
  let best: string | null = null;
  const lower = word.toLowerCase().normalize('NFC');
  if (!cues.set.has(key) && /[a-z]/u.test(key) && !words.has(lower) && !YEAR_NAME_SYLLABLES.has(lower)) {
    let bestCost = Infinity;
    let tie = false;
    for (const cue of cues.words) {
      const c = ocrCost(key, cue);
      if (c < bestCost) {
        bestCost = c;
        best = cue;
        tie = false;
      } else if (c === bestCost && c !== Infinity) tie = true;
    }
    if (tie) best = null;
  }
  replacements.set(word, best);
  return best;
}

export interface CueText {
  /** The keyed text. */
  key: string;
  /** Text offset of the character at key offset `k` (a start). */
  toTextStart(k: number): number;
  /** Text offset just after the key characters ending at `k` (an end). */
  toTextEnd(k: number): number;
  /** Key offset of text offset `t`. */
  toKey(t: number): number;
}

interface Piece {
  keyStart: number;
  keyEnd: number;
  textStart: number;
  textEnd: number;
}

/** The last piece starting at or before `at` on the given side (pieces are in order on both). */
function lastPieceFrom(pieces: readonly Piece[], at: number, side: 'keyStart' | 'textStart'): Piece | undefined {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]![side] <= at) lo = mid;
    else hi = mid - 1;
  }
  return pieces[lo];
}

const APOSTROPHE = /[’'`‘]/u;
const APOSTROPHES = /[’'`‘]/gu;
/** A word with the apostrophes OCR prints inside it ("phu’o’ng", "thwé’ng"). */
const WORD = /[\p{L}\p{M}\p{N}&¢§@]+(?:[’'`‘][\p{L}\p{M}\p{N}]+){0,4}/gu;

const sameLength = (p: Piece): boolean => p.keyEnd - p.keyStart === p.textEnd - p.textStart;

/* The key is built and read through classes, not closures made per call (the hot-path convention of ARCHITECTURE.md). */
class KeyBuilder {
  readonly pieces: Piece[] = [];
  key = '';
  /** Text offset up to which the key is built. */
  private at = 0;

  constructor(private readonly text: string) {}

  /** The text up to `to`, folded. */
  keep(to: number): void {
    if (to <= this.at) return;
    const folded = fold(this.text.slice(this.at, to));
    this.pieces.push({ keyStart: this.key.length, keyEnd: this.key.length + folded.length, textStart: this.at, textEnd: to });
    this.key += folded;
    this.at = to;
  }

  /** The text from `from` to `to` read as `cue`. */
  put(from: number, to: number, cue: string): void {
    this.keep(from);
    this.pieces.push({ keyStart: this.key.length, keyEnd: this.key.length + cue.length, textStart: from, textEnd: to });
    this.key += cue;
    this.at = to;
  }
}

class PiecedCueText implements CueText {
  constructor(
    readonly key: string,
    private readonly pieces: readonly Piece[],
  ) {}

  toTextStart(k: number): number {
    const p = lastPieceFrom(this.pieces, k, 'keyStart');
    if (!p) return k;
    return sameLength(p) ? p.textStart + (k - p.keyStart) : k >= p.keyEnd ? p.textEnd : p.textStart;
  }

  toTextEnd(k: number): number {
    const p = lastPieceFrom(this.pieces, k - 1, 'keyStart');
    if (!p || k === 0) return k;
    return sameLength(p) ? p.textStart + (k - p.keyStart) : p.textEnd;
  }

  toKey(t: number): number {
    const p = lastPieceFrom(this.pieces, t, 'textStart');
    if (!p) return t;
    return sameLength(p) ? p.keyStart + (t - p.textStart) : t >= p.textEnd ? p.keyEnd : p.keyStart;
  }
}

/** The text keyed for `cues`; `syllables` (the dictionary's inventory) tells words from damage. */
export function cueText(text: string, cues: CueVocabulary = DEADLINE_CUES, syllables: SyllableCounts = openDictionary().syllables()): CueText {
  const words = wordsOf(syllables);
  const memo = memoOf(cues, words);
  const b = new KeyBuilder(text);
  const found = [...text.matchAll(WORD)];
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    const start = m.index;
    const end = start + m[0].length;
    // Cue words are short: a long run of letters or digits is left as it is.
    if (m[0].length > MAX_WORD + 4) continue;
    const word = APOSTROPHE.test(m[0]) ? m[0].replace(APOSTROPHES, '') : m[0];
    // A word OCR split in two ("tr ong"): both halves damage, together a cue.
    const next = found[i + 1];
    if (
      next &&
      next.index === end + 1 &&
      text[end] === ' ' &&
      word.length + next[0].length <= cues.longest &&
      !words.has(word.toLowerCase()) &&
      !words.has(next[0].toLowerCase())
    ) {
      const joined = fold(word + next[0]);
      if (cues.set.has(joined) && !cues.set.has(fold(word))) {
        b.put(start, next.index + next[0].length, joined);
        i++;
        continue;
      }
    }
    const cue = cueFor(word, cues, words, memo);
    if (cue !== null) b.put(start, end, cue);
    else if (word !== m[0]) b.put(start, end, fold(word));
  }
  b.keep(text.length);
  return new PiecedCueText(b.key, b.pieces);
}
