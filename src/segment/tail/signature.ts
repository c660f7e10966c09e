/**
 * The signature block: authority prefix (T/M, K/T, TL., TUQ., Q.), the body
 * signed for, the title (BÍ THƯ, PHÓ CHỦ TỊCH…) and the signer's name. OCR
 * flattens it onto the lines of the "Nơi nhận" list beside it, so each line is
 * cut where the signature part starts.
 */
import type { Signature } from '../../types.js';
import { phraseKeys, wordSpans, sameWord } from '../text/fold.js';
import { isUpperLine } from '../text/shape.js';

const AUTHORITY = /(?:^|\s)(T\s?\/\s?M|K\s?\/\s?T|TM\.?|KT\.?|TL\.?|TUQ\.?|Q\.)\s{1,3}(?=\p{Lu}{2})/u;

const TITLES = [
  'phó bí thư thường trực',
  'phó bí thư',
  'bí thư',
  'phó chủ tịch thường trực',
  'phó chủ tịch',
  'chủ tịch',
  'phó giám đốc',
  'giám đốc',
  'phó trưởng ban thường trực',
  'phó trưởng ban',
  'trưởng ban',
  'phó chánh văn phòng',
  'chánh văn phòng',
  'phó thủ tướng',
  'thủ tướng',
  'bộ trưởng',
  'thứ trưởng',
  'phó chủ nhiệm',
  'chủ nhiệm',
  'trưởng đoàn',
  'tổng bí thư',
].map(phraseKeys);

function normaliseAuthority(printed: string): string {
  const bare = printed.replace(/[\s./]/gu, '').toUpperCase();
  if (bare === 'TM') return 'T/M';
  if (bare === 'KT') return 'K/T';
  return `${bare}.`;
}

export interface AuthorityCut {
  /** Where the signature part starts in the line. */
  at: number;
  authority: string;
  /** The rest of the line after the prefix, trimmed. */
  rest: string;
}

export function findAuthority(text: string): AuthorityCut | null {
  const m = AUTHORITY.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length).trim();
  if (!isUpperLine(rest)) return null;
  const at = m.index + (m[0].length - m[0].trimStart().length);
  return { at, authority: normaliseAuthority(m[1]!), rest };
}

/** A title at the end of a line ("… (báo cáo), BÍ THƯ"): where it starts, and the title as printed. */
export function findTitle(text: string): { at: number; title: string } | null {
  const spans = wordSpans(text);
  for (const phrase of TITLES) {
    const k = spans.length - phrase.length;
    if (k < 0) continue;
    const tail = spans.slice(k);
    if (!tail.every((s, j) => sameWord(s.key, phrase[j]!))) continue;
    const title = text.slice(tail[0]!.start, tail[tail.length - 1]!.end);
    if (isUpperLine(title)) return { at: tail[0]!.start, title };
  }
  return null;
}

/** A signer's name: two to five capitalised words, nothing else ("Trần Đức Quân"). */
export function isName(text: string): boolean {
  return /^\s{0,40}\p{Lu}\p{Ll}{0,7}(?:\s\p{Lu}\p{Ll}{0,7}){1,4}\s{0,40}$/u.test(text);
}

export type SignatureFields = Omit<Signature, 'span'>;

export function emptySignature(): SignatureFields {
  return { authority: null, onBehalfOf: null, title: null, signer: null };
}
