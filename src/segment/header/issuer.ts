/**
 * The issuer as printed, in capitals, with the marks OCR and restoration got
 * wrong put back: issuers are made of a few words ("ỦY BAN NHÂN DÂN", "ĐẢNG
 * BỘ", "TỈNH", "XÃ", "SỞ") and place names. The body's words restoration gave
 * marks are read by their folded form ("TÍNH" is "TỈNH", "Ủy" is "ỦY"); a place after "TỈNH", "XÃ",
 * "PHƯỜNG" or "THÀNH PHỐ" is left alone unless it reads as a province or city (the places
 * gazetteer, src/vi/places.ts), since a commune's name may fold like a body's word ("ĐÔNG"
 * and "ĐỒNG").
 */
import { PROVINCE_KINDS, type PlaceReading, type PlaceTable } from '../../vi/places.js';
import { foldDroppingMarks } from '../text/fold.js';

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

/** The province or centrally-run city a printed name reads as, of either period; null when none. */
export function provinceReading(places: PlaceTable, printed: string): string | null {
  return places.nameOf(printed, { kinds: PROVINCE_KINDS, levelWord: false });
}

/** A place run read as the province it names, in capitals, or as printed. */
function placeRun(words: readonly string[], places: PlaceTable): string[] {
  const province = provinceReading(places, words.join(' '));
  return province ? province.toUpperCase().split(' ') : [...words];
}

/**
 * An issuer ending in a province's name ("TỈNH ỦY HUNG YEN") with that name
 * read from the gazetteer, in capitals as issuers are printed.
 */
export function readIssuerPlace(issuer: string, places: PlaceTable): PlaceReading {
  const words = issuer.trim().split(/\s+/u);
  for (const size of [4, 3, 2]) {
    if (words.length <= size) continue;
    const tail = words.slice(-size).join(' ');
    const province = provinceReading(places, tail);
    if (province === null || province === tail) continue;
    const fixed = `${words.slice(0, -size).join(' ')} ${province.toUpperCase()}`;
    return { place: fixed, repaired: fixed !== issuer };
  }
  return { place: issuer, repaired: false };
}

export function readIssuer(printed: string, places: PlaceTable): IssuerReading {
  const words = printed.trim().split(/\s+/u);
  const out: string[] = [];
  let place: string[] = [];
  let inPlace = false;
  const flush = () => {
    if (place.length > 0) out.push(...placeRun(place, places));
    place = [];
  };
  for (const word of words) {
    const key = foldDroppingMarks(word).replace(/[^a-z]/gu, '');
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
  const tail = readIssuerPlace(out.join(' '), places);
  return { issuer: tail.place, repaired: tail.place !== printed.trim() };
}
