/**
 * The places a directive's date line and issuer name: the 63 provinces and
 * cities before the 2025 reorganisation and the 34 after it (all among the
 * 63 but for Huế, formerly Thừa Thiên Huế). A place printed with OCR damage
 * ("Humg Yên", "Ldam Déng") is read as the one vocabulary entry it is close
 * to (ocr-cost.ts), word by word; when none is close, or two are equally
 * close, it stays as printed.
 */
import { fold } from '../../extract/text/fold.js';
import { ocrCost } from '../../extract/text/ocr-cost.js';

export const PROVINCES: readonly string[] = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre', 'Bình Dương',
  'Bình Định', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông',
  'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương',
  'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng',
  'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên',
  'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh',
  'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Tiền Giang', 'Thành phố Hồ Chí Minh', 'Trà Vinh',
  'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
  // After the 2025 reorganisation, the one name that is new.
  'Huế',
];

const wordsOf = (text: string) => fold(text).split(/[^a-z0-9&@¢§]+/u).filter((w) => w !== '');

const VOCABULARY = PROVINCES.map((name) => ({ name, words: wordsOf(name) }));

const PROVINCE_NAMES = new Set(PROVINCES);

export interface PlaceReading {
  /** The vocabulary name, or the text as printed when none fits. */
  place: string;
  /** True when the printed text differed from the name it was read as. */
  repaired: boolean;
}

/** Total cost of reading the printed words as a name's words, or Infinity. */
function cost(seen: readonly string[], name: readonly string[]): number {
  if (seen.length !== name.length) return Infinity;
  let total = 0;
  for (let i = 0; i < seen.length; i++) total += ocrCost(seen[i]!, name[i]!);
  return total;
}

/** The province a printed place name stands for. */
export function readPlace(printed: string): PlaceReading {
  const seen = wordsOf(printed);
  let best: { name: string; cost: number } | null = null;
  let tie = false;
  for (const entry of VOCABULARY) {
    const c = cost(seen, entry.words);
    if (c === Infinity) continue;
    if (best === null || c < best.cost) {
      best = { name: entry.name, cost: c };
      tie = false;
    } else if (c === best.cost) tie = true;
  }
  if (best === null || tie) return { place: printed, repaired: false };
  return { place: best.name, repaired: best.name !== printed };
}

/** The province a printed place name reads as, or null when it reads as none. */
export function provinceOf(printed: string): string | null {
  const { place } = readPlace(printed);
  return PROVINCE_NAMES.has(place) ? place : null;
}

/**
 * An issuer ending in a province's name ("TỈNH ỦY HUNG YEN") with that name
 * read from the vocabulary, in capitals as issuers are printed.
 */
export function readIssuerPlace(issuer: string): PlaceReading {
  const words = issuer.trim().split(/\s+/u);
  for (const size of [4, 3, 2]) {
    if (words.length <= size) continue;
    const tail = words.slice(-size).join(' ');
    const reading = readPlace(tail);
    if (reading.place === tail) continue;
    const place = reading.place.toUpperCase();
    const fixed = `${words.slice(0, -size).join(' ')} ${place}`;
    return { place: fixed, repaired: fixed !== issuer };
  }
  return { place: issuer, repaired: false };
}
