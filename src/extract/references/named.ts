/**
 * References by name rather than number: "Nghị quyết Đại hội XIII",
 * "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX", "Nghị quyết
 * Trung ương 4 (khóa XII)", "Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành
 * Trung ương Đảng khóa XIII", "Nghị quyết 18", "NQ18", and a commune's congress
 * ("… Đảng bộ xã lần thứ I"). Each gets a normalised id, so the same document
 * named two ways is one reference: "Nghị quyết Đại hội XIII", "Nghị quyết Đại
 * hội Đảng bộ tỉnh XIX", "Nghị quyết Đại hội Đảng bộ xã I",
 * "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết 18".
 */
import { readRoman, toRoman } from '../../text/roman.js';
import { cueText, type CueText } from '../text/cues.js';
import { ocrCost } from '../text/ocr-cost.js';
import { REFERENCE_CUES } from './context.js';
import { byStart } from '../../text/ordering.js';

export interface NamedHit {
  start: number;
  end: number;
  id: string;
  type: string;
  number: string | null;
}

/** A Roman numeral, OCR's 1, l and t standing for I ("XIIT" is XIII). */
const ROMAN = String.raw`([ivxlt1]{1,6})`;
const romanOf = (raw: string) => readRoman(raw.replace(/t/gu, 'i'));
/** Spelled ordinals as they appear in "lần thứ sáu". */
const ORDINALS: Record<string, number> = {
  nhat: 1, hai: 2, ba: 3, tu: 4, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10,
  'muoi mot': 11, 'muoi hai': 12, 'muoi ba': 13, 'muoi bon': 14, 'muoi lam': 15,
};
/** A number or a spelled ordinal, damaged or not ("lần thir shu" is "lần thứ sáu"); read by `ordinal`. */
const ORDINAL = String.raw`(\d{1,2}|muoi(?:\s(?:mot|hai|ba|bon|lam))?|[a-z]{2,5})`;

// Words OCR turns into other real words, which keyed text keeps: "lần" as "lên", "thứ" as "thì" or
// "thả", "chấp" as "chép", "bộ" as "b"; the grammars accept their shapes.
const LAN = String.raw`l[a-z]n`;
const THU = String.raw`th[a-z]{0,3}`;
const CHAP = String.raw`ch[a-z]p`;
const CONGRESS = new RegExp(
  String.raw`(?<![a-z])nghi\s{1,3}quyet\s{1,3}dai\s{1,3}hoi((?:\s{1,3}(?:dai|bieu|toan|quoc|dang|bo|b|tinh|${LAN}|${THU})){0,8})\s{1,3}${ROMAN}(?![a-z0-9])`,
  'g',
);
/**
 * A commune's or a province's own congress, its place named or not: "Nghị quyết Đại hội đại biểu
 * Đảng bộ xã lần thứ I", "… Đảng bộ tỉnh Lâm Đồng lần thứ I". The place's words are free, so
 * "lần thứ" must close them.
 */
const LOCAL = new RegExp(
  String.raw`(?<![a-z])nghi\s{1,3}quyet\s{1,3}dai\s{1,3}hoi(?:\s{1,3}dai\s{1,3}bieu)?\s{1,3}dang\s{1,3}bo?\s{1,3}(tinh|xa|phuong)((?:\s{1,3}[a-z0-9]{1,7}){0,4}?)\s{1,3}${LAN}\s{1,3}${THU}\s{1,3}${ROMAN}(?![a-z0-9])`,
  'g',
);
const LEVEL_NAMES: Record<string, string> = { tinh: 'tỉnh', xa: 'xã', phuong: 'phường' };
const PLENUM = new RegExp(
  String.raw`(?<![a-z])nghi\s{1,3}quyet\s{1,3}(?:hoi\s{1,3}nghi\s{1,3}(?:trung\s{1,3}uong\s{1,3})?${LAN}\s{1,3}${THU}|trung\s{1,3}uong(?:\s{1,3}${LAN}\s{1,3}${THU})?)\s{1,3}${ORDINAL}(?![a-z0-9])` +
    String.raw`(?:,?(?:\s{1,3}ban\s{1,3}${CHAP}\s{1,3}hanh\s{1,3}trung\s{1,3}uong(?:\s{1,3}dang)?)?\s{0,3}\(?\s{0,2}khoa\s{1,3}${ROMAN}\s{0,2}\)?)?`,
  'g',
);
/** A bare number after the type words, not followed by the rest of a symbol. */
const BARE =
  /(?<![a-z])(nghi\s{1,3}quyet|ket\s{1,3}luan|chi\s{1,3}thi)(?:\s{1,3}so)?\s{1,3}(\d{1,3})(?![\d./-]|,\s{0,2}\d|\s{0,2}[-/]|\s{1,2}(?:ngay|nam|thang))/g;
const ABBREVIATED = /(?<![A-Za-z])NQ\s?(\d{1,3})(?![\d/-])/g;

const BARE_TYPES: Record<string, string> = { 'nghi quyet': 'Nghị quyết', 'ket luan': 'Kết luận', 'chi thi': 'Chỉ thị' };

function ordinal(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  const exact = ORDINALS[word.replace(/\s+/g, ' ')];
  if (exact !== undefined) return exact;
  // A damaged spelling: the one ordinal it is closest to, if only one.
  let best: number | null = null;
  let bestCost = Infinity;
  for (const [spelled, n] of Object.entries(ORDINALS)) {
    const c = ocrCost(word, spelled);
    if (c < bestCost) [best, bestCost] = [n, c];
    else if (c === bestCost && c !== Infinity && n !== best) best = null;
  }
  return best;
}

/** Named references in `text`, read on keyed text so that damaged words count ("Ngh1 quyết Pai hội"). */
export function findNamed(text: string, cue: CueText = cueText(text, REFERENCE_CUES)): NamedHit[] {
  const folded = cue.key;
  const hits: NamedHit[] = [];
  const at = (m: RegExpMatchArray) => ({ start: cue.toTextStart(m.index!), end: cue.toTextEnd(m.index! + m[0].length) });
  for (const m of folded.matchAll(CONGRESS)) {
    const roman = romanOf(m[2]!);
    if (roman === null) continue;
    const provincial = /\btinh\b/.test(m[1] ?? '');
    const id = `Nghị quyết Đại hội ${provincial ? 'Đảng bộ tỉnh ' : ''}${toRoman(roman)}`;
    hits.push({ ...at(m), id, type: 'Nghị quyết', number: null });
  }
  for (const m of folded.matchAll(LOCAL)) {
    const roman = romanOf(m[3]!);
    // A province's congress without a place is CONGRESS's.
    if (roman === null || (m[1] === 'tinh' && (m[2] ?? '').trim() === '')) continue;
    hits.push({ ...at(m), id: `Nghị quyết Đại hội Đảng bộ ${LEVEL_NAMES[m[1]!]!} ${toRoman(roman)}`, type: 'Nghị quyết', number: null });
  }
  for (const m of folded.matchAll(PLENUM)) {
    const n = ordinal(m[1]!);
    if (n === null) continue;
    const term = m[2] ? romanOf(m[2]) : null;
    const id = `Nghị quyết Trung ương ${n}${term ? ` khóa ${toRoman(term)}` : ''}`;
    hits.push({ ...at(m), id, type: 'Nghị quyết', number: null });
  }
  for (const m of folded.matchAll(BARE)) {
    const type = BARE_TYPES[m[1]!.replace(/\s+/g, ' ')]!;
    hits.push({ ...at(m), id: `${type} ${m[2]}`, type, number: m[2]! });
  }
  for (const m of text.matchAll(ABBREVIATED)) {
    hits.push({ start: m.index, end: m.index + m[0].length, id: `Nghị quyết ${m[1]}`, type: 'Nghị quyết', number: m[1]! });
  }
  return hits.sort(byStart);
}
