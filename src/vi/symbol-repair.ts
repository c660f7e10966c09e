/**
 * OCR damage that restoration leaves in document symbols, undone letter by
 * letter (for the header's own symbol and the symbols extraction cites): Đ read as D, P, B or b ("Qb/TU", "0P/TU", "NP-CP", "OBD/TW"), stray dots and
 * spaces ("K.L", "T W"), Ư for U. Only damage with one plausible reading is
 * repaired; a code that still means nothing afterwards is returned as is, to
 * be flagged by the caller rather than guessed.
 */
import { knownIssuerCode, knownTypeCode } from './codes.js';

export interface Normalized {
  /** Canonical spelling when known, else the cleaned raw letters. */
  value: string;
  known: boolean;
}

/** Q or O (or zero) followed by a damaged Đ, sometimes printed as two letters ("OBD", "ODb"): the Quyết định family. */
const QD_FAMILY = /^[QO0](?:[DĐBPb]{1,2}(?=[iIl1]?$|NS$)|[DĐBPb])(.*)$/;

export function normalizeTypeCode(raw: string): Normalized {
  const cleaned = raw.replace(/[.\s]/g, '');
  let s = cleaned;
  const qd = QD_FAMILY.exec(s);
  if (qd) {
    const rest = qd[1]!;
    if (rest === '') s = 'QĐ';
    else if (/^[iIl1]$/.test(rest)) s = 'QĐi';
    else s = `QĐ${rest}`;
  } else if (/^N[DĐP]$/i.test(s)) s = 'NĐ';
  else if (/^C[DĐP]$/.test(s)) s = 'CĐ';
  const known = knownTypeCode(s);
  // A repair that still leads nowhere is no repair: the letters stay as printed.
  return known ? { value: known, known: true } : { value: cleaned, known: false };
}

export function normalizeIssuerCode(raw: string): Normalized {
  let s = raw.replace(/[.\s]/g, '').replace(/Ư/g, 'U');
  // Đ lost in Ban Chỉ đạo and Hội đồng nhân dân; BCP is the Đ read as P.
  s = s.replace(/^BC[DP]$/, 'BCĐ').replace(/^HDND$/, 'HĐND').replace(/^BCSD$/, 'BCSĐ').replace(/^DU$/, 'ĐU');
  const known = knownIssuerCode(s) ?? withDStroke(s);
  return known ? { value: known, known: true } : { value: s, known: false };
}

/**
 * OCR without a Vietnamese model prints Đ as D ("BCDTW", "BGDDT"): the one known
 * code the letters make when some of their D (or P) are Đ, or null. Two codes
 * read alike would be a guess, so a tie gives null.
 */
function withDStroke(code: string): string | null {
  const at = [...code].flatMap((c, i) => (c === 'D' || c === 'P' ? [i] : []));
  if (at.length === 0 || at.length > 3) return null;
  const found = new Set<string>();
  for (let mask = 1; mask < 1 << at.length; mask++) {
    const letters = [...code];
    at.forEach((i, k) => {
      if (mask & (1 << k)) letters[i] = 'Đ';
    });
    const known = knownIssuerCode(letters.join(''));
    if (known) found.add(known);
  }
  return found.size === 1 ? [...found][0]! : null;
}
