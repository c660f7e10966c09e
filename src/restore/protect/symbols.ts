/**
 * Not src/vi/symbol-repair.ts: the restorer decides token by token in raw OCR, before any stage has found a symbol, by learnt OCR costs and the training text's counts (CodeBook) — later stages repair by rule what it left.
 *
 * Document symbols ("148-KL/TW", "178/2024/NĐ-CP", "QĐ-TTg") and their repair
 * grammar. A symbol is a number part (digit runs joined by "/") and codes,
 * joined by "-" or "/". OCR garbles the codes ("NP-CP", "QB/TU", "0P/TU"),
 * reads a "/" as a letter ("NQIT W" for "NQ/TW"), and puts spaces or dots
 * inside ("148- KL/TW", "T W", "K.L"). Each code is read as the known code
 * that best explains it (CodeBook); a code that is no known code and splits
 * at an "I", "l", "1" or "|" into two that are becomes two codes with "/".
 * All parsing is by plain scans of bounded pieces: linear in the input.
 */
import type { CodeBook } from './code-book.js';
import { ISSUER_CODES } from '../../vi/codes.js';
import { strokedForms } from '../../vi/symbol-repair.js';

/** Most a code's letters may cost to explain before it is left as printed (nats). */
const MAX_CODE_COST = 9;
/** Characters OCR prints for "/". */
const SLASH_LOOKALIKES = 'Il1|';
const MAX_PIECE = 12;

const isDigits = (s: string): boolean => /^\d+$/u.test(s);
const hasCapital = (s: string): boolean => /\p{Lu}/u.test(s);

/** The repaired code for one segment of letters (and lookalike digits), or null when it is no code. */
export function repairCode(segment: string, book: CodeBook): string | null {
  if (segment.length > MAX_PIECE) return null;
  // A code printed as a known one is that one: "TT" is Thông tư, not a damaged "TW"; "BTCTU" (Ban Tổ
  // chức Tỉnh ủy) is not a damaged "BTCTW".
  if (book.has(segment) || ISSUER_CODES[segment] !== undefined) return segment;
  // An English-model OCR prints Đ as D; a code that is known once its D is stroked is that code
  // ("DU" is ĐU, the Đảng ủy), however much more often the training text wrote another one near it (TU).
  const stroked = withStrokedD(segment, book);
  if (stroked !== null) return stroked;
  const hit = book.lookup(segment, MAX_CODE_COST);
  // A code printed whole in capitals is not a known one missing a letter: "TNMT" (Tài nguyên và Môi
  // trường) is no damaged "BTNMT". OCR misreads letters; it rarely drops one from a clean code.
  if (hit && !(CLEAN_CODE.test(segment) && lacksOneLetter(segment, hit.form))) return hit.form;
  for (let k = 1; k < segment.length - 1; k++) {
    if (!SLASH_LOOKALIKES.includes(segment[k]!)) continue;
    const left = book.lookup(segment.slice(0, k), MAX_CODE_COST);
    const right = book.lookup(segment.slice(k + 1), MAX_CODE_COST);
    if (left && right) return `${left.form}/${right.form}`;
  }
  return null;
}

const CLEAN_CODE = /^[A-ZĐ]{3,}$/u;

/** Whether `form` is `printed` with one letter more, a D printed for Đ aside ("LDTBXH" is "LĐTBXH", not "BLĐTBXH"). */
function lacksOneLetter(printed: string, form: string): boolean {
  if (form.length !== printed.length + 1) return false;
  const plain = (t: string) => t.replace(/Đ/gu, 'D');
  const target = plain(printed);
  for (let k = 0; k < form.length; k++) if (plain(form.slice(0, k) + form.slice(k + 1)) === target) return true;
  return false;
}

/** The known code (learnt, or an issuer code of the shared vocabulary) the segment is with one or two of its D printed Đ, or null. */
function withStrokedD(segment: string, book: CodeBook): string | null {
  return strokedForms(segment, 'D', 2).find((form) => book.has(form) || ISSUER_CODES[form] !== undefined) ?? null;
}

/**
 * A symbol with its codes repaired; spaces and dots inside it are dropped.
 * Parts that are numbers, lower-case words ("V/v", "đ/c") or no code are kept.
 */
/** A printed symbol with the spaces and the dots inside its codes dropped ("148- K.L/TW" → "148-KL/TW"). */
export function compactSymbol(text: string): string {
  return text.replace(/\s+/gu, '').replace(/(?<=\p{L})\.(?=\p{L})/gu, '');
}

export function repairSymbol(text: string, book: CodeBook): string {
  const compact = compactSymbol(text).replace(/-{2,}/gu, '-');
  const parts = compact.split(/([/-])/u);
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    out += i % 2 === 1 || part === '' || isDigits(part) || !hasCapital(part) ? part : (repairCode(part, book) ?? part);
  }
  return out;
}

/** Whether a printed piece could be (part of) a code: capitals, perhaps lookalike digits or one small letter. */
export function codeLike(piece: string): boolean {
  return piece.length <= MAX_PIECE && /^[\p{Lu}0-9|][\p{L}0-9|]*$/u.test(piece) && hasCapital(piece);
}
