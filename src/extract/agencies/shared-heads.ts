/**
 * Names a list writes once for several bodies:
 *   - a head word shared by the members: "Ban cán sự đảng Tòa án nhân dân
 *     tỉnh, Viện kiểm sát nhân dân tỉnh" is two Ban cán sự đảng, "Đảng đoàn
 *     Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh" two Đảng đoàn;
 *   - a level word shared from the end: in "Mặt trận Tổ quốc Việt Nam, các tổ
 *     chức chính trị - xã hội tỉnh" the Front is the province's.
 * A member is rewritten only when the name it then makes is in the gazetteer.
 */
import type { AgencyHit } from '../../tree.js';
import { fold } from '../text/fold.js';
import { tokenize } from '../text/tokens.js';
import { longestAt, type Gazetteer, type GazetteerEntry } from './gazetteer.js';

const HEADS = ['Đảng đoàn', 'Ban cán sự đảng', 'Đảng ủy'];
const FOLDED_HEADS = HEADS.map((h) => fold(h));
const LIST_GAP = /^\s{0,2}(?:,|va|,\s{0,2}va)\s{0,2}$/u;

/** The entry a whole name reads as, or null. */
export function lookupName(gazetteer: Gazetteer, name: string): GazetteerEntry | null {
  const keys = tokenize(name).map((t) => t.key);
  const match = longestAt(gazetteer, keys, 0);
  return match && match.endToken === keys.length ? match.entry : null;
}

function headOf(hit: AgencyHit): string | null {
  const key = fold(hit.agency.canonical);
  const at = FOLDED_HEADS.findIndex((h) => key.startsWith(`${h} `));
  return at === -1 ? null : HEADS[at]!;
}

function rewrite(hit: AgencyHit, entry: GazetteerEntry): AgencyHit {
  return { ...hit, agency: { ...hit.agency, canonical: entry.canonical, level: entry.level, branch: entry.branch, known: true } };
}

export function shareHeads(hits: AgencyHit[], text: string, gazetteer: Gazetteer): AgencyHit[] {
  const out = [...hits];
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1]!;
    const cur = out[i]!;
    if (!LIST_GAP.test(fold(text.slice(prev.end, cur.start)))) continue;
    const head = headOf(prev);
    if (head !== null && headOf(cur) === null) {
      const entry = lookupName(gazetteer, `${head} ${cur.agency.text}`);
      if (entry) out[i] = rewrite(cur, entry);
    }
  }
  // Level words shared from the end of the list, read backwards.
  for (let i = out.length - 2; i >= 0; i--) {
    const cur = out[i]!;
    const next = out[i + 1]!;
    if (cur.agency.level !== null || next.agency.level !== 'province') continue;
    if (!LIST_GAP.test(fold(text.slice(cur.end, next.start)))) continue;
    if (!/\btinh$/u.test(fold(next.agency.text))) continue;
    const entry = lookupName(gazetteer, `${cur.agency.text} tỉnh`);
    if (entry && entry.level === 'province') out[i] = rewrite(cur, entry);
  }
  return out;
}
