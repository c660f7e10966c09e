/**
 * Document type codes ("KH", "NQ", "QĐ") and issuer codes ("TW", "TU", "UBND") in their canonical
 * spelling: one table for every stage — the restorer keeps them as printed, extraction reads
 * what they mean, the header reads the document's own symbol by them.
 */

export const TYPE_CODES: Readonly<Record<string, string>> = {
  KH: 'Kế hoạch',
  KL: 'Kết luận',
  NQ: 'Nghị quyết',
  NQLT: 'Nghị quyết liên tịch',
  QĐ: 'Quyết định',
  // Party personnel decisions ("1907-QĐNS/TW").
  QĐNS: 'Quyết định',
  QĐi: 'Quy định',
  CT: 'Chỉ thị',
  TB: 'Thông báo',
  BC: 'Báo cáo',
  CV: 'Công văn',
  HD: 'Hướng dẫn',
  NĐ: 'Nghị định',
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  TTr: 'Tờ trình',
  // As printed ("22-CTr/ĐU"); "CTR" is read as it too, lookups being caseless.
  CTr: 'Chương trình',
  QC: 'Quy chế',
  ĐA: 'Đề án',
  BB: 'Biên bản',
  GM: 'Giấy mời',
  CĐ: 'Công điện',
  L: 'Luật',
  PL: 'Phụ lục',
};

export const ISSUER_CODES: Readonly<Record<string, string>> = {
  TW: 'Trung ương',
  TU: 'Tỉnh ủy',
  TƯ: 'Trung ương',
  HU: 'Huyện ủy',
  ĐU: 'Đảng ủy',
  ĐUK: 'Đảng ủy khối',
  BCĐ: 'Ban Chỉ đạo',
  BCĐTW: 'Ban Chỉ đạo Trung ương',
  UBKTTW: 'Ủy ban Kiểm tra Trung ương',
  UBKTTU: 'Ủy ban Kiểm tra Tỉnh ủy',
  UBKT: 'Ủy ban Kiểm tra',
  BTCTW: 'Ban Tổ chức Trung ương',
  BTCTU: 'Ban Tổ chức Tỉnh ủy',
  BTGTW: 'Ban Tuyên giáo Trung ương',
  BTGTU: 'Ban Tuyên giáo Tỉnh ủy',
  BTGDV: 'Ban Tuyên giáo và Dân vận',
  BDVTU: 'Ban Dân vận Tỉnh ủy',
  BNCTU: 'Ban Nội chính Tỉnh ủy',
  VPTW: 'Văn phòng Trung ương Đảng',
  VPTU: 'Văn phòng Tỉnh ủy',
  BCSĐ: 'Ban cán sự đảng',
  ĐĐ: 'Đảng đoàn',
  CP: 'Chính phủ',
  TTg: 'Thủ tướng Chính phủ',
  VPCP: 'Văn phòng Chính phủ',
  QH: 'Quốc hội',
  UBTVQH: 'Ủy ban Thường vụ Quốc hội',
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  MTTQ: 'Mặt trận Tổ quốc',
  MTTW: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  BNV: 'Bộ Nội vụ',
  BTC: 'Bộ Tài chính',
  BCA: 'Bộ Công an',
  BQP: 'Bộ Quốc phòng',
  BCT: 'Bộ Công Thương',
  BXD: 'Bộ Xây dựng',
  BYT: 'Bộ Y tế',
  BTP: 'Bộ Tư pháp',
  BGDĐT: 'Bộ Giáo dục và Đào tạo',
  BKHCN: 'Bộ Khoa học và Công nghệ',
  BNNMT: 'Bộ Nông nghiệp và Môi trường',
  BVHTTDL: 'Bộ Văn hóa, Thể thao và Du lịch',
  SNV: 'Sở Nội vụ',
  STC: 'Sở Tài chính',
  VP: 'Văn phòng',
};

// Lookups are case-insensitive, so "cv/TU" and "TTG" still resolve.
function caseless(table: Readonly<Record<string, string>>): Map<string, string> {
  return new Map(Object.keys(table).map((code) => [code.toUpperCase(), code]));
}

const TYPE_BY_UPPER = caseless(TYPE_CODES);
const ISSUER_BY_UPPER = caseless(ISSUER_CODES);

/** The canonical spelling of a known type code, or null. */
export function knownTypeCode(code: string): string | null {
  return TYPE_BY_UPPER.get(code.toUpperCase()) ?? null;
}

/**
 * The canonical spelling of a type code as documents type it: case aside and with Đ typed
 * as D ("QD-UBND", "ND-CP", "CTR" for CTr), or null. A spelling, not OCR damage: that is
 * symbol-repair.ts's.
 */
export function typeCodeAsTyped(code: string): string | null {
  return knownTypeCode(code) ?? (/d/iu.test(code) ? knownTypeCode(code.replace(/d/giu, 'Đ')) : null);
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
