/**
 * The agencies of a lead or partner cell that the gazetteer does not know.
 * Such a cell holds nothing but names, one per part between semicolons or
 * lines ("Ban Chỉ huy Phòng thủ dân sự tỉnh; UBND cấp xã"), so a part that
 * reads as a name and holds no known one is an agency of its own: it keeps
 * its text (abbreviations written out) rather than being dropped or snapped
 * to the nearest known name. A known name broken off by OCR damage is no new
 * name.
 */
import type { AgencyHit } from '../../tree.js';
import { expandAbbreviations } from '../../vi/agency-heads.js';
import { knownNameBreak, type Gazetteer } from './gazetteer.js';
import { isCapitalized, tokenize } from '../text/tokens.js';
import { capitalise } from '../../text/capitalise.js';

/** A name is a few words; a longer part is a sentence about the work. */
const MAX_WORDS = 16;
/**
 * A name opens with a capital, or with "các" or a noun of organisations ("các cơ sở giáo dục",
 * "doanh nghiệp, viện, trường"); another part in lower case ("và cơ quan liên quan") is no name.
 */
const NAME_START = /^(?:\p{Lu}|(?:các|doanh nghiệp|đơn vị|cơ sở|cơ quan)\s)/u;
/** A part printed in capitals is a heading that ran into the cell, not a name. */
const CAPITALS = /^[^\p{Ll}]*$/u;

interface Part {
  start: number;
  end: number;
}

function parts(text: string): Part[] {
  const out: Part[] = [];
  for (const m of text.matchAll(/[^;\n]+/gu)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim().replace(/[.,:]+$/u, '');
    if (trimmed !== '') out.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return out;
}

export function unknownCellAgencies(text: string, known: readonly AgencyHit[], gazetteer: Gazetteer): AgencyHit[] {
  const out: AgencyHit[] = [];
  for (const part of parts(text)) {
    if (known.some((h) => h.start < part.end && h.end > part.start)) continue;
    const written = text.slice(part.start, part.end).replace(/\s+/gu, ' ');
    const words = written.split(' ').length;
    if (!NAME_START.test(written) || CAPITALS.test(written) || words < 2 || words > MAX_WORDS) continue;
    const tokens = tokenize(written).filter((t) => t.word);
    // Broken off by a lower-case word, a known name is damaged ("Ủy ban nhân ở năn"); a name of its
    // own goes on with a capital ("Ban Chỉ huy Phòng thủ dân sự"). One that stops short of a known
    // name's end shares the end a later name of the cell gives ("Ban Thường vụ Đảng ủy; UBND các xã").
    const at = knownNameBreak(gazetteer, tokens.map((t) => t.key));
    if (at === tokens.length || (at >= 0 && !isCapitalized(tokens[at]!))) continue;
    out.push({
      start: part.start,
      end: part.end,
      text: text.slice(part.start, part.end),
      agency: { canonical: capitalise(expandAbbreviations(written)), text: written, level: null, branch: null, known: false },
    });
  }
  return out;
}
