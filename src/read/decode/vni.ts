/**
 * VNI (the VNI-Windows fonts): ASCII plus a handful of single-byte letters,
 * and every other Vietnamese letter written as its base letter followed by a
 * mark byte — "Vieät Nam" is "Việt Nam", "ngöôøi" is "người". Capitals take
 * the capital mark bytes, which sit 0x20 below the small ones, as in Latin-1.
 * Bytes that are neither letters nor marks after a base keep their
 * Windows-1252 meaning (quotes, dashes), which is what the VNI fonts show.
 */
import iconv from 'iconv-lite';
import { fromCodeUnits } from './code-units.js';

const GRAVE = '\u0300';
const ACUTE = '\u0301';
const TILDE = '\u0303';
const HOOK = '\u0309';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

type MarkGroup = 'tone' | 'circumflex' | 'breve';

interface Mark {
  group: MarkGroup;
  /** Combining marks added to the base letter, composed by NFC. */
  combining: string;
}

/** Small-letter mark bytes; the capital form of each is 0x20 lower. */
const SMALL_MARKS: ReadonlyArray<[number, Mark]> = [
  [0xf9, { group: 'tone', combining: ACUTE }],
  [0xf8, { group: 'tone', combining: GRAVE }],
  [0xfb, { group: 'tone', combining: HOOK }],
  [0xf5, { group: 'tone', combining: TILDE }],
  [0xef, { group: 'tone', combining: DOT }],
  [0xe2, { group: 'circumflex', combining: CIRCUMFLEX }],
  [0xe1, { group: 'circumflex', combining: CIRCUMFLEX + ACUTE }],
  [0xe0, { group: 'circumflex', combining: CIRCUMFLEX + GRAVE }],
  [0xe5, { group: 'circumflex', combining: CIRCUMFLEX + HOOK }],
  [0xe3, { group: 'circumflex', combining: CIRCUMFLEX + TILDE }],
  [0xe4, { group: 'circumflex', combining: CIRCUMFLEX + DOT }],
  [0xea, { group: 'breve', combining: BREVE }],
  [0xe9, { group: 'breve', combining: BREVE + ACUTE }],
  [0xe8, { group: 'breve', combining: BREVE + GRAVE }],
  [0xfa, { group: 'breve', combining: BREVE + HOOK }],
  [0xfc, { group: 'breve', combining: BREVE + TILDE }],
  [0xeb, { group: 'breve', combining: BREVE + DOT }],
];

/** Mark byte → mark, small and capital forms. */
export const VNI_MARKS: ReadonlyMap<number, Mark> = new Map(
  SMALL_MARKS.flatMap(([byte, mark]) => [
    [byte, mark],
    [byte - 0x20, mark],
  ]),
);

/** Letters that take a single byte, small and capital. */
export const VNI_LETTERS: ReadonlyMap<number, string> = new Map([
  [0xf4, 'ơ'], [0xd4, 'Ơ'],
  [0xf6, 'ư'], [0xd6, 'Ư'],
  [0xf1, 'đ'], [0xd1, 'Đ'],
  [0xed, 'í'], [0xcd, 'Í'],
  [0xec, 'ì'], [0xcc, 'Ì'],
  [0xe6, 'ỉ'], [0xc6, 'Ỉ'],
  [0xf3, 'ĩ'], [0xd3, 'Ĩ'],
  [0xf2, 'ị'], [0xd2, 'Ị'],
  [0xee, 'ỵ'], [0xce, 'Ỵ'],
]);

/** Which marks each base letter takes; tones also go on i and y so stray VNI input still composes. */
const BASES: ReadonlyMap<string, ReadonlySet<MarkGroup>> = new Map(
  [
    ['a', ['tone', 'circumflex', 'breve']],
    ['e', ['tone', 'circumflex']],
    ['o', ['tone', 'circumflex']],
    ['u', ['tone']],
    ['y', ['tone']],
    ['i', ['tone']],
    ['ơ', ['tone']],
    ['ư', ['tone']],
  ].flatMap(([base, groups]) => {
    const set = new Set(groups as MarkGroup[]);
    return [
      [base as string, set],
      [(base as string).toUpperCase(), set],
    ];
  }),
);

/** What a lone high byte shows in a VNI font: its Windows-1252 character. */
const CP1252: readonly string[] = Array.from(iconv.decode(Buffer.from(Array.from({ length: 128 }, (_, i) => i + 0x80)), 'windows-1252'));

function letterAt(bytes: Uint8Array, i: number): string | undefined {
  const byte = bytes[i];
  if (byte === undefined) return undefined;
  if (byte < 0x80) return String.fromCharCode(byte);
  return VNI_LETTERS.get(byte);
}

export function decodeVni(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  let n = 0;
  const push = (s: string): void => {
    for (let k = 0; k < s.length; k++) units[n++] = s.charCodeAt(k);
  };
  for (let i = 0; i < bytes.length; i++) {
    const letter = letterAt(bytes, i);
    const groups = letter === undefined ? undefined : BASES.get(letter);
    const mark = groups ? VNI_MARKS.get(bytes[i + 1]!) : undefined;
    if (letter !== undefined && groups && mark && groups.has(mark.group)) {
      // Base plus mark always composes to one precomposed letter.
      push((letter + mark.combining).normalize('NFC'));
      i++;
    } else if (letter !== undefined) push(letter);
    else push(CP1252[bytes[i]! - 0x80]!);
  }
  return fromCodeUnits(units.subarray(0, n));
}
