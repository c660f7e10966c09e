/**
 * The legacy tables against the published ones: strings as they look when a
 * TCVN3 or VNI file is opened as Latin-1 / Windows-1252 (the well-known
 * "Céng hoµ x· héi" and "Coäng hoøa xaõ hoäi"), and single bytes checked by
 * hand against TCVN 5712:1993 and the VNI-Windows chart.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeTcvn3, restoreCapitals } from '../../src/read/decode/tcvn3.js';
import { decodeVni } from '../../src/read/decode/vni.js';
import { VIETNAMESE_LETTERS } from '../../src/read/decode/vietnamese.js';
import { encodeTcvn3, encodeVni, encodeWindows1258 } from './helpers/legacy.js';

const latin1 = (s: string): Buffer => Buffer.from(s, 'latin1');
const cp1252 = (s: string): Buffer => iconv.encode(s, 'windows-1252');
const hex = (b: Buffer): string => b.toString('hex');

/** Every precomposed Vietnamese letter, small then capital. */
const SMALL = [...VIETNAMESE_LETTERS].filter((c) => c.charCodeAt(0) > 0x7f && c === c.toLowerCase());
const CAPITAL = SMALL.map((c) => c.toUpperCase());

describe('TCVN3', () => {
  it('reads the classic Latin-1 views of TCVN3 text', () => {
    expect(decodeTcvn3(latin1('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).text).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(decodeTcvn3(latin1('§éc lËp - Tù do - H¹nh phóc')).text).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(decodeTcvn3(latin1('§¶ng, ng\u00adêi, ®\u00adîc, n¨m, ph¸p')).text).toBe('Đảng, người, được, năm, pháp');
  });

  it('has the published code for each letter with a vowel mark and for a sample of toned letters', () => {
    const bytes: Array<[number, string]> = [
      [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
      [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
      [0xb5, 'à'], [0xb8, 'á'], [0xb9, 'ạ'], [0xbe, 'ắ'], [0xc6, 'ặ'], [0xca, 'ấ'], [0xcb, 'ậ'],
      [0xd0, 'é'], [0xd5, 'ế'], [0xd6, 'ệ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'], [0xe3, 'ó'],
      [0xe8, 'ố'], [0xe9, 'ộ'], [0xed, 'ớ'], [0xee, 'ợ'], [0xf3, 'ú'], [0xf8, 'ứ'], [0xf9, 'ự'],
      [0xfd, 'ý'], [0xfe, 'ỵ'],
    ];
    for (const [byte, letter] of bytes) expect(decodeTcvn3(Buffer.from([byte])).text, byte.toString(16)).toBe(letter);
    expect(hex(encodeTcvn3('Việt Nam'))).toBe('5669d674204e616d');
  });

  it('reads the VN1 capitals and combining tones as well', () => {
    expect(decodeTcvn3(Buffer.from([0x9e, 0x79])).text).toBe('Ủy');
    expect(decodeTcvn3(Buffer.from([0x01, 0x43])).text).toBe('ÚC');
    expect(decodeTcvn3(Buffer.from([0xff, 0xaf, 0x97])).text).toBe('ỐẰỘ');
    expect(decodeTcvn3(Buffer.from([0x61, 0xb3, 0x6f, 0xb4])).text).toBe('áọ');
  });

  it('round-trips every letter: small ones in VN3, all of them in VN1', () => {
    const small = SMALL.join(' ');
    expect(decodeTcvn3(encodeTcvn3(small)).text).toBe(small);
    const all = [...SMALL, ...CAPITAL].join(' ');
    expect(decodeTcvn3(encodeTcvn3(all, { vn1: true })).text).toBe(all);
  });

  it('puts words set in the capitals font back in capitals', () => {
    expect(decodeTcvn3(encodeTcvn3('KẾ HOẠCH')).text).toBe('KẾ HOẠCH');
    expect(decodeTcvn3(encodeTcvn3('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(restoreCapitals('Thành phố HUNG YêN')).toEqual({ line: 'Thành phố HUNG YÊN', words: 1 });
    expect(restoreCapitals('THàNH PHố Hà Nội')).toEqual({ line: 'THÀNH PHỐ Hà Nội', words: 2 });
    // One capital is not evidence: "Số", "Kế hoạch", a sentence-initial "ủy" stay as written.
    expect(restoreCapitals('Số 642-KH/TU')).toEqual({ line: 'Số 642-KH/TU', words: 0 });
    expect(restoreCapitals('Kế hoạch số 12')).toEqual({ line: 'Kế hoạch số 12', words: 0 });
  });
});

describe('VNI', () => {
  it('reads the classic Windows-1252 views of VNI text', () => {
    expect(decodeVni(cp1252('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam'))).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(decodeVni(cp1252('ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC'))).toBe('ĐỘC LẬP - TỰ DO - HẠNH PHÚC');
    expect(decodeVni(cp1252('ngöôøi, ñöôïc, naêm, chæ, thò, Mî, thuôû'))).toBe('người, được, năm, chỉ, thị, Mỵ, thuở');
  });

  it('has the published bytes for the marks and single-byte letters', () => {
    expect(hex(encodeVni('Việt'))).toBe('566965e474');
    expect(hex(encodeVni('á à ả ã ạ'))).toBe(['61f9', '61f8', '61fb', '61f5', '61ef'].join('20'));
    expect(hex(encodeVni('ắ ằ ẳ ẵ ặ ă'))).toBe(['61e9', '61e8', '61fa', '61fc', '61eb', '61ea'].join('20'));
    expect(hex(encodeVni('ấ ầ ẩ ẫ ậ â'))).toBe(['61e1', '61e0', '61e5', '61e3', '61e4', '61e2'].join('20'));
    expect(hex(encodeVni('ơ ư đ í ì ỉ ĩ ị ỵ'))).toBe(['f4', 'f6', 'f1', 'ed', 'ec', 'e6', 'f3', 'f2', 'ee'].join('20'));
    expect(hex(encodeVni('Ơ Ư Đ Ấ'))).toBe(['d4', 'd6', 'd1', '41c1'].join('20'));
  });

  it('round-trips every letter, small and capital', () => {
    const all = [...SMALL, ...CAPITAL].join(' ');
    expect(decodeVni(encodeVni(all))).toBe(all);
  });

  it('keeps lone high bytes as Windows-1252 and marks after non-vowels as they are', () => {
    expect(decodeVni(cp1252('“Quyeát ñònh” – soá'))).toBe('“Quyết định” – số');
    expect(decodeVni(cp1252('bù'))).toBe('bù');
  });
});

describe('Windows-1258', () => {
  it('is spelled with precomposed vowel letters and combining tones, as Windows writes it', () => {
    expect(hex(encodeWindows1258('Việt'))).toBe('5669eaf274');
    expect(hex(encodeWindows1258('Đảng'))).toBe('d061d26e67');
    expect(hex(encodeWindows1258('ước'))).toBe('fdf5ec63');
  });
});
