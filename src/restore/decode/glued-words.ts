/**
 * Words a text layer glued together: some PDF fonts drop the space after a
 * letter that carries a mark ("chủtrì" for "chủ trì", "Đảng uỷUBND" for
 * "Đảng uỷ UBND", "đơn vịđược"). A word that is no syllable, but reads as a
 * known syllable ending in a marked vowel followed by a known syllable of two letters or more
 * (or an acronym in capitals), is two words. Only in text whose marks are right: in OCR damage
 * a garbled word reads as a word and a half ("véi" for "với"). The pieces become word tokens of their
 * own (their texts still give the input back), and the space between them is an insertion at
 * the split point.
 */
import type { Token } from '../tokenize.js';
import type { ProtectedSpan } from './sentences.js';
import type { Lexicon } from './regime.js';

/** A small vowel with a tone or a hat: where these fonts lose the following space ("ƯBND" is an acronym misread, not "Ư BND"). */
const MARKED_END = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]$/u;
const LETTERS = /^\p{L}+$/u;
/** A small marked vowel with two letters after it: where a glued word can split (most words have none). */
const MARKED_INSIDE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]\p{L}{2}/u;
const ACRONYM = /^[\p{Lu}]{2,6}$/u;
/** No more than three words run together. */
const MAX_GLUED = 1;
/** A second piece opens with a small letter, or is a capitalised word or an acronym, never a small letter then capitals. */
const PIECE_CASE = /^(?:\p{Ll}+|\p{Lu}\p{Ll}*|\p{Lu}+)$/u;

/** Where a glued word splits (the lengths before each space, "chủtrì" → [3]; "uỷchủtrì" → [2, 5]), or none when it is one word. */
export function gluedSplits(word: string, lexicon: Lexicon, depth = 0): number[] {
  if (word.length < 3 || depth > MAX_GLUED || !MARKED_INSIDE.test(word) || !LETTERS.test(word)) return [];
  if (lexicon.known(word.toLowerCase())) return [];
  for (let k = 1; k < word.length; k++) {
    const first = word.slice(0, k);
    const second = word.slice(k);
    if (second.length < 2) break;
    if (!MARKED_END.test(first) || !PIECE_CASE.test(first) || !PIECE_CASE.test(second)) continue;
    if (!lexicon.known(first.toLowerCase())) continue;
    if (lexicon.known(second.toLowerCase()) || ACRONYM.test(second)) return [k];
    const rest = gluedSplits(second, lexicon, depth + 1);
    if (rest.length > 0) return [k, ...rest.map((r) => r + k)];
  }
  return [];
}

/**
 * The tokens with glued words split in two, the protected spans re-indexed, and the offsets where
 * a space goes. Words inside a protected span are left alone.
 */
export function splitGluedWords(
  tokens: readonly Token[],
  spans: readonly ProtectedSpan[],
  lexicon: Lexicon,
): { tokens: Token[]; spans: ProtectedSpan[]; insertions: number[] } {
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  const out: Token[] = [];
  const insertions: number[] = [];
  const newIndex = new Int32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) {
    newIndex[i] = out.length;
    const t = tokens[i]!;
    const splits = t.kind === 'word' && !covered[i] && t.end - t.start === t.text.length ? gluedSplits(t.text, lexicon) : [];
    if (splits.length === 0) {
      out.push(t);
      continue;
    }
    const bounds = [0, ...splits, t.text.length];
    for (let b = 0; b + 1 < bounds.length; b++) {
      out.push({ text: t.text.slice(bounds[b], bounds[b + 1]), start: t.start + bounds[b]!, end: t.start + bounds[b + 1]!, kind: 'word' });
    }
    for (const k of splits) insertions.push(t.start + k);
  }
  newIndex[tokens.length] = out.length;
  if (insertions.length === 0) return { tokens: out, spans: [...spans], insertions };
  const moved = spans.map((s) => ({ ...s, start: newIndex[s.start]!, end: newIndex[s.end]! }));
  return { tokens: out, spans: moved, insertions };
}
