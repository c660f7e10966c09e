/**
 * A raw symbol and its surroundings → the reference it names: canonical id,
 * type, number, code, issuer, year, date, issuing body, with every repair and
 * every doubt written down.
 */
import type { ReferenceHit } from '../../tree.js';
import { knownIssuerCode, typeOfCode } from '../../vi/codes.js';
import { centralPartyIssuer, normalizeIssuerCode, normalizeTypeCode, typeCodeNamed } from '../../vi/symbol-repair.js';
import type { RawSymbol } from './symbol.js';

export type Reference = ReferenceHit['reference'];

export interface Surroundings {
  /** Type named by the words before ("Kết luận số …"). */
  wordType: string | null;
  date: string | null;
  badDate: string | null;
  issuingBody: string | null;
  /** The issuing body is a central Party organ (Bộ Chính trị, Ban Bí thư…). */
  centralParty: boolean;
}

/** Word types that legitimately carry another type's code. */
const COMPATIBLE: ReadonlyArray<[string, string]> = [
  ['Quy định', 'Quyết định'],
  ['Quy chế', 'Quyết định'],
  ['Đề án', 'Quyết định'],
  ['Chương trình hành động', 'Chương trình'],
  ['Chương trình hành động', 'Kế hoạch'],
];

function compatible(words: string, code: string): boolean {
  if (words === code || words.startsWith(code) || code.startsWith(words)) return true;
  return COMPATIBLE.some(([w, c]) => w === words && c === code);
}

function idOf(shape: RawSymbol['shape'], number: string, year: string | null, code: string | null, issuer: string): string {
  if (shape === 'party') return `${number}-${code}/${issuer}`;
  if (shape === 'law') return `${number}/${year}/${issuer}`;
  return `${number}/${year ? `${year}/` : ''}${code ? `${code}-` : ''}${issuer}`;
}

/** The reference for `number` under the code and issuer of `symbol` (list members share them). */
export function buildReference(symbol: RawSymbol, number: string, raw: string | null, around: Surroundings): Reference {
  const flags: string[] = [];
  const repairs: string[] = [];
  let code: string | null = null;
  let issuer: string;
  let type: string | null = around.wordType;
  let idIssuer: string;

  if (symbol.shape === 'law') {
    issuer = symbol.issuer.toUpperCase();
    idIssuer = issuer;
    type ??= 'Luật';
  } else {
    let typeCode = normalizeTypeCode(symbol.code ?? '');
    const named = typeCode.known ? null : typeCodeNamed(typeCode.value, type);
    if (named !== null) {
      repairs.push(`type code ${symbol.code} → ${named}: named ${type}`);
      typeCode = { value: named, known: true };
    }
    // Only the first part of an issuer chain names the body; the parts after it (drafting
    // unit, co-issuers: "MTTQ-BTT", "UBTVQH15-CP-ĐCTUBTWMTTQVN") are kept as printed.
    const [head = '', ...tail] = symbol.issuer.split(/[-–]/u);
    const rest = tail.map((p) => `-${p}`).join('');
    const issuerCode = normalizeIssuerCode(head);
    const codeAsIssuer = knownIssuerCode(symbol.code ?? '');
    // A year in the symbol marks a normative document, never a letter.
    if (!typeCode.known && symbol.shape === 'state' && symbol.year === null && codeAsIssuer && (type === null || type === 'Công văn')) {
      // "Công văn số 3256/UBND-NC": a State letter's symbol is issuer and drafting unit, no type code.
      issuer = codeAsIssuer;
      idIssuer = `${codeAsIssuer}-${symbol.issuer}`;
      type ??= 'Công văn';
    } else {
      code = typeCode.value;
      issuer = issuerCode.value;
      if (!typeCode.known) flags.push(`unknown type code ${symbol.code}`);
      if (!issuerCode.known) flags.push(`unknown issuer code ${head}`);
      const codeType = typeOfCode(code);
      if (type === null) type = codeType;
      else if (codeType && !compatible(type, codeType)) {
        flags.push(`type words "${type}" disagree with code ${code} (${codeType})`);
      } else if (around.centralParty && symbol.shape === 'party' && centralPartyIssuer(issuer) !== null && centralPartyIssuer(issuer) !== issuer) {
        // "45-CT/TU … của Bộ Chính trị": a provincial code on a Politburo document is a misread W.
        const meant = centralPartyIssuer(issuer)!;
        repairs.push(`issuer ${issuer} → ${meant}: issued by ${around.issuingBody}`);
        issuer = meant;
      }
      idIssuer = issuer + rest;
    }
  }

  const id = idOf(symbol.shape, number, symbol.year, code, idIssuer);
  if (raw !== null && raw !== id) repairs.unshift(`${raw} → ${id}`);
  if (around.badDate) flags.push(`date ${around.badDate} is not a calendar date`);
  const year = symbol.year ? Number(symbol.year) : around.date ? Number(around.date.slice(0, 4)) : null;
  if (symbol.year && around.date && around.date.slice(0, 4) !== symbol.year) {
    flags.push(`dated ${around.date} but numbered in ${symbol.year}`);
  }
  return {
    id,
    kind: 'numbered',
    type,
    number,
    code,
    issuer,
    year,
    date: around.date,
    issuingBody: around.issuingBody,
    repairs,
    flags,
  };
}
