/**
 * Words OCR split in two ("T hwce" for "Thực", "tr ong" for "trong", "T inh"
 * for "Tỉnh"): a piece that has no vowel cannot be a syllable, and when the
 * two pieces read together as one, they are decoded as one word. The merged
 * token keeps the offsets of both pieces (and the space between), so the
 * restored word replaces them all.
 */
import type { Token } from '../tokenize.js';
import type { ProtectedSpan } from './sentences.js';

/** Whether `first` and `second`, printed with one space between, are one word split by OCR. */
export type SplitTest = (first: string, second: string) => boolean;

const NO_VOWEL = /^[b-df-hj-np-tv-zđ]{1,3}$/iu;
const STARTS_LOWER = /^\p{Ll}/u;

/** Whether a piece could open a split word: a few consonants and nothing else. */
export function vowelless(piece: string): boolean {
  return NO_VOWEL.test(piece);
}

/**
 * The tokens with split words merged (kind "word", text without the space,
 * offsets spanning both pieces) and the protected spans re-indexed. Pieces
 * inside a protected span are never merged.
 */
export function mergeSplitWords(
  tokens: readonly Token[],
  spans: readonly ProtectedSpan[],
  isSplit: SplitTest,
): { tokens: Token[]; spans: ProtectedSpan[] } {
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  const out: Token[] = [];
  const newIndex = new Int32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) {
    newIndex[i] = out.length;
    const a = tokens[i]!;
    const gap = tokens[i + 1];
    const b = tokens[i + 2];
    if (
      a.kind === 'word' && vowelless(a.text) && gap?.text === ' ' && b?.kind === 'word' &&
      STARTS_LOWER.test(b.text) && !covered[i] && !covered[i + 2] && isSplit(a.text, b.text)
    ) {
      out.push({ text: a.text + b.text, start: a.start, end: b.end, kind: 'word' });
      newIndex[i + 1] = out.length - 1;
      newIndex[i + 2] = out.length - 1;
      i += 2;
      continue;
    }
    out.push(a);
  }
  newIndex[tokens.length] = out.length;
  const moved = spans.map((s) => ({ ...s, start: newIndex[s.start]!, end: newIndex[s.end]! }));
  return { tokens: out, spans: moved };
}
