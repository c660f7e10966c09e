/**
 * Agencies named in a text: gazetteer names first (longest match at each
 * word), unseen names by pattern where the gazetteer has nothing. A province
 * or commune body followed by a place name ("UBND tỉnh Thái Bình") keeps the
 * place, in its text and in its canonical name, since it is another body than
 * the document's own province.
 */
import type { AgencyHit } from '../../tree.js';
import { squeeze } from '../text/fold.js';
import { isCapitalized, tokenize, type Token } from '../text/tokens.js';
import { collectiveAt } from './collective.js';
import { describedAt } from './described.js';
import { enumeratedAt } from './enumerated.js';
import { shareHeads } from './shared-heads.js';
import { openDictionary } from '../../dict/index.js';
import { longestAt, type Gazetteer } from './gazetteer.js';
import { patternAt } from './patterns.js';
import { expandAbbreviations } from '../../vi/agency-heads.js';
import { PROVINCE_KINDS, type PlaceTable } from '../../vi/places.js';
import { capitalise } from '../../text/capitalise.js';

interface Found {
  startToken: number;
  endToken: number;
  canonical: string | null;
  level: AgencyHit['agency']['level'];
  branch: AgencyHit['agency']['branch'];
  /** Described, not named ("Các doanh nghiệp viễn thông"): its name is its words. */
  described?: boolean;
  /** Named by a list with one head ("các tỉnh: Lào Cai, Đồng Nai"): its canonical name is whole. */
  enumerated?: boolean;
  /** Whether the gazetteer lists it, where the canonical name alone does not say. */
  known?: boolean;
}

/** Words a place name may follow. */
const PLACE_HOSTS = new Set(['tinh', 'huyen', 'xa', 'phuong', 'uy', 'pho']);
/** Capitalised words that follow a body's name without being a place ("Tỉnh ủy Khóa XX"). */
const NOT_PLACES = new Set(['khoa', 'nhiem', 'lan', 've', 'theo', 'tai', 'trong', 'va', 'cua']);
const MAX_PLACE_WORDS = 3;

function placeEnd(tokens: readonly Token[], from: number, starts: ReadonlySet<number>): number {
  let j = from;
  while (j < tokens.length && j - from < MAX_PLACE_WORDS) {
    const t = tokens[j]!;
    if (!isCapitalized(t) || NOT_PLACES.has(t.key) || starts.has(j) || /\p{N}/u.test(t.raw)) break;
    // Roman numerals ("khóa XIII") and all-capital acronyms are not place names.
    if (t.raw.length > 1 && t.raw === t.raw.toUpperCase()) break;
    j++;
  }
  return j;
}

/** A word that carries Vietnamese marks (or đ) reads as printed; only bare or garbled ones are read through damage. */
const MARKED = /[\u0300-\u036f]|đ/iu;

function scan(text: string, tokens: readonly Token[], gazetteer: Gazetteer, trustMarks: boolean): Found[] {
  const keys = tokens.map((t) => t.key);
  const settled = trustMarks ? tokens.map((t) => t.word && MARKED.test(t.raw.normalize('NFD'))) : undefined;
  const found: Found[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]!.word) {
      i++;
      continue;
    }
    const listed = enumeratedAt(tokens, i, gazetteer, text);
    if (listed.length > 0) {
      for (const l of listed) found.push({ ...l, enumerated: true });
      i = listed[listed.length - 1]!.endToken;
      continue;
    }
    // A gazetteer name, or a collective of common nouns when that reads further
    // ("các sở, ngành, đơn vị, địa phương liên quan" is one body, not "các sở, ngành" and more).
    const known = longestAt(gazetteer, keys, i, settled);
    const collective = collectiveAt(tokens, i);
    const described = describedAt(tokens, i, (j) => longestAt(gazetteer, keys, j, settled) !== null || patternAt(tokens, j) !== null);
    // Lists of common nouns keep their collective names; a description is for what they cannot name
    // ("Các cơ quan, đơn vị, địa phương, doanh nghiệp" runs past the collective's nouns).
    if (described && described.endToken > Math.max(known?.endToken ?? 0, collective?.endToken ?? 0, patternAt(tokens, i)?.endToken ?? 0)) {
      found.push({ startToken: i, endToken: described.endToken, canonical: null, level: null, branch: null, described: true });
      i = described.endToken;
      continue;
    }
    if (collective && (!known || collective.endToken > known.endToken)) {
      found.push({ startToken: i, endToken: collective.endToken, canonical: collective.canonical, level: null, branch: null });
      i = collective.endToken;
      continue;
    }
    const unseen = patternAt(tokens, i);
    // A listed name the text carries on ("Kiểm toán Nhà nước" + "khu vực II") is another body, named as printed.
    if (known && !(unseen?.leveled && unseen.endToken > known.endToken)) {
      found.push({ startToken: i, endToken: known.endToken, ...known.entry });
      i = known.endToken;
      continue;
    }
    if (unseen) {
      found.push({ startToken: i, endToken: unseen.endToken, canonical: null, level: unseen.level, branch: unseen.branch });
      i = unseen.endToken;
      continue;
    }
    i++;
  }
  return found;
}


export interface FindAgenciesOptions {
  /**
   * The text's marks are as its author printed them (no restoration changed it): a marked word
   * is then read as written, never as a damaged name's word.
   */
  trustMarks?: boolean;
  /** The places a body's name may end with ("UBND tỉnh Thái Bình"); the dictionary's own when not given. */
  places?: PlaceTable;
}

/**
 * The place the capitalised words from `from` to `to` name, and where it ends, or null. One word
 * must be a known place as printed ("Huế"): a lone capital after "Tỉnh ủy" is more often the
 * next sentence ("5. Ban Tổ chức Tỉnh ủy ⏎ Tham mưu …"). Two or more are a place, read as the
 * known name a damaged print stands for ("Thái Binh"), or as printed when the table lacks it
 * (communes before 2025).
 */
function placeAt(text: string, tokens: readonly Token[], from: number, to: number, places: PlaceTable): { end: number; name: string } | null {
  if (to <= from) return null;
  const printed = squeeze(text.slice(tokens[from]!.start, tokens[to - 1]!.end));
  if (to - from === 1) {
    const row = places.lookup(printed)[0];
    return row ? { end: to, name: row.name } : null;
  }
  return { end: to, name: places.nameOf(printed, { levelWord: false }) ?? printed };
}

export function findAgencies(text: string, gazetteer: Gazetteer = openDictionary().agencies(), options: FindAgenciesOptions = {}): AgencyHit[] {
  const places = options.places ?? openDictionary().places();
  const tokens = tokenize(text);
  const found = scan(text, tokens, gazetteer, options.trustMarks ?? false);
  const starts = new Set(found.map((f) => f.startToken));
  const hits = found.map((f) => {
    let end = f.endToken;
    let place = '';
    const last = tokens[end - 1]!;
    if (!f.enumerated && PLACE_HOSTS.has(last.key) && !(last.key === 'phuong' && tokens[end - 2]?.key === ',')) {
      // "Tỉnh ủy tỉnh Thái Bình": the place may bring its own "tỉnh".
      const from = tokens[end]?.key === 'tinh' && !isCapitalized(tokens[end]!) ? end + 1 : end;
      const known = placeAt(text, tokens, from, placeEnd(tokens, from, starts), places);
      if (known) {
        place = from > end ? `${squeeze(text.slice(tokens[end]!.start, tokens[end]!.end))} ${known.name}` : known.name;
        end = known.end;
      }
    }
    // A listed body's name that a province's name follows ("Ban Quản lý Khu kinh tế Phú Yên") is
    // that province's body, named as printed: the listed name stands for the document's own.
    let printed = false;
    if (place === '' && f.canonical !== null && !f.described && !f.enumerated && !PLACE_HOSTS.has(last.key)) {
      const to = placeEnd(tokens, end, starts);
      if (to > end && places.isPlace(squeeze(text.slice(tokens[end]!.start, tokens[to - 1]!.end)), PROVINCE_KINDS)) {
        end = to;
        printed = true;
      }
    }
    const start = tokens[f.startToken]!.start;
    const stop = tokens[end - 1]!.end;
    const written = squeeze(text.slice(start, stop));
    // A description's "có liên quan" is written "liên quan", as the collective names write it.
    const described = f.described ? capitalise(expandAbbreviations(written)).replace(/\s(?:có|co)\s(liên quan|lien quan)$/u, ' $1') : null;
    const canonical = described ?? (printed ? capitalise(expandAbbreviations(written)) : f.canonical === null ? expandAbbreviations(written) : place === '' ? f.canonical : `${f.canonical} ${place}`);
    return {
      start,
      end: stop,
      text: text.slice(start, stop),
      agency: { canonical, text: written, level: f.level, branch: f.branch, known: f.known ?? f.canonical !== null },
    };
  });
  return shareHeads(hits, text, gazetteer);
}
