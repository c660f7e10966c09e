/**
 * The issuer as printed, in capitals, with the marks OCR and restoration got
 * wrong put back: issuers are made of a few words ("ỦY BAN NHÂN DÂN", "ĐẢNG
 * BỘ", "TỈNH", "XÃ", "SỞ") and place names. The body's words restoration gave
 * marks are read by their folded form ("TÍNH" is "TỈNH", "Ủy" is "ỦY"); a place after "TỈNH", "XÃ",
 * "PHƯỜNG" or "THÀNH PHỐ" is left alone unless it reads as a province (places.ts),
 * since a commune's name may fold like a body's word ("ĐÔNG" and "ĐỒNG").
 */
import { fold } from '../text/fold.js';
import { provinceOf, readIssuerPlace } from './places.js';

const WORDS: Readonly<Record<string, string>> = {
  uy: 'ỦY', ban: 'BAN', nhan: 'NHÂN', dan: 'DÂN', dang: 'ĐẢNG', bo: 'BỘ', hoi: 'HỘI', dong: 'ĐỒNG',
  tinh: 'TỈNH', xa: 'XÃ', phuong: 'PHƯỜNG', thanh: 'THÀNH', pho: 'PHỐ', so: 'SỞ', chap: 'CHẤP',
  hanh: 'HÀNH', thuong: 'THƯỜNG', vu: 'VỤ', trung: 'TRUNG', uong: 'ƯƠNG', van: 'VĂN', phong: 'PHÒNG',
};
/** Words after which a place name comes. */
const LEVELS = new Set(['tinh', 'xa', 'phuong', 'pho']);
/** Words that start a body again after a place ("ĐẢNG BỘ TỈNH LÂM ĐỒNG ĐẢNG ỦY XÃ …"). */
const STARTERS = new Set(['dang', 'uy', 'ubnd', 'so', 'hoi', 'van']);

export interface IssuerReading {
  issuer: string;
  repaired: boolean;
}

/** A place run read as the province it names, in capitals, or as printed. */
function placeRun(words: readonly string[]): string[] {
  const province = provinceOf(words.join(' '));
  return province ? province.toUpperCase().split(' ') : [...words];
}

export function readIssuer(printed: string): IssuerReading {
  const words = printed.trim().split(/\s+/u);
  const out: string[] = [];
  let place: string[] = [];
  let inPlace = false;
  const flush = () => {
    if (place.length > 0) out.push(...placeRun(place));
    place = [];
  };
  for (const word of words) {
    const key = fold(word).replace(/[^a-z]/gu, '');
    if (inPlace && !STARTERS.has(key)) {
      place.push(word);
      continue;
    }
    flush();
    inPlace = LEVELS.has(key);
    // A word in plain letters is as printed (restoration left it): kept, like the rest of the header.
    out.push(/^[A-Za-z]*$/u.test(word) ? word : (WORDS[key] ?? word));
  }
  flush();
  const tail = readIssuerPlace(out.join(' '));
  return { issuer: tail.place, repaired: tail.place !== printed.trim() };
}
