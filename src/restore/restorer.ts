/**
 * Loading the restorer: the language model, candidate sources and places
 * gazetteer from a dict directory (by default the package's own `dict/`, see
 * src/dict), plus an optional user dictionary. Loading is synchronous and takes
 * a few milliseconds; load once and share.
 */
import { existsSync, readFileSync } from 'node:fs';
import { BaseKeySource } from './decode/base-key-source.js';
import { DEFAULT_BEAM, type BeamSettings } from './decode/beam.js';
import { WordCache, type DecoderParts, type VieMarks } from './decode/restore.js';
import type { CandidateSource, NoiseRegime } from './decode/candidate-source.js';
import { MixtureSource } from './decode/mixture-source.js';
import { decodeChannel } from './channel/format.js';
import { OcrChannel } from './channel/ocr-channel.js';
import { gluedNames } from './protect/glued-names.js';
import { makeProtector } from './protect/index.js';
import { loadProtectedLists } from './protect/lists.js';
import { baseKey } from './syllable.js';
import { UNK } from './lm/units.js';
import type { ProtectedSpan } from './decode/sentences.js';
import { doubt } from './decode/regime.js';
import type { SplitTest } from './decode/split-words.js';
import { NgramModel } from './lm/model.js';
import { unitForm } from './lm/units.js';
import { isWellFormedSyllable } from './syllable.js';
import type { Token } from './tokenize.js';
import { correctionSpans, parseUserDictionary, type UserDictionary } from './user-dict.js';
import { BoundedMemo } from '../text/bounded-memo.js';
import { AGENCIES_FILE, CHANNEL_FILE, DEFAULT_DICT_DIR, openDictionary, PROTECTED_FILE, VIE_CONFUSIONS_FILE } from '../dict/index.js';
import { parseVieConfusions } from './vie/confusions.js';
import { VIE_MARK_THRESHOLD } from './vie/threshold.js';
import type { PlaceTable } from '../vi/places.js';
import { makePlaceFinder } from './protect/places.js';
import { byStart } from '../text/ordering.js';

export { DEFAULT_DICT_DIR };

/** Unigram probability of a word known only from the user dictionary. */
const USER_WORD_LOGP = Math.log(2e-5);
/** Probability of a user phrase continuing once it has started. */
const USER_PHRASE_LOGP = Math.log(0.5);

export interface RestorerOptions {
  /** Directory holding lm.bin and the channel tables; the package's dict/ by default. */
  dictDir?: string;
  /**
   * The bytes of dictDir's lm.bin, already read: the model's tables are views
   * on them, never copies, so workers given one SharedArrayBuffer share one
   * model in memory. Read from dictDir when absent.
   */
  lmBytes?: Uint8Array;
  /** A user dictionary: a file path, or one already parsed. */
  userDict?: string | UserDictionary;
  beam?: Partial<BeamSettings>;
  /** Candidates whose channel plus unigram score trails the best by more than this (nats) are not decoded. */
  priorCut?: number;
  /** At most this many candidates per word (16). */
  maxCandidates?: number;
  /**
   * The OCR channel: candidates for garbled words. Mixed with the base-key
   * (accent-stripping) candidates, weighted by how damaged the document looks.
   * The learnt channel of dictDir (channel.bin) by default; null for none.
   */
  channel?: CandidateSource | null;
  /**
   * Protected tokens and their repairs (symbols, acronyms, Roman numerals);
   * user corrections come first. The protector of dictDir (protected.tsv and
   * the channel's edit costs) by default; null for none.
   */
  protect?: ((tokens: readonly Token[]) => ProtectedSpan[]) | null;
  /**
   * The places gazetteer whose names the decoder is handed fixed where the
   * print and the context support them (protect/places.ts); dictDir's
   * places.tsv by default, null for none.
   */
  places?: PlaceTable | null;
  /**
   * Marks Vietnamese-model OCR confuses on valid syllables (vie/mark-repair.ts): dictDir's
   * vie-confusions.tsv by default (none when the folder has none), null for none.
   */
  vieMarks?: VieMarks | null;
}

/**
 * Weight of the OCR channel in the candidate mixture: none for clean or
 * stripped text (whose few non-syllables are names and foreign words, under
 * 4 % of words), most of it for scans (a third or more of their words are
 * damaged), in between for a document that is partly damaged.
 */
export function channelWeight(regime: NoiseRegime): number {
  return Math.min(0.95, Math.max(0, (regime.noise - 0.04) * 4));
}

export interface Restorer {
  readonly parts: DecoderParts;
  readonly dictDir: string;
  /** The places gazetteer it reads place names by, which the other stages are handed too; null for none. */
  readonly places: PlaceTable | null;
  /** The user dictionary's entries, which documents record the identity of (src/run-info.ts). */
  readonly userDict?: UserDictionary;
  /** Milliseconds spent loading. */
  readonly loadMs: number;
}

/** Joins span lists, dropping any span that overlaps one already taken (earlier lists win). */
export function mergeSpans(...lists: ProtectedSpan[][]): ProtectedSpan[] {
  // Taken spans are kept in order and never overlap, so their ends are in order too: the one
  // span a new one can overlap first is found by bisection (spans of no tokens aside).
  if (lists.some((list) => list.some((s) => s.end <= s.start))) return mergeAnySpans(lists);
  const taken: ProtectedSpan[] = [];
  for (const list of lists) {
    for (const span of list) {
      let lo = 0;
      let hi = taken.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (taken[mid]!.end > span.start) hi = mid;
        else lo = mid + 1;
      }
      if (lo < taken.length && taken[lo]!.start < span.end) continue;
      if (lo === taken.length) taken.push(span);
      else taken.splice(lo, 0, span);
    }
  }
  return taken;
}

/** mergeSpans for any spans, empty ones included, by comparing each with all taken. */
function mergeAnySpans(lists: ProtectedSpan[][]): ProtectedSpan[] {
  const taken: ProtectedSpan[] = [];
  for (const list of lists) {
    for (const span of list) {
      if (taken.every((t) => span.end <= t.start || span.start >= t.end)) taken.push(span);
    }
  }
  return taken.sort(byStart);
}

export function loadRestorer(options: RestorerOptions = {}): Restorer {
  const started = performance.now();
  const dictDir = options.dictDir ?? DEFAULT_DICT_DIR;
  const dictionary = openDictionary(dictDir);
  const lm = NgramModel.fromBytes(options.lmBytes ?? readFileSync(dictionary.languageModel));
  const source = new BaseKeySource(lm.vocab.filter((unit) => isWellFormedSyllable(unit)));
  const user =
    typeof options.userDict === 'string'
      ? parseUserDictionary(readFileSync(options.userDict, 'utf8'))
      : options.userDict ?? { phrases: [], corrections: [] };
  applyUserPhrases(user, lm, source);
  const corrections = user.corrections;
  const channel = options.channel === undefined ? loadChannel(dictDir) : options.channel;
  const protect =
    options.protect === undefined ? defaultProtector(dictDir, lm, source, channel) : options.protect ?? undefined;
  const split = channel instanceof OcrChannel ? splitTest(channel) : undefined;
  const places = options.places === undefined ? dictionary.places() : options.places;
  const vieMarks = options.vieMarks === undefined ? loadVieMarks(dictDir) : options.vieMarks ?? undefined;
  const parts: DecoderParts = {
    lm,
    vieMarks,
    source: channel
      ? new MixtureSource([
          { source: channel, weight: channelWeight },
          { source, weight: (regime) => 1 - channelWeight(regime) },
        ])
      : source,
    lexicon: source,
    protect: (tokens: readonly Token[]) => mergeSpans(correctionSpans(tokens, corrections), protect?.(tokens) ?? []),
    corrections: new Map(),
    beam: { ...DEFAULT_BEAM, ...options.beam },
    maxCandidates: options.maxCandidates ?? 16,
    priorCut: options.priorCut ?? 8,
    cache: new WordCache(),
    // The sources of this module read the regime only through these: documents that agree on
    // them get the same candidates (most scans do, their doubts being at the caps).
    wordlikeNumber: channel instanceof OcrChannel ? (n) => WORDLIKE_NUMBER.test(n) && channel.formIndex(n) >= 0 : undefined,
    splitWords: split ? (regime) => (channelWeight(regime) >= 0.5 ? split : undefined) : undefined,
    regimeKey:
      channel === null || channel instanceof OcrChannel
        ? (regime) => {
            const { marked, markless } = doubt(regime);
            return `${channelWeight(regime)}|${marked}|${markless}`;
          }
        : undefined,
    places:
      places && places.rows.length > 0
        ? makePlaceFinder({ places, unitOf: unitOfIn(lm) })
        : undefined,
  };
  return { parts, dictDir, places, userDict: user, loadMs: performance.now() - started };
}

/** The unit a fixed word counts as in the model: its own form when the model knows it. */
const unitOfIn =
  (lm: NgramModel) =>
  (word: string): string => {
    const form = unitForm(word);
    return lm.id(form) >= 0 ? form : UNK;
  };

/** The vie confusions of a dict directory, with the default threshold; undefined when it has none. */
export function loadVieMarks(dictDir: string): VieMarks | undefined {
  const path = openDictionary(dictDir).path(VIE_CONFUSIONS_FILE);
  return existsSync(path) ? { confusions: parseVieConfusions(readFileSync(path, 'utf8')), threshold: VIE_MARK_THRESHOLD } : undefined;
}

/** The learnt OCR channel of a dict directory. */
export function loadChannel(dictDir: string): OcrChannel {
  const path = openDictionary(dictDir).path(CHANNEL_FILE);
  return new OcrChannel(decodeChannel(readFileSync(path), path));
}

/**
 * The protector from dictDir's lists, reading garbled codes with the learnt
 * edit costs; a capitalised word is left to the decoder when its letters make
 * a syllable or the channel reads it as one easily.
 */
function defaultProtector(
  dictDir: string,
  lm: NgramModel,
  source: BaseKeySource,
  channel: CandidateSource | null,
): ((tokens: readonly Token[]) => ProtectedSpan[]) | undefined {
  const dictionary = openDictionary(dictDir);
  const listPath = dictionary.path(PROTECTED_FILE);
  const ocr = channel instanceof OcrChannel ? channel : existsSync(dictionary.path(CHANNEL_FILE)) ? loadChannel(dictDir) : null;
  if (!ocr || !existsSync(listPath)) return undefined;
  const agencies = existsSync(dictionary.path(AGENCIES_FILE)) ? dictionary.agencies().entries.map((e) => e.canonical) : [];
  return makeProtector({
    lists: loadProtectedLists(listPath),
    edit: ocr.edit,
    unitOf: unitOfIn(lm),
    syllableLike: (lower) => source.knownBase(baseKey(lower)) || (ocr.candidates(lower)[0]?.logp ?? -Infinity) > SYLLABLE_LIKE_LOGP,
    gluedNames: gluedNames(agencies, (key) => source.knownBase(key)),
  });
}

/**
 * Two pieces are one word OCR split when the channel reads them together as a
 * syllable at least about as well as it reads the second piece alone (the
 * first, having no vowel, is no syllable at all): "tr ong" is "trong", "T inh"
 * is "Tỉnh".
 */
function splitTest(channel: OcrChannel): SplitTest {
  const best = (form: string): number => channel.candidates(form.toLowerCase())[0]?.logp ?? -Infinity;
  const test = (first: string, second: string): boolean => {
    const together = first + second;
    const needed = best(second) - SPLIT_SLACK;
    // Most pairs are no split word: a bounded walk rejects them without searching the merged form's candidates.
    if (!channel.mayReach(together, Math.max(SPLIT_FLOOR_LOGP, needed))) return false;
    const merged = best(together);
    return merged > SPLIT_FLOOR_LOGP && merged >= needed;
  };
  // The same pairs come back in every scan of a kind: a bounded memo of the answers.
  const memo = new BoundedMemo<boolean>(SPLIT_MEMO_LIMIT);
  return (first, second) => {
    const key = `${first} ${second}`;
    let answer = memo.get(key);
    if (answer === undefined) {
      memo.set(key, (answer = test(first, second)));
    }
    return answer;
  };
}
const SPLIT_MEMO_LIMIT = 50_000;
const SPLIT_FLOOR_LOGP = -16;
const SPLIT_SLACK = 0.5;

/** Numbers short enough to be a word OCR printed as digits ("16" lệ, "6" ở); the channel's table says which. */
const WORDLIKE_NUMBER = /^\d{1,2}$/u;

/** A word the channel explains as a syllable with at least this log-probability is taken for one. */
const SYLLABLE_LIKE_LOGP = -6;

/** Teaches the model and the candidate source the user's words and phrases. */
function applyUserPhrases(user: UserDictionary, lm: NgramModel, source: BaseKeySource): void {
  for (const phrase of user.phrases) {
    const ids = phrase.map((word) => {
      const form = unitForm(word);
      if (isWellFormedSyllable(form)) source.add(form);
      return lm.addWord(form, USER_WORD_LOGP);
    });
    for (let k = 1; k < ids.length; k++) {
      lm.setPhrase(ids.slice(Math.max(0, k - (lm.order - 1)), k + 1), USER_PHRASE_LOGP);
    }
  }
}
