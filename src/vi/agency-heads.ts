/**
 * How Vietnamese names a body the gazetteer does not list: a head phrase ("Tòa án nhân dân",
 * "Kho bạc Nhà nước", "Tập đoàn", "Hội Nông dân") then what tells which one — a level and
 * place ("tỉnh", "thành phố Huế", "xã Tân Phú", "khu vực XI") or a capitalised name
 * ("Tập đoàn Bưu chính Viễn thông Việt Nam"). Heads are keyed (folded) word sequences.
 */
import type { AgencyBranch, AgencyLevel } from '../types.js';

export interface AgencyHead {
  words: readonly string[];
  branch: AgencyBranch | null;
  /** The level when the head alone says it ("Bộ …" is central). */
  level: AgencyLevel | null;
  /** What must follow: a level word and place ('level'), a capitalised name ('name'), or either. */
  needs: 'either' | 'name' | 'level';
}

const head = (phrase: string, branch: AgencyBranch | null, needs: AgencyHead['needs'] = 'either', level: AgencyLevel | null = null): AgencyHead => ({
  words: phrase.split(' '),
  branch,
  level,
  needs,
});

/** Longest first within a first word, so "Văn phòng Đoàn đại biểu Quốc hội" wins over "Văn phòng". */
export const AGENCY_HEADS: readonly AgencyHead[] = [
  head('toa an nhan dan', 'state', 'level'),
  head('vien kiem sat nhan dan', 'state', 'level'),
  head('kho bac nha nuoc', 'state', 'level'),
  head('kiem toan nha nuoc', 'state', 'level'),
  head('ngan hang nha nuoc chi nhanh', 'state', 'level'),
  head('ngan hang nha nuoc', 'state', 'level'),
  head('ngan hang chinh sach xa hoi', 'state', 'level'),
  head('chi nhanh ngan hang chinh sach xa hoi', 'state', 'level'),
  head('bao hiem xa hoi', 'state', 'level'),
  head('thanh tra', 'state', 'level'),
  head('thue', 'state', 'level'),
  head('hai quan', 'state', 'level'),
  head('cong an', 'state', 'level'),
  head('bo chi huy quan su', 'state', 'level'),
  head('bo chi huy bo doi bien phong', 'state', 'level'),
  head('bo tu lenh', 'state', 'either'),
  head('van phong doan dai bieu quoc hoi va hoi dong nhan dan', 'state', 'level'),
  head('van phong doan dai bieu quoc hoi va hdnd', 'state', 'level'),
  head('doan dai bieu quoc hoi', 'state', 'level'),
  head('uy ban mat tran to quoc viet nam', 'front', 'level'),
  head('uy ban mttq viet nam', 'front', 'level'),
  head('uy ban mttq', 'front', 'level'),
  head('hoi lien hiep phu nu', 'front', 'level'),
  head('hoi nong dan', 'front', 'level'),
  head('hoi cuu chien binh', 'front', 'level'),
  head('hoi chu thap do', 'front', 'level'),
  head('lien doan lao dong', 'front', 'level'),
  head('doan thanh nien cong san ho chi minh', 'front', 'level'),
  head('doan thanh nien', 'front', 'level'),
  head('lien minh hop tac xa', 'front', 'level'),
  head('lien hiep cac hoi', 'front', 'either'),
  head('hiep hoi', null, 'either'),
  head('hoi', null, 'name'),
  head('dai phat thanh va truyen hinh', 'state', 'either'),
  head('dai truyen hinh', 'state', 'either'),
  head('dai tieng noi', 'state', 'either'),
  head('bao va phat thanh , truyen hinh', 'state', 'either'),
  head('bao', null, 'name'),
  head('tap doan', null, 'name'),
  head('tong cong ty', null, 'name'),
  head('cong ty', null, 'name'),
  head('trung tam', 'state', 'name'),
  head('benh vien', 'state', 'name'),
  head('hoc vien', null, 'name'),
  head('vien', null, 'name'),
  head('vu', 'state', 'name', 'central'),
  head('tong cuc', 'state', 'name', 'central'),
  head('uy ban kiem tra', 'party', 'name'),
  head('uy ban', null, 'name'),
  head('hoi dong', null, 'name'),
  head('ban chi dao', null, 'name'),
  head('ban quan ly', 'state', 'name'),
];

/** Words that name a level, with the level they name; a place or numeral may follow. */
export const LEVEL_WORDS: ReadonlyArray<[readonly string[], AgencyLevel]> = [
  [['thanh', 'pho'], 'province'],
  [['tinh'], 'province'],
  [['cap', 'tinh'], 'province'],
  [['trung', 'uong'], 'central'],
  [['khu', 'vuc'], 'province'],
  [['xa'], 'commune'],
  [['phuong'], 'commune'],
  [['dac', 'khu'], 'commune'],
  [['cap', 'xa'], 'commune'],
  [['co', 'so'], 'commune'],
  [['huyen'], 'commune'],
  [['quan'], 'commune'],
  [['thi', 'xa'], 'commune'],
  [['viet', 'nam'], 'central'],
];

/** Abbreviations written out in canonical names. */
export const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bUBND\b/gu, 'Ủy ban nhân dân'],
  [/\bHĐND\b/gu, 'Hội đồng nhân dân'],
  [/\bMTTQVN\b/gu, 'Mặt trận Tổ quốc Việt Nam'],
  [/\bMTTQ\b/gu, 'Mặt trận Tổ quốc'],
  [/\bBCH\b/gu, 'Ban Chấp hành'],
  [/\bBTV\b/gu, 'Ban Thường vụ'],
  [/\bĐBQH\b/gu, 'đại biểu Quốc hội'],
  [/\bKBNN\b/gu, 'Kho bạc Nhà nước'],
  [/\bNHNN\b/gu, 'Ngân hàng Nhà nước'],
  [/\bCHQS\b/gu, 'Chỉ huy Quân sự'],
  [/\bKH&CN\b/gu, 'Khoa học và Công nghệ'],
  [/\bVH,\s?TT&DL\b/gu, 'Văn hóa, Thể thao và Du lịch'],
];

export function expandAbbreviations(name: string): string {
  let out = name;
  for (const [re, full] of ABBREVIATIONS) out = out.replace(re, full);
  return out;
}
