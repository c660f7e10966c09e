/**
 * What the letters of a document symbol mean. The type code (KL, NQ, QĐ…)
 * names the kind of document; the issuer code (TW, TU, CP…) the body that
 * issued it. Both tables list codes in their canonical spelling; lookups are
 * case-insensitive so "cv/TU" and "TTG" still resolve.
 */

import { ISSUER_CODES, TYPE_CODES } from '../../vi/codes.js';

export { ISSUER_CODES, TYPE_CODES };

function caseless(table: Readonly<Record<string, string>>): Map<string, string> {
  return new Map(Object.keys(table).map((code) => [code.toUpperCase(), code]));
}

const TYPE_BY_UPPER = caseless(TYPE_CODES);
const ISSUER_BY_UPPER = caseless(ISSUER_CODES);

/** The canonical spelling of a known type code, or null. */
export function knownTypeCode(code: string): string | null {
  return TYPE_BY_UPPER.get(code.toUpperCase()) ?? null;
}

/** The canonical spelling of a known issuer code, or null. Numbered legislatures ("QH15") count as QH. */
export function knownIssuerCode(code: string): string | null {
  const hit = ISSUER_BY_UPPER.get(code.toUpperCase());
  if (hit) return hit;
  return /^(?:UBTV)?QH\d{1,2}$/i.test(code) ? code.toUpperCase() : null;
}

export function typeOfCode(code: string | null): string | null {
  if (code === null) return null;
  const known = knownTypeCode(code);
  return known ? TYPE_CODES[known]! : null;
}

/**
 * The type code the words before a symbol name, when the printed code is one letter off it
 * ("Thông tư số 21/2025/TW-BNV": TW for TT). Only a code of the named type and of the same
 * length counts, so the words decide and the letters only have to agree.
 */
export function typeCodeNamed(printed: string, typeName: string | null): string | null {
  if (typeName === null) return null;
  const upper = printed.toUpperCase();
  for (const [code, name] of Object.entries(TYPE_CODES)) {
    if (name !== typeName || code.length !== upper.length) continue;
    let differ = 0;
    for (let i = 0; i < code.length; i++) if (code[i]!.toUpperCase() !== upper[i]) differ++;
    if (differ === 1) return code;
  }
  return null;
}
