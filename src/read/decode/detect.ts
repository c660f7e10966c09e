/**
 * Which encoding a file is in, when nobody said. In order: a byte order mark;
 * the zero-byte pattern of UTF-16; valid UTF-8 (which ASCII is); UTF-8 with a
 * few bad bytes among many good sequences; and otherwise each candidate
 * decoding scored for how Vietnamese it reads (./score.ts). The 8-bit
 * encodings decode any bytes at all, so UTF-8 keeps the file unless one of
 * them reads clearly better: plain OCR text with a stray byte stays UTF-8.
 */
import type { EncodingName } from '../../types.js';
import { ENCODING_LABELS } from '../messages.js';
import { decodeAs, hasUtf8Bom, utf16Bom } from './decoders.js';
import { toNfc } from './normalize.js';
import { scoreVietnamese, type VietnameseScore } from './score.js';
import { checkUtf8, isAscii, isValidUtf8 } from './utf8.js';
import { sniffUtf16 } from './utf16.js';

export interface Detection {
  encoding: EncodingName;
  /** Why, for the `encoding-detected` message. */
  reason: string;
}

/** Scoring reads the start of the file only; enough words, bounded time for huge files. */
const SCORE_SAMPLE = 256 * 1024;
/** Ranked in this order when scores tie. */
const CANDIDATES: readonly EncodingName[] = ['utf-8', 'windows-1258', 'tcvn3', 'vni'];
/**
 * An 8-bit candidate must beat UTF-8 by this much, read at least this many
 * good syllables, more good words than bad words and odd characters together,
 * and diacritics in a fair share of all words, as Vietnamese has them in most.
 * Stray bytes in ASCII OCR text read as a few toned syllables in TCVN3, which
 * spends almost every high byte on a toned vowel; they must stay UTF-8.
 */
const MIN_MARGIN = 2;
const MIN_GOOD = 2;
const MIN_GOOD_SHARE = 0.1;

/** Share of characters no real text has (controls, private use, U+FFFD): near zero in any text. */
export function controlShare(text: string): number {
  if (text.length === 0) return 0;
  // Random bytes read as UTF-16 land in the private use area and on lone surrogates (U+FFFD) too.
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ue000-\uf8ff\ufffd-\uffff]/gu)?.length ?? 0;
  return controls / text.length;
}

/** UTF-16 without BOM, confirmed by the decoded text being clean. */
function detectUtf16(bytes: Uint8Array): Detection | null {
  const order = sniffUtf16(bytes);
  if (!order) return null;
  const sample = bytes.subarray(0, SCORE_SAMPLE);
  if (controlShare(decodeAs(sample, order).text) > 0.01) return null;
  return { encoding: order, reason: 'no byte order mark; told by the pattern of zero bytes' };
}

interface Scored {
  encoding: EncodingName;
  score: VietnameseScore;
}

function scoreCandidates(sample: Uint8Array): Scored[] {
  return CANDIDATES.map((encoding) => ({
    encoding,
    score: scoreVietnamese(toNfc(decodeAs(sample, encoding).text)),
  }));
}

function describe(s: Scored): string {
  return `${ENCODING_LABELS[s.encoding]} (score ${s.score.score})`;
}

/** Picks the candidate decoding that reads most like Vietnamese. */
function detectByScore(bytes: Uint8Array): Detection {
  const scored = scoreCandidates(bytes.subarray(0, SCORE_SAMPLE));
  const utf8 = scored[0]!;
  let best = utf8;
  for (const s of scored.slice(1)) if (s.score.score > best.score.score) best = s;
  const runnerUp = scored
    .filter((s) => s !== best)
    .reduce((a, b) => (b.score.score > a.score.score ? b : a));
  const { good, bad, odd, words } = best.score;
  const convincing =
    best.score.score - utf8.score.score >= MIN_MARGIN &&
    good >= MIN_GOOD &&
    good > bad + odd &&
    good >= MIN_GOOD_SHARE * words;
  if (best !== utf8 && !convincing) {
    best = utf8;
  }
  return {
    encoding: best.encoding,
    reason:
      `detected from the text: ${best.score.good} Vietnamese syllable(s) with diacritics read, ${best.score.bad} unreadable word(s); ` +
      `next best ${describe(best === runnerUp ? utf8 : runnerUp)}`,
  };
}

/** A byte order mark, or UTF-16 told by its zero bytes; null for byte-oriented text. */
export function detectByteOrder(bytes: Uint8Array): Detection | null {
  if (hasUtf8Bom(bytes)) return { encoding: 'utf-8-bom', reason: 'byte order mark' };
  const bom = utf16Bom(bytes);
  if (bom) return { encoding: bom, reason: 'byte order mark' };
  return detectUtf16(bytes);
}

/** UTF-8 or one of the 8-bit encodings, for bytes with no byte order mark that are not UTF-16. */
export function detectByteEncoding(bytes: Uint8Array): Detection {
  if (isValidUtf8(bytes)) return { encoding: 'utf-8', reason: isAscii(bytes) ? 'plain ASCII' : 'valid UTF-8' };
  const { invalidBytes, multibyte } = checkUtf8(bytes);
  // Legacy 8-bit text almost never forms valid UTF-8 sequences; many of them
  // next to a few bad bytes is damaged UTF-8.
  if (invalidBytes * 4 <= multibyte) {
    return { encoding: 'utf-8', reason: 'UTF-8 with some invalid bytes' };
  }
  return detectByScore(bytes);
}
