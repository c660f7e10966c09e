/**
 * Restores a whole text: tokens → protected spans → noise regime → place
 * names (read by the regime: how much a printed mark tells) → sentences of
 * slots → beam search → local confidence → the text rebuilt token by token,
 * every token not chosen to change kept byte for byte (so line structure,
 * spacing and punctuation survive).
 */
import type { ToneStyle } from '../syllable.js';
import { tokenize, type Token } from '../tokenize.js';
import { BOS, EOS, NUM, UNK } from '../lm/units.js';
import type { NgramModel } from '../lm/model.js';
import { decodeSentence, type BeamSettings, type ForwardLeads, type Slot } from './beam.js';
import type { CandidateSource, NoiseRegime } from './candidate-source.js';
import { localPosterior, pathContexts } from './confidence.js';
import { scorerFor } from './scorer.js';
import { estimateRegime, isAccentedClean, type Lexicon } from './regime.js';
import { keepPrintedSymbols } from './clean-symbols.js';
import { englishLines, isCleanSentence, isForeignSentence } from './clean-sentence.js';
import { splitSentences, type Entry, type ProtectedSpan } from './sentences.js';
import type { PlaceFinder } from '../protect/places.js';
import { mergeSplitWords, type SplitTest } from './split-words.js';
import { splitGluedWords } from './glued-words.js';
import { candidatesOf, fixedSlot, keptOptions, render, wordOptions, type OptionSources, type WordOptions } from './word-options.js';
import { byStart } from '../../text/ordering.js';
import type { WordConfidence } from '../../text/word-confidence.js';
import { confidentTokens } from './confident-words.js';
import { DocumentCache } from './document-cache.js';
import { Explanation, freeRegime, type ExplainedToken } from './explain.js';
import { freeReading, ruleOf } from './free-reading.js';
import { repairMarks, type MarkSlot } from '../vie/mark-repair.js';
import type { VieConfusions } from '../vie/confusions.js';
import { unitForm } from '../lm/units.js';
import { applyCase, casePattern, normalizeToneStyle } from '../syllable.js';

export interface DecoderParts {
  lm: NgramModel;
  source: CandidateSource;
  /** Which words and letter sequences are syllables (for the regime estimate). */
  lexicon: Lexicon;
  /** Finds protected tokens (numbers, symbols, acronyms…) and their repaired forms. */
  protect: (tokens: readonly Token[]) => ProtectedSpan[];
  /** Fixed corrections from the user dictionary: canonical observed form → canonical replacement. */
  corrections: ReadonlyMap<string, string>;
  beam: BeamSettings;
  /** At most this many candidates per word, best channel score first. */
  maxCandidates: number;
  /** See OptionSources.priorCut. */
  priorCut: number;
  /** Word options kept from document to document (same regime, same tone style). */
  cache: WordCache;
  /**
   * What of the regime the candidate lists depend on: documents with the same
   * key share word options. The regime itself when absent.
   */
  regimeKey?: (regime: NoiseRegime) => string;
  /** In a regime, the test of whether two printed pieces are one word OCR split (none: never). */
  splitWords?: (regime: NoiseRegime) => SplitTest | undefined;
  /** Numbers OCR may have printed for a word, decoded with the number kept as one option. */
  wordlikeNumber?: (number: string) => boolean;
  /** Place names read from the gazetteer, found once the regime is known (none: no places). */
  places?: PlaceFinder;
  /** Marks Vietnamese-model OCR confuses on valid syllables, reconsidered in clean accented text (vie/mark-repair.ts). */
  vieMarks?: VieMarks;
}

export interface VieMarks {
  confusions: VieConfusions;
  /** Log-odds (nats) the other reading must lead by in text (vie/mark-repair.ts). */
  threshold: number;
}

/** A bounded memo of word options, keyed by regime, tone style and printed word. */
export class WordCache {
  private readonly map = new Map<string, WordOptions>();
  constructor(private readonly limit = 100_000) {}

  get(key: string, make: () => WordOptions): WordOptions {
    let hit = this.map.get(key);
    if (hit === undefined) {
      if (this.map.size >= this.limit) this.map.clear();
      hit = make();
      this.map.set(key, hit);
    }
    return hit;
  }
}

export interface DecodeOptions {
  toneStyle: ToneStyle;
  /** Tokens whose confidence is below this count as low-confidence. */
  lowConfidence: number;
  /** The OCR engine's confidence in the words of the text, in text order (a scan's); see confident-words.ts. */
  ocrWords?: readonly WordConfidence[];
  /** Collect, per token, what was decided and why (explain.ts). */
  explain?: boolean;
}

/** A word token the decoder changed or was unsure of, with offsets into the input. */
export interface TokenDecision {
  start: number;
  end: number;
  original: string;
  restored: string;
  changed: boolean;
  confidence: number;
  alternatives: Array<{ text: string; confidence: number }>;
}

/** A replacement of input[start, end) by text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface DecodeStats {
  /** Word tokens decoded (protected tokens excluded). */
  words: number;
  changed: number;
  lowConfidence: number;
  /** Sum of the chosen options' confidences over all words. */
  confidenceSum: number;
}

export interface DecodeResult {
  text: string;
  edits: Edit[];
  /** Changed or low-confidence words, in text order. */
  decisions: TokenDecision[];
  stats: DecodeStats;
  regime: NoiseRegime;
  /** With the explain option: the decisions, in text order. */
  explained?: ExplainedToken[];
}

const MAX_ALTERNATIVES = 3;
/**
 * A choice the left context alone makes by this many nats, and that the rest
 * of the sentence kept, needs no rescoring for its confidence.
 */
const CLEAR_LEAD = 8;

export function decodeText(text: string, parts: DecoderParts, options: DecodeOptions): DecodeResult {
  const raw = tokenize(text);
  const rawSpans = parts.protect(raw);
  const regime = estimateRegime(unprotectedWords(raw, rawSpans), parts.lexicon);
  const isSplit = parts.splitWords?.(regime);
  const unsplit = isSplit ? mergeSplitWords(raw, rawSpans, isSplit) : { tokens: raw, spans: rawSpans };
  // Only in text printed right: in OCR damage a word and a half ("véi" for "với") would split.
  const merged = isAccentedClean(regime) ? splitGluedWords(unsplit.tokens, unsplit.spans, parts.lexicon) : { ...unsplit, insertions: [] };
  const { tokens } = merged;
  const protectedSpans = keepPrintedSymbols(merged.spans, tokens, text, isAccentedClean(regime));
  const { lm } = parts;
  const scorer = scorerFor(lm);
  const bos = lm.id(BOS);
  const eos = lm.id(EOS);
  const unk = lm.id(UNK);
  const sources: OptionSources = {
    source: parts.source,
    numberId: lm.id(NUM),
    corrections: parts.corrections,
    maxCandidates: parts.maxCandidates,
    priorCut: parts.priorCut,
    unigram: (id) => lm.unigram(id),
    idOf: (unit) => {
      const id = lm.id(unit);
      return id >= 0 ? id : unk;
    },
  };
  const prefix = `${parts.regimeKey?.(regime) ?? `${regime.noise}|${regime.stripped}`}|${options.toneStyle}|`;
  const optionsOf = (printed: string): WordOptions => parts.cache.get(prefix + printed, () => wordOptions(printed, regime, sources));
  const kept = options.ocrWords ? confidentTokens(tokens, options.ocrWords) : null;
  // Place names are read by the same candidates the decoder weighs, asked for once; none overrides a word kept as printed.
  const placeSpans = (parts.places?.(tokens, protectedSpans, { regime, toneStyle: options.toneStyle, candidates: (printed) => candidatesOf(optionsOf(printed)) }) ?? [])
    .filter((s) => kept === null || !changesKept(s, tokens, text, kept));
  const spans = placeSpans.length === 0 ? protectedSpans : [...protectedSpans, ...placeSpans].sort(byStart);
  const sentences = splitSentences(tokens, spans, parts.wordlikeNumber);
  const cache = new Map<string, WordOptions>();
  const keptCache = new Map<string, WordOptions>();
  for (const s of sentences) {
    for (const e of s) {
      if (e.type !== 'word') continue;
      const printed = tokens[e.token]!.text;
      if (kept?.[e.token]) {
        if (!keptCache.has(printed)) keptCache.set(printed, keptOptions(printed, sources));
      } else if (!cache.has(printed)) cache.set(printed, optionsOf(printed));
    }
  }
  const optionsAt = (token: number): WordOptions => (kept?.[token] ? keptCache : cache).get(tokens[token]!.text)!;
  const explain = options.explain ? new Explanation(text, tokens, regime) : null;
  const free = explain && freeDecoder();

  // The spaces glued words lost come first at their offset: the edit of the word after them starts there too.
  const edits: Edit[] = merged.insertions.map((at) => ({ start: at, end: at, text: ' ' }));
  const decisions: TokenDecision[] = [];
  const stats: DecodeStats = { words: 0, changed: 0, lowConfidence: 0, confidenceSum: 0 };
  let post = new Float64Array(32);
  /** Word tokens the decoder changed. */
  const touched = new Uint8Array(tokens.length);
  const fixedSlots = new Map<string, Slot>();
  const fixedFor = (unit: string): Slot => {
    let slot = fixedSlots.get(unit);
    if (slot === undefined) fixedSlots.set(unit, (slot = fixedSlot(sources.idOf(unit))));
    return slot;
  };
  // Every sentence decoded first, so that the document's sure word pairs can speak for its unsure words.
  const decoded: Array<Decoding | 'foreign' | 'clean'> = sentences.map((sentence) => {
    const printedWords: string[] = [];
    for (const e of sentence) if (e.type === 'word' && tokens[e.token]!.kind !== 'number') printedWords.push(tokens[e.token]!.text);
    if (isForeignSentence(printedWords, regime)) return 'foreign';
    if (isCleanSentence(printedWords, parts.lexicon)) return 'clean';
    const slots: Slot[] = sentence.map((e) => (e.type === 'word' ? optionsAt(e.token).slot : fixedFor(e.unit)));
    const { choice, forward } = slots.every((slot) => slot.ids.length === 1)
      ? settled(slots.length)
      : decodeSentence(slots, scorer, bos, eos, parts.beam);
    return { slots, choice, forward };
  });
  const documentCache = new DocumentCache(lm.size);
  for (const d of decoded) if (typeof d !== 'string') documentCache.learn(d.slots, d.choice, d.forward);
  for (let k = 0; k < decoded.length; k++) {
    const d = decoded[k]!;
    if (typeof d === 'string') continue;
    const slots = documentCache.adjust(d.slots, d.choice, d.forward);
    if (slots !== null) decoded[k] = { slots, ...decodeSentence(slots, scorer, bos, eos, parts.beam) };
  }
  for (let k = 0; k < sentences.length; k++) {
    const sentence = sentences[k]!;
    const d = decoded[k]!;
    const foreign = d === 'foreign';
    if (typeof d === 'string') {
      // Printed right: no word of it is the decoder's to change (protected repairs still apply, except
      // in another language, whose codes are written its way: "Decree No. 96/2024/ND-CP").
      for (const e of sentence) {
        if (e.type === 'fixed') {
          if (e.replacement === null || foreign) {
            explain?.fixed(e, false, foreign);
            continue;
          }
          const start = tokens[e.start]!.start;
          const end = tokens[e.end - 1]!.end;
          const printed = text.slice(start, end);
          const applies = printed !== e.replacement && lineBreaks(printed) === lineBreaks(e.replacement);
          if (applies) edits.push({ start, end, text: e.replacement });
          explain?.fixed(e, applies, false);
        } else if (tokens[e.token]!.kind !== 'number') {
          stats.words++;
          stats.confidenceSum += 1;
        }
      }
      if (free) free.explainRuled(sentence, foreign ? 'foreign-sentence' : 'clean-sentence');
      continue;
    }
    const { slots, choice, forward } = d;
    const chosen = Int32Array.from(choice, (o, i) => slots[i]!.ids[o]!);
    const path = pathContexts(chosen, scorer, bos);
    for (let i = 0; i < sentence.length; i++) {
      const entry = sentence[i]!;
      if (entry.type === 'fixed') {
        if (entry.replacement === null) {
          explain?.fixed(entry, false, false);
          continue;
        }
        const start = tokens[entry.start]!.start;
        const end = tokens[entry.end - 1]!.end;
        const printed = text.slice(start, end);
        // A repair may not add or remove line breaks: the output keeps the input's lines.
        const applies = printed !== entry.replacement && lineBreaks(printed) === lineBreaks(entry.replacement);
        if (applies) edits.push({ start, end, text: entry.replacement });
        explain?.fixed(entry, applies, false);
        continue;
      }
      const token = tokens[entry.token]!;
      const opts = optionsAt(entry.token);
      // A merged split word ("tr ong") is printed with its space: compare and report the input itself.
      const original = token.end - token.start === token.text.length ? token.text : text.slice(token.start, token.end);
      const n = slots[i]!.ids.length;
      if (post.length < n) post = new Float64Array(n * 2);
      const o = choice[i]!;
      if (o === forward.leader[i] && forward.gap[i]! > CLEAR_LEAD) {
        // The left context already settles it: the posterior is at least this bound.
        post.fill(0, 0, n);
        post[o] = 1 / (1 + (n - 1) * Math.exp(-forward.gap[i]!));
      } else {
        localPosterior(slots, chosen, path, i, scorer, eos, parts.beam.lmWeight, post);
      }
      const restored = render(opts, o, token.text, options.toneStyle);
      const changed = restored !== original;
      const confidence = post[o]!;
      const low = confidence < options.lowConfidence;
      if (explain && (n > 1 || changed)) {
        const shortcut = o === forward.leader[i] && forward.gap[i]! > CLEAR_LEAD;
        const other = bestOther(post, n, o);
        const margin = shortcut || other < 0 || post[other]! === 0 ? forward.gap[i]! : Math.log(post[o]! / post[other]!);
        // A slot other than the word's own carries the document's support (document-cache.ts).
        const cached = slots[i] !== opts.slot;
        explain.decoded(token.start, token.end, original, restored, confidence, margin, other < 0 ? null : render(opts, other, token.text, options.toneStyle), cached);
      }
      // A number read as itself is no word of the text.
      if (token.kind === 'number' && !changed) continue;
      stats.words++;
      stats.confidenceSum += confidence;
      if (changed) {
        stats.changed++;
        touched[entry.token] = 1;
        edits.push({ start: token.start, end: token.end, text: restored });
      }
      if (low) stats.lowConfidence++;
      if (!changed && !low) continue;
      const alternatives = rankAlternatives(post, slots[i]!.ids.length, o)
        .map((k) => ({ text: render(opts, k, token.text, options.toneStyle), confidence: post[k]! }));
      decisions.push({ start: token.start, end: token.end, original, restored, changed, confidence, alternatives });
    }
    if (free && (kept !== null || isAccentedClean(regime))) free.explainRuled(sentence, null);
  }
  if (parts.vieMarks && isAccentedClean(regime)) repairVieMarks(parts.vieMarks);
  edits.sort(byStart);
  const result: DecodeResult = { text: applyEdits(text, edits), edits, decisions, stats, regime };
  if (explain) result.explained = explain.tokens.sort(byStart);
  return result;

  /**
   * The sentences as read (foreign ones aside), each word the decoder left as printed weighed
   * against the readings Vietnamese-model OCR is known to confuse it with.
   */
  function repairVieMarks(marks: VieMarks): void {
    for (let k = 0; k < sentences.length; k++) {
      const d = decoded[k]!;
      if (d === 'foreign') continue;
      const sentence = sentences[k]!;
      const ids = new Int32Array(sentence.length + 2);
      ids[0] = bos;
      ids[ids.length - 1] = eos;
      const slots: MarkSlot[] = [];
      for (let i = 0; i < sentence.length; i++) {
        const e = sentence[i]!;
        if (typeof d !== 'string') ids[i + 1] = d.slots[i]!.ids[d.choice[i]!]!;
        else if (e.type === 'fixed') ids[i + 1] = fixedFor(e.unit).ids[0]!;
        else ids[i + 1] = tokens[e.token]!.kind === 'number' ? sources.numberId : sources.idOf(unitForm(tokens[e.token]!.text));
        if (e.type !== 'word' || touched[e.token]) continue;
        const token = tokens[e.token]!;
        if (token.kind !== 'word' || token.end - token.start !== token.text.length) continue;
        const form = unitForm(token.text);
        if (marks.confusions.has(form)) slots.push({ at: i + 1, form });
      }
      if (slots.length === 0) continue;
      for (const r of repairMarks(ids, slots, marks.confusions, lm, marks.threshold)) {
        const e = sentence[r.at - 1]!;
        if (e.type !== 'word') continue;
        const token = tokens[e.token]!;
        const restored = applyCase(casePattern(token.text), options.toneStyle === 'classic' ? r.intended : normalizeToneStyle(r.intended, options.toneStyle));
        if (restored === token.text) continue;
        stats.changed++;
        edits.push({ start: token.start, end: token.end, text: restored });
        decisions.push({ start: token.start, end: token.end, original: token.text, restored, changed: true, confidence: 1 / (1 + Math.exp(-r.odds)), alternatives: [] });
        explain?.vieMark(token.start, token.end, token.text, restored, r.odds);
      }
    }
  }

  /** Free decoding for --explain: the sentence's words read with the options of a document just past clean. */
  function freeDecoder() {
    const loose = freeRegime(regime);
    const loosePrefix = `${parts.regimeKey?.(loose) ?? `${loose.noise}|${loose.stripped}`}|${options.toneStyle}|`;
    const looseOptions = (printed: string): WordOptions => parts.cache.get(loosePrefix + printed, () => wordOptions(printed, loose, sources));
    return {
      /** Lists the words of a sentence a rule kept (`rule`, or each word's own) that free decoding reads otherwise. */
      explainRuled(sentence: readonly Entry[], rule: string | null): void {
        const reading = freeReading(sentence, tokens, looseOptions, fixedFor, scorer, bos, eos, parts.beam, options.toneStyle);
        for (let i = 0; i < sentence.length; i++) {
          const e = sentence[i]!;
          if (e.type !== 'word' || reading[i] === null) continue;
          const token = tokens[e.token]!;
          const printed = token.end - token.start === token.text.length ? token.text : text.slice(token.start, token.end);
          const why = rule ?? ruleOf(token.text, regime, kept?.[e.token] === 1, optionsAt(e.token).slot.ids.length);
          if (why !== null) explain!.ruled(e.token, printed, why, reading[i]!);
        }
      },
    };
  }
}

/**
 * The words the regime is estimated from: not protected, and not on a line in English (a
 * translation printed with the document says nothing of how damaged its Vietnamese is).
 */
function unprotectedWords(tokens: readonly Token[], spans: readonly ProtectedSpan[]): Map<string, number> {
  const covered = englishLines(tokens);
  for (const s of spans) covered.fill(1, s.start, s.end);
  const counts = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && !covered[i]) counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
  }
  return counts;
}

/** Whether a span's replacement would change a word kept as printed. */
function changesKept(span: ProtectedSpan, tokens: readonly Token[], text: string, kept: Uint8Array): boolean {
  if (!kept.subarray(span.start, span.end).includes(1)) return false;
  return span.text !== text.slice(tokens[span.start]!.start, tokens[span.end - 1]!.end);
}

/** A sentence's slots and the decoder's choice among them. */
interface Decoding {
  slots: Slot[];
  choice: Int32Array;
  forward: ForwardLeads;
}

/** The decoding of a sentence whose every slot has one option: nothing to choose. */
function settled(n: number): { choice: Int32Array; forward: ForwardLeads } {
  return { choice: new Int32Array(n), forward: { leader: new Int32Array(n), gap: new Float64Array(n).fill(Infinity) } };
}

/** The most probable option other than the chosen one (the first on ties); -1 when there is none. */
function bestOther(post: Float64Array, n: number, chosen: number): number {
  let best = -1;
  for (let o = 0; o < n; o++) if (o !== chosen && (best < 0 || post[o]! > post[best]!)) best = o;
  return best;
}

/** The best other options, most probable first (index order breaks ties). */
function rankAlternatives(post: Float64Array, n: number, chosen: number): number[] {
  const top: number[] = [];
  for (let o = 0; o < n; o++) {
    if (o === chosen || post[o]! < 0.001) continue;
    let at = top.length;
    while (at > 0 && post[top[at - 1]!]! < post[o]!) at--;
    if (at < MAX_ALTERNATIVES) {
      top.splice(at, 0, o);
      if (top.length > MAX_ALTERNATIVES) top.pop();
    }
  }
  return top;
}

const lineBreaks = (s: string): number => s.split(/\r\n|\r|\n/u).length - 1;

/** Applies sorted, non-overlapping edits. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}
