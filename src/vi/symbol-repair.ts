/**
 * The one repairer of the type and issuer codes in document symbols, for every stage after
 * restoration (the header's own symbol, the symbols extraction cites): OCR damage that
 * restoration leaves, undone letter by letter — Đ read as D, P, B or b ("Qb/TU", "0P/TU",
 * "NP-CP", "OBD/TW"), stray dots and spaces ("K.L", "T W"), Ư for U, small letters ("cv/TU"),
 * a type code one letter off the type the words before it name ("Thông tư số 21/2025/TW-BNV").
 * Only damage with one plausible reading is repaired; a code that still means nothing
 * afterwards is returned as is, to be flagged by the caller rather than guessed. The codes
 * themselves are src/vi/codes.ts's. (The restorer keeps a learnt repairer of its own:
 * src/restore/protect/symbols.ts says why.)
 */
import { knownIssuerCode, knownTypeCode, TYPE_CODES } from './codes.js';

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
  // A repair that still leads nowhere is no repair: the letters stay as printed, and so does the
  // dot before a unit's region ("CCTKV.05", "CCTKV.VIII"), which is part of the code, not OCR noise.
  if (known) return { value: known, known: true };
  return { value: /^[A-ZĐ]{2,6}\.(?:\d{1,2}|[IVX]{1,4})$/u.test(raw.trim()) ? raw.trim() : cleaned, known: false };
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
  const found = new Set<string>();
  for (const form of strokedForms(code, 'DP', 3)) {
    const known = knownIssuerCode(form);
    if (known) found.add(known);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * The spellings of a code with one or more of its `letters` (D, or P as OCR also prints it)
 * written Đ, fewest strokes first in the order of the letters; none when more than `most`
 * letters could be.
 */
export function strokedForms(code: string, letters: string, most: number): string[] {
  const at = [...code].flatMap((c, i) => (letters.includes(c) ? [i] : []));
  if (at.length === 0 || at.length > most) return [];
  const forms: string[] = [];
  for (let mask = 1; mask < 1 << at.length; mask++) {
    const chars = [...code];
    at.forEach((i, k) => {
      if (mask & (1 << k)) chars[i] = 'Đ';
    });
    forms.push(chars.join(''));
  }
  return forms;
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

/**
 * The central Party issuer code a printed one stands for on a document a central Party organ
 * issued: TW as printed, or with its W read as U ("45-CT/TU … của Bộ Chính trị"); null for any
 * other code, which the issuing body does not decide.
 */
export function centralPartyIssuer(code: string | null): string | null {
  return code === 'TW' || code === 'TU' ? 'TW' : null;
}

/** "cv" → "CV": a code printed all in small letters is read in capitals; mixed case ("QĐi", "TTg") is kept as printed. */
export function codeCase(text: string): string {
  return text === text.toLowerCase() ? text.toUpperCase() : text;
}

/** The letters of a code at its known spelling when the repair finds one ("DU" → "ĐU"), else as printed. */
function codeAsKnown(code: string, kind: 'type' | 'issuer'): string {
  const n = kind === 'type' ? normalizeTypeCode(code) : normalizeIssuerCode(code);
  return n.known ? n.value : code;
}

/**
 * A symbol without its number ("CTr/DU", "QD-TTg") with each code at its known spelling
 * ("CTr/ĐU", "QĐ-TTg"); a code no repair makes known ("KTTH") is kept as printed.
 */
export function repairSymbolCodes(symbol: string): string {
  const party = /^([^/]+)\/(.+)$/u.exec(symbol);
  if (party) return `${codeAsKnown(party[1]!, 'type')}/${codeAsKnown(party[2]!, 'issuer')}`;
  const state = /^([^-]+)-(.+)$/u.exec(symbol);
  return state ? `${codeAsKnown(state[1]!, 'type')}-${codeAsKnown(state[2]!, 'issuer')}` : symbol;
}
