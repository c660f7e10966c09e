/**
 * Encoders for the legacy Vietnamese encodings, the inverse of the decoders'
 * tables, used to make fixtures. The tables themselves are checked byte by
 * byte against the published ones in tables.test.ts, so a fixture made here
 * is only as right as those hand checks.
 */
import iconv from 'iconv-lite';
import { TCVN3_TABLE } from '../../../src/read/decode/tcvn3.js';
import { VNI_LETTERS, VNI_MARKS } from '../../../src/read/decode/vni.js';

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** VN3 proper: 0xA1–0xFE less the VN1 additions (combining tones and the capitals in the gaps). */
const VN1_ONLY = new Set([0xaf, 0xb0, 0xb1, 0xb2, 0xb3, 0xb4, 0xba, 0xbf, 0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xcd, 0xd9, 0xda, 0xdb, 0xe0, 0xf0, 0xff]);

function invert(table: ReadonlyMap<number, string>, keep: (byte: number) => boolean): Map<string, number> {
  const out = new Map<string, number>();
  for (const [byte, ch] of table) if (keep(byte)) out.set(ch, byte);
  return out;
}

const VN3 = invert(TCVN3_TABLE, (b) => b >= 0xa0 && !VN1_ONLY.has(b));
const VN1 = invert(TCVN3_TABLE, (b) => b < 0xb0 || b > 0xb4);

function unencodable(ch: string, encoding: string): never {
  throw new Error(`${JSON.stringify(ch)} (U+${ch.codePointAt(0)!.toString(16)}) has no ${encoding} code`);
}

/**
 * TCVN3 as the ABC fonts wrote it: capital toned letters, which VN3 lacks,
 * take the small letter's code (`vn1: true` uses the VN1 capitals instead).
 */
export function encodeTcvn3(text: string, { vn1 = false } = {}): Buffer {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const byte = (vn1 ? VN1 : VN3).get(ch) ?? VN3.get(ch.toLowerCase());
      out.push(byte ?? unencodable(ch, 'TCVN3'));
    }
  }
  return Buffer.from(out);
}

const VNI_SINGLE = invert(VNI_LETTERS, () => true);
/** Combining sequence → small mark byte (capital = small − 0x20). */
const VNI_MARK_BYTES = new Map<string, number>();
for (const [byte, mark] of VNI_MARKS) if (byte >= 0xe0) VNI_MARK_BYTES.set(mark.combining, byte);

/** VNI: a single byte where VNI has one, else base letter + mark byte in the base's case. */
export function encodeVni(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const single = VNI_SINGLE.get(ch);
    if (single !== undefined) {
      out.push(single);
      continue;
    }
    // ơ and ư are VNI base letters themselves; peel the tone off them first.
    const decomposed = ch.normalize('NFD');
    const horn = decomposed.includes('\u031b');
    const base = horn ? decomposed.replace(TONES, '').normalize('NFC') : decomposed[0]!;
    const marks = horn ? (decomposed.match(TONES)?.join('') ?? '') : decomposed.slice(1);
    const baseByte = base.charCodeAt(0) < 0x80 ? base.charCodeAt(0) : VNI_SINGLE.get(base);
    const ordered = marks.replace(/^([\u0300\u0301\u0303\u0309\u0323])([\u0302\u0306])$/u, '$2$1');
    const mark = VNI_MARK_BYTES.get(ordered);
    if (baseByte === undefined || mark === undefined) unencodable(ch, 'VNI');
    const upper = base !== base.toLowerCase();
    out.push(baseByte, upper ? mark - 0x20 : mark);
  }
  return Buffer.from(out);
}

/**
 * Windows-1258 as Windows writes it: letters with a vowel mark (ă, ê, ơ…) are
 * precomposed, tones are combining marks after them.
 */
export function encodeWindows1258(text: string): Buffer {
  const spelled = Array.from(text.normalize('NFC'), (ch) => {
    const decomposed = ch.normalize('NFD');
    const tones = decomposed.match(TONES)?.join('') ?? '';
    return decomposed.replace(TONES, '').normalize('NFC') + tones;
  }).join('');
  const bytes = iconv.encode(spelled, 'windows-1258');
  if (iconv.decode(bytes, 'windows-1258').normalize('NFC') !== text.normalize('NFC')) {
    throw new Error('text has characters Windows-1258 cannot encode');
  }
  return bytes;
}

export function encodeUtf16(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  return order === 'le' ? le : le.swap16();
}
