/**
 * Document symbols in running text, damaged or not:
 *   Party  N-CODE/ISSUER        148-KL/TW, 08-QĐi/TW, 247-BC/UBKTTW
 *   State  N/CODE-ISSUER        444/QĐ-TTg, 44/KH-UBND
 *          N/YYYY/CODE-ISSUER   178/2024/NĐ-CP, 66.2/2025/NQ-CP
 *   Law    N/YYYY/QHnn          72/2025/QH15, 88/2025/UBTVQH15
 * An issuer may be a chain of parts, each kept: 24/KH-MTTQ-BTT, 17/HD-UBND-VX,
 * 45/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN (also printed with "/" after the code).
 * OCR residue is tolerated where it cannot be mistaken for anything else: a
 * space or a doubled dash around the dash ("148- KL/TW", "57- -NQ/TW",
 * "416 -KH/TU"), a space for the dash ("57 NQ/TW"), a spaced or broken issuer
 * ("T W"), a slash read as I or | ("NQIT W"). Every quantifier is bounded and
 * neighbouring parts use disjoint characters, so matching stays linear.
 */

export type SymbolShape = 'party' | 'state' | 'law';

export interface RawSymbol {
  shape: SymbolShape;
  start: number;
  end: number;
  /** The number as printed: "148", "66.2", "02". */
  number: string;
  /** Year part of a State symbol. */
  year: string | null;
  /** Type and issuer letters before repair. */
  code: string | null;
  issuer: string;
}

/** A number, perhaps with a sub-number after a dot that OCR may follow with a space ("66. 7/2025/NQ-CP"). */
const NUM = String.raw`(?<number>\d{1,5}(?:\.\s?\d{1,2})?)`;
const LEFT = String.raw`(?<![\p{L}\p{N}./|])`;
const RIGHT = String.raw`(?![\p{L}\p{N}])`;
/** A type code, or a unit's code with its region ("CCTKV.05", "CCTKV.VIII"). */
const CODE = String.raw`(?<code>[A-Za-zĐđ0][A-Za-zĐđ.]{0,5}(?:\d{1,2}|[IVX]{1,4})?)`;
const ISSUER = String.raw`(?<issuer>[A-ZĐƯ][A-Za-zĐđƯ]{0,7}(?:\s[A-Z](?![\p{L}\p{N}]))?(?:[-–][A-ZĐƯ][A-Za-zĐđƯ0-9]{0,23}){0,4})`;
/**
 * A State issuer: a first part, then further parts after dashes; parts may carry a term number
 * ("UBTVQH15", "KTr2") or join names with "&" ("QLN&TTBĐS", "BNN&MT"); a converter may leave a
 * space after a dash ("GP-TNMT- QLTN"), dropped from the issuer.
 */
const STATE_ISSUER = String.raw`(?<issuer>[A-ZĐƯ][A-Za-zĐđƯ0-9&]{0,23}(?:[-–]\s?[A-ZĐƯ][A-Za-zĐđƯ0-9&]{0,23}){0,5})`;

/** A symbol's grammar: a pattern over the text with named groups (`number`, `code`, `issuer`, `year`) and its shape. */
export interface SymbolParser {
  name: string;
  shape: SymbolShape;
  pattern: RegExp;
}

/** The symbol grammars; a new form of symbol is one more entry. */
export const SYMBOL_PARSERS: readonly SymbolParser[] = [
  {
    name: 'party',
    shape: 'party',
    pattern: new RegExp(`${LEFT}${NUM}(?:\\s{0,2}(?:[-–]\\s{0,2}){1,2}|\\s)${CODE}\\s?[/|]\\s?${ISSUER}${RIGHT}`, 'gu'),
  },
  {
    // The slash read as a letter: only before TW/TU, where nothing else could be meant.
    name: 'party, slash read as a letter',
    shape: 'party',
    pattern: new RegExp(`${LEFT}${NUM}\\s{0,2}[-–]\\s{0,2}(?<code>[A-ZĐ]{2,4})[Il|](?<issuer>T\\s?[WU])${RIGHT}`, 'gu'),
  },
  {
    name: 'state',
    shape: 'state',
    pattern: new RegExp(
      `${LEFT}${NUM}\\s{0,2}/\\s{0,2}(?:(?<year>\\d{4})\\s{0,2}/\\s{0,2})?${CODE}(?:(?:\\s{0,2}[-–]){1,2}\\s{0,2}|(?<=\\d{4}/[A-Z]{3,5})/)${STATE_ISSUER}${RIGHT}`,
      'gu',
    ),
  },
  {
    name: 'law',
    shape: 'law',
    pattern: new RegExp(`${LEFT}${NUM}\\s{0,2}/\\s{0,2}(?<year>\\d{4})\\s{0,2}/\\s{0,2}(?<issuer>(?:UBTV)?QH\\d{1,2})${RIGHT}`, 'gu'),
  },
];

/** All symbols in the text, in order, overlapping candidates resolved in favour of the earliest, longest. */
export function findSymbols(text: string): RawSymbol[] {
  const found: RawSymbol[] = [];
  for (const { shape, pattern } of SYMBOL_PARSERS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const g = m.groups!;
      const issuer = shape === 'state' ? g.issuer!.replace(/([-–])\s/gu, '$1') : g.issuer!;
      found.push({ start: m.index, end: m.index + m[0].length, number: g.number!.replace(/\s/gu, ''), shape, year: g.year ?? null, code: g.code ?? null, issuer });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawSymbol[] = [];
  for (const s of found) {
    const last = kept[kept.length - 1];
    if (last && s.start < last.end) continue;
    kept.push(s);
  }
  return kept;
}
