/**
 * TCVN3 (TCVN 5712:1993 "VN3", the encoding of the ABC fonts .VnTime etc.):
 * ASCII plus one byte per precomposed Vietnamese letter.
 *
 * VN3 has no capital letters with tones: the ABC fonts came in pairs, and a
 * capital "Ế" was the code of "ế" set in the capitals font (.VnTimeH). Plain
 * text loses the font, so the decoder puts such letters back in capitals when
 * their word or line is otherwise in capitals (see `restoreCapitals`).
 *
 * The table below is VN1, the full TCVN 5712 repertoire, of which VN3 is the
 * 0xA1–0xFE lower half without the gaps: VN1 fills the gaps, 0x80–0x9F and
 * twelve C0 positions with the capital toned letters, and 0xB0–0xB4 with the
 * combining tones. Decoding with VN1 reads VN3 unchanged and VN1 files too.
 */
import type { Message } from '../../types.js';
import { fromCodeUnits } from './code-units.js';
import { capMarks, marksWarning } from './normalize.js';

/** Byte → character for the bytes that differ from ASCII. */
export const TCVN3_TABLE: ReadonlyMap<number, string> = new Map<number, string>([
  // C0 positions VN1 gives to capitals (VN3 leaves them as controls).
  [0x01, 'Ú'], [0x02, 'Ụ'], [0x04, 'Ừ'], [0x05, 'Ử'], [0x06, 'Ữ'],
  [0x11, 'Ứ'], [0x12, 'Ự'], [0x13, 'Ỳ'], [0x14, 'Ỷ'], [0x15, 'Ỹ'], [0x16, 'Ý'], [0x17, 'Ỵ'],
  // 0x80–0x9F: capitals (VN1 only).
  [0x80, 'À'], [0x81, 'Ả'], [0x82, 'Ã'], [0x83, 'Á'], [0x84, 'Ạ'], [0x85, 'Ặ'], [0x86, 'Ậ'], [0x87, 'È'],
  [0x88, 'Ẻ'], [0x89, 'Ẽ'], [0x8a, 'É'], [0x8b, 'Ẹ'], [0x8c, 'Ệ'], [0x8d, 'Ì'], [0x8e, 'Ỉ'], [0x8f, 'Ĩ'],
  [0x90, 'Í'], [0x91, 'Ị'], [0x92, 'Ò'], [0x93, 'Ỏ'], [0x94, 'Õ'], [0x95, 'Ó'], [0x96, 'Ọ'], [0x97, 'Ộ'],
  [0x98, 'Ờ'], [0x99, 'Ở'], [0x9a, 'Ỡ'], [0x9b, 'Ớ'], [0x9c, 'Ợ'], [0x9d, 'Ù'], [0x9e, 'Ủ'], [0x9f, 'Ũ'],
  // 0xA0–0xAF: the letters with a vowel mark or bar, both cases (VN3).
  [0xa0, '\u00a0'], [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'], [0xaf, 'Ằ'],
  // 0xB0–0xB4: combining tones (VN1); then the toned small letters (VN3) with VN1 capitals in the gaps.
  [0xb0, '\u0300'], [0xb1, '\u0309'], [0xb2, '\u0303'], [0xb3, '\u0301'], [0xb4, '\u0323'],
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'], [0xba, 'Ẳ'], [0xbb, 'ằ'], [0xbc, 'ẳ'],
  [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xbf, 'Ẵ'],
  [0xc0, 'Ắ'], [0xc1, 'Ầ'], [0xc2, 'Ẩ'], [0xc3, 'Ẫ'], [0xc4, 'Ấ'], [0xc5, 'Ề'], [0xc6, 'ặ'], [0xc7, 'ầ'],
  [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'], [0xcc, 'è'], [0xcd, 'Ể'], [0xce, 'ẻ'], [0xcf, 'ẽ'],
  [0xd0, 'é'], [0xd1, 'ẹ'], [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'], [0xd7, 'ì'],
  [0xd8, 'ỉ'], [0xd9, 'Ễ'], [0xda, 'Ế'], [0xdb, 'Ồ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'], [0xdf, 'ò'],
  [0xe0, 'Ổ'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'], [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'],
  [0xe8, 'ố'], [0xe9, 'ộ'], [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'], [0xef, 'ù'],
  [0xf0, 'Ỗ'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'], [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'],
  [0xf8, 'ứ'], [0xf9, 'ự'], [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'], [0xff, 'Ố'],
]);

/** Every character above is one UTF-16 code unit, so decoding is a table lookup per byte. */
const DECODE = Uint16Array.from({ length: 256 }, (_, byte) =>
  (TCVN3_TABLE.get(byte) ?? String.fromCharCode(byte)).charCodeAt(0),
);

export interface Tcvn3Decoded {
  /** NFC text (the combining tones of VN1 composed). */
  text: string;
  /** Words put back in capitals; see `restoreCapitals`. */
  recapitalised: number;
  /** The warning for combining tones dropped from runs longer than a letter needs, if any. */
  marks: Message | null;
}

const ASCII_LOWER = /[a-z]/u;
const UPPER = /\p{Lu}/gu;
const LOWER = /\p{Ll}/u;
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * A word set in capitals whose toned letters came out small: no small ASCII
 * letter, two capitals or more, and a small (hence toned, non-ASCII) letter.
 */
function isCapitalsWord(word: string): boolean {
  return !ASCII_LOWER.test(word) && (word.match(UPPER)?.length ?? 0) >= 2 && LOWER.test(word);
}

/**
 * Capitals set in the ABC capitals font come out as small toned letters
 * ("KÕ HO¹CH" → "Kế HOạCH"). Such words ("HOạCH", "THàNH") go to upper case.
 * A line with one of them and no small ASCII letter anywhere is a capitals
 * line, and its other words go too ("Kế" → "KẾ"). A word with a single
 * capital in a mixed line ("Số 642-KH/TU", "Ủy" at a sentence start) cannot
 * be told from a small one and stays as it is.
 */
export function restoreCapitals(line: string): { line: string; words: number } {
  const words = line.match(WORD) ?? [];
  if (!words.some(isCapitalsWord)) return { line, words: 0 };
  const capitalsLine = !ASCII_LOWER.test(line);
  let changed = 0;
  const fixed = line.replace(WORD, (word) => {
    if (!capitalsLine && !isCapitalsWord(word)) return word;
    const upper = word.toUpperCase();
    if (upper !== word) changed++;
    return upper;
  });
  return { line: fixed, words: changed };
}

export function decodeTcvn3(bytes: Uint8Array): Tcvn3Decoded {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = DECODE[bytes[i]!]!;
  // VN1's combining tones can pile up on a letter: runs are cut before NFC, as normalize.ts does.
  const raw = fromCodeUnits(units);
  const cap = capMarks(raw);
  // Odd indexes are the line breaks themselves, kept as they were.
  const parts = cap.text.normalize('NFC').split(/(\r\n|\r|\n)/u);
  let recapitalised = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const fixed = restoreCapitals(parts[i]!);
    recapitalised += fixed.words;
    parts[i] = fixed.line;
  }
  return { text: parts.join(''), recapitalised, marks: marksWarning(cap, raw) };
}
