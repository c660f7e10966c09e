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

/** Words of a body that fold like no other word an issuer prints: read by their folded form anywhere. */
const WORDS: Readonly<Record<string, string>> = {
  uy: 'ỦY', ban: 'BAN', tinh: 'TỈNH', xa: 'XÃ', phuong: 'PHƯỜNG',
};
/**
 * Words that fold like other words ("SỐ" and "SỞ", "VẬN" and "VĂN", "ĐÔNG" and "ĐỒNG"): read by
 * their folded form only inside the phrase they belong to ("VĂN PHÒNG", "HỘI ĐỒNG"), or, for a
 * body's head word, where a body's name starts ("SỞ Y TẾ", "BỘ TÀI CHÍNH"). "BAN TUYÊN GIÁO VÀ
 * DÂN VẬN" keeps its "VẬN", "CHUYỂN ĐỔI SỐ" its "SỐ".
 */
const PHRASES: ReadonlyArray<readonly [string[], string[]]> = [
  ['nhan dan', 'NHÂN DÂN'], ['dang bo', 'ĐẢNG BỘ'], ['dang uy', 'ĐẢNG ỦY'], ['hoi dong', 'HỘI ĐỒNG'],
  ['thanh uy', 'THÀNH ỦY'], ['thanh pho', 'THÀNH PHỐ'], ['ban chap hanh', 'BAN CHẤP HÀNH'], ['thuong vu', 'THƯỜNG VỤ'],
  ['trung uong', 'TRUNG ƯƠNG'], ['van phong', 'VĂN PHÒNG'],
].map(([folded, spelled]) => [folded!.split(' '), spelled!.split(' ')]);
const HEAD_WORDS: Readonly<Record<string, string>> = { so: 'SỞ', bo: 'BỘ', hoi: 'HỘI', dang: 'ĐẢNG' };
/** Words after which a place name comes. */
const LEVELS = new Set(['tinh', 'xa', 'phuong', 'pho']);
/** Words that start a body again after a place ("ĐẢNG BỘ TỈNH LÂM ĐỒNG ĐẢNG ỦY XÃ …"). */
const STARTERS = new Set(['dang', 'uy', 'ubnd', 'so', 'hoi', 'van']);

/** The spelling of the phrase of PHRASES that starts at word k, a word for each it covers, or null. */
function phraseAt(keys: readonly string[], k: number): readonly string[] | null {
  for (const [folded, spelled] of PHRASES) if (folded.every((p, n) => keys[k + n] === p)) return spelled;
  return null;
}

export interface IssuerReading {
  issuer: string;
  repaired: boolean;
}

/** The province or centrally-run city a printed name reads as, of either period; null when none. */
export function provinceReading(places: PlaceTable, printed: string): string | null {
  return places.nameOf(printed, { kinds: PROVINCE_KINDS, levelWord: false });
}

/** A printed word's folded letters ("XÃ" → "xa"). */
const levelKey = (word: string): string => foldDroppingMarks(word).replace(/[^a-z]/gu, '');

/** Level words after which a commune or ward is named: never read as a province ("XÃ CÔNG HẢI" is no "ĐỒNG NAI"). */
const COMMUNE_LEVELS = new Set(['xa', 'phuong']);

/** A place run read as the province it names, in capitals, or as printed; after "XÃ" or "PHƯỜNG", as printed. */
function placeRun(words: readonly string[], places: PlaceTable, level: string | null): string[] {
  if (level !== null && COMMUNE_LEVELS.has(level)) return [...words];
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
    if (COMMUNE_LEVELS.has(levelKey(words[words.length - size - 1]!))) continue;
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
  let level: string | null = null;
  const flush = () => {
    if (place.length > 0) out.push(...placeRun(place, places, level));
    place = [];
  };
  const keys = words.map(levelKey);
  // A word in plain letters is as printed (restoration left it): kept, like the rest of the header.
  const spell = (word: string, reading: string | undefined) => (/^[A-Za-z]*$/u.test(word) ? word : (reading ?? word));
  let bodyStarts = true;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    const key = keys[k]!;
    if (inPlace && !STARTERS.has(key)) {
      place.push(word);
      continue;
    }
    flush();
    const phrase = phraseAt(keys, k);
    if (phrase) {
      phrase.forEach((spelled, n) => out.push(spell(words[k + n]!, spelled)));
      k += phrase.length - 1;
      inPlace = LEVELS.has(keys[k]!);
      level = keys[k]!;
      bodyStarts = inPlace;
      continue;
    }
    inPlace = LEVELS.has(key);
    level = key;
    out.push(spell(word, WORDS[key] ?? (bodyStarts ? HEAD_WORDS[key] : undefined)));
    // After a place a new body may start ("… TỈNH LÂM ĐỒNG ĐẢNG ỦY XÃ"); elsewhere a head word is a name's.
    bodyStarts = inPlace;
  }
  flush();
  const tail = readIssuerPlace(out.join(' '), places);
  return { issuer: tail.place, repaired: tail.place !== printed.trim() };
}
