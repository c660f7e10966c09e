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

/** A Roman numeral, OCR's 1, l and t standing for I ("XIIT" is XIII), in group `name`. */
const roman = (name: string): string => String.raw`(?<${name}>[ivxlt1]{1,6})`;
const romanOf = (raw: string) => readRoman(raw.replace(/t/gu, 'i'));
/** Spelled ordinals as they appear in "lần thứ sáu". */
const ORDINALS: Record<string, number> = {
  nhat: 1, hai: 2, ba: 3, tu: 4, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10,
  'muoi mot': 11, 'muoi hai': 12, 'muoi ba': 13, 'muoi bon': 14, 'muoi lam': 15,
};
/** A number or a spelled ordinal, damaged or not ("lần thir shu" is "lần thứ sáu"); read by `ordinal`. */
const ORDINAL = String.raw`(?<ordinal>\d{1,2}|muoi(?:\s(?:mot|hai|ba|bon|lam))?|[a-z]{2,5})`;

// Words OCR turns into other real words, which keyed text keeps: "lần" as "lên", "thứ" as "thì" or
// "thả", "chấp" as "chép", "bộ" as "b"; the grammars accept their shapes.
const LAN = String.raw`l[a-z]n`;
const THU = String.raw`th[a-z]{0,3}`;
const CHAP = String.raw`ch[a-z]p`;
/** What a named reference's grammar reads from one match: its id, type and number; null when the match is none. */
type NamedReading = Omit<NamedHit, 'start' | 'end'>;

/** A named reference's grammar: a pattern with named groups, on the keyed text (or, `onText`, the text as printed). */
export interface NamedParser {
  name: string;
  pattern: RegExp;
  onText?: boolean;
  extract(groups: Groups): NamedReading | null;
}

type Groups = Partial<Record<string, string>>;

const LEVEL_NAMES: Record<string, string> = { tinh: 'tỉnh', xa: 'xã', phuong: 'phường' };
const BARE_TYPES: Record<string, string> = { 'nghi quyet': 'Nghị quyết', 'ket luan': 'Kết luận', 'chi thi': 'Chỉ thị' };
const resolution = (id: string, number: string | null = null): NamedReading => ({ id, type: 'Nghị quyết', number });

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

/** The named-reference grammars; a new way of naming a document is one more entry. */
export const NAMED_PARSERS: readonly NamedParser[] = [
  {
    name: 'congress',
    pattern: new RegExp(
      String.raw`(?<![a-z])nghi\s{1,3}quyet\s{1,3}dai\s{1,3}hoi(?<words>(?:\s{1,3}(?:dai|bieu|toan|quoc|dang|bo|b|tinh|${LAN}|${THU})){0,8})\s{1,3}${roman('congress')}(?![a-z0-9])`,
      'g',
    ),
    extract(g) {
      const n = romanOf(g.congress!);
      if (n === null) return null;
      const provincial = /\btinh\b/.test(g.words ?? '');
      return resolution(`Nghị quyết Đại hội ${provincial ? 'Đảng bộ tỉnh ' : ''}${toRoman(n)}`);
    },
  },
  {
    // A commune's or a province's own congress, its place named or not: "Nghị quyết Đại hội đại biểu
    // Đảng bộ xã lần thứ I", "… Đảng bộ tỉnh Lâm Đồng lần thứ I". The place's words are free, so
    // "lần thứ" must close them.
    name: 'local congress',
    pattern: new RegExp(
      String.raw`(?<![a-z])nghi\s{1,3}quyet\s{1,3}dai\s{1,3}hoi(?:\s{1,3}dai\s{1,3}bieu)?\s{1,3}dang\s{1,3}bo?\s{1,3}(?<level>tinh|xa|phuong)(?<place>(?:\s{1,3}[a-z0-9]{1,7}){0,4}?)\s{1,3}${LAN}\s{1,3}${THU}\s{1,3}${roman('congress')}(?![a-z0-9])`,
      'g',
    ),
    extract(g) {
      const n = romanOf(g.congress!);
      // A province's congress without a place is the congress parser's.
      if (n === null || (g.level === 'tinh' && (g.place ?? '').trim() === '')) return null;
      return resolution(`Nghị quyết Đại hội Đảng bộ ${LEVEL_NAMES[g.level!]!} ${toRoman(n)}`);
    },
  },
  {
    name: 'plenum',
    pattern: new RegExp(
      String.raw`(?<![a-z])nghi\s{1,3}quyet\s{1,3}(?:hoi\s{1,3}nghi\s{1,3}(?:trung\s{1,3}uong\s{1,3})?${LAN}\s{1,3}${THU}|trung\s{1,3}uong(?:\s{1,3}${LAN}\s{1,3}${THU})?)\s{1,3}${ORDINAL}(?![a-z0-9])` +
        String.raw`(?:,?(?:\s{1,3}ban\s{1,3}${CHAP}\s{1,3}hanh\s{1,3}trung\s{1,3}uong(?:\s{1,3}dang)?)?\s{0,3}\(?\s{0,2}khoa\s{1,3}${roman('term')}\s{0,2}\)?)?`,
      'g',
    ),
    extract(g) {
      const n = ordinal(g.ordinal!);
      if (n === null) return null;
      const term = g.term ? romanOf(g.term) : null;
      return resolution(`Nghị quyết Trung ương ${n}${term ? ` khóa ${toRoman(term)}` : ''}`);
    },
  },
  {
    // A bare number after the type words, not followed by the rest of a symbol.
    name: 'bare number',
    pattern:
      /(?<![a-z])(?<type>nghi\s{1,3}quyet|ket\s{1,3}luan|chi\s{1,3}thi)(?:\s{1,3}so)?\s{1,3}(?<number>\d{1,3})(?![\d./-]|,\s{0,2}\d|\s{0,2}[-/]|\s{1,2}(?:ngay|nam|thang))/g,
    extract(g) {
      const type = BARE_TYPES[g.type!.replace(/\s+/g, ' ')]!;
      return { id: `${type} ${g.number}`, type, number: g.number! };
    },
  },
  {
    name: 'abbreviated',
    pattern: /(?<![A-Za-z])NQ\s?(?<number>\d{1,3})(?![\d/-])/g,
    onText: true,
    extract: (g) => resolution(`Nghị quyết ${g.number}`, g.number!),
  },
];

/** Named references in `text`, read on keyed text so that damaged words count ("Ngh1 quyết Pai hội"). */
export function findNamed(text: string, cue: CueText = cueText(text, REFERENCE_CUES)): NamedHit[] {
  const hits: NamedHit[] = [];
  for (const parser of NAMED_PARSERS) {
    for (const m of (parser.onText ? text : cue.key).matchAll(parser.pattern)) {
      const found = parser.extract(m.groups ?? {});
      if (found === null) continue;
      const end = m.index + m[0].length;
      const span = parser.onText ? { start: m.index, end } : { start: cue.toTextStart(m.index), end: cue.toTextEnd(end) };
      hits.push({ ...span, ...found });
    }
  }
  return hits.sort(byStart);
}
