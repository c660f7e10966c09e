/**
 * The document type: from the title line ("KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH
 * ĐỘNG"), else from the type code of the symbol ("CV" for a Công văn, which
 * prints no title). Matching is on folded, OCR-tolerant words
 * ("CHUONG TRINH HANH PONG").
 */
import type { DocumentType } from '../../types.js';
import { TYPE_CODES, typeCodeAsTyped } from '../../vi/codes.js';
import { isPhrase, phraseKeys, words } from '../text/fold.js';

/** Longest first, so "Chương trình hành động" wins over a bare "Chương trình". */
const TITLES: ReadonlyArray<[DocumentType, string[]]> = (
  [
    ['Chương trình hành động', 'chương trình hành động'],
    ['Chương trình hành động', 'chương trình'],
    ['Kế hoạch', 'kế hoạch hành động'],
    ['Kế hoạch', 'kế hoạch'],
    ['Công văn', 'công văn'],
    ['Chỉ thị', 'chỉ thị'],
    ['Quyết định', 'quyết định'],
    ['Nghị quyết', 'nghị quyết'],
    ['Nghị định', 'nghị định'],
    ['Kết luận', 'kết luận'],
    ['Thông báo', 'thông báo'],
    ['Thông tư', 'thông tư'],
    ['Báo cáo', 'báo cáo'],
    ['Hướng dẫn', 'hướng dẫn'],
    ['Công điện', 'công điện'],
    ['Quy chế', 'quy chế'],
    ['Quy định', 'quy định'],
    ['Tờ trình', 'tờ trình'],
    ['Phụ lục', 'phụ lục'],
    ['Luật', 'luật'],
  ] as Array<[DocumentType, string]>
).map(([type, phrase]) => [type, phraseKeys(phrase)] as [DocumentType, string[]]);

const MAX_TITLE = 60;

/** The type a whole line names, or null. Trailing numbering ("PHỤ LỤC 1", "PHỤ LỤC I") is allowed. */
export function typeOfTitle(line: string): DocumentType | null {
  // A title line is a few words; longer lines are not looked at.
  if (line.length > MAX_TITLE) return null;
  const seen = words(line);
  const bare = seen.length > 1 && /^(\d{1,2}|[ivxl]{1,4})$/u.test(seen[seen.length - 1]!) ? seen.slice(0, -1) : seen;
  for (const [type, phrase] of TITLES) {
    if (isPhrase(seen, phrase) || isPhrase(bare, phrase)) return type;
  }
  return null;
}

const DOCUMENT_TYPES: ReadonlySet<string> = new Set(TITLES.map(([type]) => type));

/** The document type a type name of src/vi/codes.ts gives a header ("Chương trình" is printed in full as a title), or null. */
function documentType(name: string): DocumentType | null {
  if (name === 'Chương trình') return 'Chương trình hành động';
  return DOCUMENT_TYPES.has(name) ? (name as DocumentType) : null;
}

/**
 * The type a symbol's code stands for, by the type codes of src/vi/codes.ts: "CV/TU" → Công
 * văn, "QĐ-TTg" and "QD-TTg" → Quyết định, "CTr/ĐU" → Chương trình hành động. A code of one
 * letter says too little ("L-CTN" is a Lệnh, no Luật).
 */
export function typeOfSymbol(symbol: string): DocumentType | null {
  const codePart = symbol.split(/[/-]/u)[0] ?? '';
  const code = codePart.length >= 2 ? typeCodeAsTyped(codePart) : null;
  return code === null ? null : documentType(TYPE_CODES[code]!);
}

/** The type code of a document type ("Chương trình hành động" → "CTr"), the first of src/vi/codes.ts that gives it. */
export function typeCodeOf(type: DocumentType): string | null {
  for (const [code, name] of Object.entries(TYPE_CODES)) if (code.length >= 2 && documentType(name) === type) return code;
  return null;
}
