/**
 * The places of Vietnam by name (dict/places.tsv: the 34 provinces and cities and 3,320
 * communes, wards and special zones since July 2025, and the 63 provinces and cities before):
 * what a name is and which province it lies in, and which known name a damaged print stands
 * for. The caller hands the table in (its text or its rows): this module reads no files.
 *
 * A print is read as the one name it is closest to by the OCR cost of its words (ocr-cost.ts):
 * "Humg Yên" is Hưng Yên, "Ldam Déng" Lâm Đồng; when none is close enough, or two names are
 * equally close, it stays as printed. A province wins over a commune or ward as close as it:
 * a date line or an issuer names a province far more often.
 */
import { fold } from './fold.js';
import { ocrCost } from './ocr-cost.js';
import { LOCAL_KINDS, parsePlaceRows, PROVINCE_KINDS, type PlaceKind, type PlaceRow } from './place-rows.js';

export interface PlaceReading {
  /** The known name, or the text as printed when none fits. */
  place: string;
  /** True when the printed text differed from the name it was read as. */
  repaired: boolean;
}

/** One distinct name, with its folded words and every kind of unit that bears it. */
interface Named {
  name: string;
  words: readonly string[];
  kinds: ReadonlySet<PlaceKind>;
}

interface Closest {
  name: string | null;
  cost: number;
}

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** A word with its tone mark moved to the end: "hoà" and "hòa" are one spelling in two placements. */
function tonePlacementFree(word: string): string {
  const d = word.normalize('NFD');
  const tone = TONE_MARK.exec(d)?.[0] ?? '';
  return d.replace(TONE_MARKS, '').normalize('NFC') + tone;
}

/** The words of a name as spelled, punctuation between them dropped ("Nam Ban - Lâm Hà"). */
const spelled = (text: string): string[] => text.split(/[^\p{L}\p{M}\p{N}'’]+/u).filter((w) => w !== '').map(tonePlacementFree);

/** The key a name is looked up by: its spelling without case, NFC or tone placement. */
const keyOf = (text: string): string => spelled(text.toLowerCase()).join(' ');

/** Folded words, for the OCR cost: OCR junk that stands for letters ("&", "¢") kept. */
const foldedWords = (text: string): string[] => fold(text).split(/[^a-z0-9&@¢§]+/u).filter((w) => w !== '');

/** A level word before a name in a date line or issuer ("Thành phố Hồ Chí Minh", "Xã Tân Phú"), on the folded text. */
const LEVEL_PREFIX = /^\s*(?:thanh\s+pho|tp\.?|tinh|xa|phuong|dac\s+khu)\s+/u;

export interface ReadOptions {
  /** The kinds of unit the print may be read as; by default provinces first, then communes, wards and special zones. */
  kinds?: readonly PlaceKind[];
  /** Whether a level word may stand before the name ("Thành phố", "Xã"), kept as printed; true by default. */
  levelWord?: boolean;
}

export class PlaceTable {
  readonly rows: readonly PlaceRow[];
  private indexed: { byKey: Map<string, PlaceRow[]>; byLength: Map<number, Named[]> } | undefined;

  constructor(rows: readonly PlaceRow[]) {
    this.rows = rows;
  }

  /** Rows by key, and distinct names by number of folded words: built on first use, not at load. */
  private get index(): { byKey: Map<string, PlaceRow[]>; byLength: Map<number, Named[]> } {
    if (this.indexed) return this.indexed;
    const byKey = new Map<string, PlaceRow[]>();
    const byLength = new Map<number, Named[]>();
    const named = new Map<string, { words: string[]; kinds: Set<PlaceKind> }>();
    for (const row of this.rows) {
      const key = keyOf(row.name);
      const same = byKey.get(key);
      if (same) same.push(row);
      else byKey.set(key, [row]);
      const entry = named.get(row.name);
      if (entry) entry.kinds.add(row.kind);
      else named.set(row.name, { words: foldedWords(row.name), kinds: new Set([row.kind]) });
    }
    for (const [name, { words, kinds }] of named) {
      const list = byLength.get(words.length);
      if (list) list.push({ name, words, kinds });
      else byLength.set(words.length, [{ name, words, kinds }]);
    }
    return (this.indexed = { byKey, byLength });
  }

  /** Every unit bearing this name (case, NFC and tone placement aside). */
  lookup(name: string): readonly PlaceRow[] {
    return this.index.byKey.get(keyOf(name)) ?? [];
  }

  isPlace(name: string, kinds?: readonly PlaceKind[]): boolean {
    return this.lookup(name).some((row) => !kinds || kinds.includes(row.kind));
  }

  /**
   * The province or centrally-run city a named unit lies in (a province's is itself); null when
   * the name is unknown or units of that name lie in more than one ("Tân Phú").
   */
  provinceOf(name: string, kinds?: readonly PlaceKind[]): string | null {
    const provinces = new Set(this.lookup(name).filter((row) => !kinds || kinds.includes(row.kind)).map((row) => row.province));
    return provinces.size === 1 ? [...provinces][0]! : null;
  }

  /** The communes, wards and special zones of a province since July 2025, in code-point order. */
  placesOfProvince(province: string): string[] {
    const key = keyOf(province);
    const names = new Set<string>();
    for (const row of this.rows) {
      if (row.period === '2025' && LOCAL_KINDS.includes(row.kind) && keyOf(row.province) === key) names.add(row.name);
    }
    return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** The known name a printed place stands for, or the print when it stands for none. */
  readPlace(printed: string, options: ReadOptions = {}): PlaceReading {
    const { place, repaired } = this.read(printed, options);
    return { place, repaired };
  }

  /** The known name a printed place reads as ("TP. Hồ Chí Minh" is Hồ Chí Minh); null when none. */
  nameOf(printed: string, options: ReadOptions = {}): string | null {
    return this.read(printed, options).name;
  }

  private read(printed: string, { kinds, levelWord = true }: ReadOptions): PlaceReading & { name: string | null } {
    const text = printed.trim();
    const whole = this.readName(text, kinds);
    if (whole.name !== null || !levelWord) return whole;
    const level = LEVEL_PREFIX.exec(fold(text));
    if (!level) return whole;
    const rest = this.readName(text.slice(level[0].length), kinds);
    if (rest.name === null) return whole;
    return { place: text.slice(0, level[0].length) + rest.place, repaired: rest.repaired, name: rest.name };
  }

  private readName(text: string, kinds?: readonly PlaceKind[]): PlaceReading & { name: string | null } {
    const exact = this.lookup(text).find((row) => !kinds || kinds.includes(row.kind));
    // Spelled like the name, punctuation and tone placement aside: printed right ("Nam Ban Lâm Hà").
    if (exact && spelled(text).join(' ') === spelled(exact.name).join(' ')) return { place: text, repaired: false, name: exact.name };
    const seen = foldedWords(text);
    const found = kinds ? this.closest(seen, kinds) : this.closestProvinceFirst(seen);
    if (!found || found.name === null) return { place: text, repaired: false, name: null };
    return { place: found.name, repaired: found.name !== text, name: found.name };
  }

  /** The closest of provinces and of local units, the province when both are as close. */
  private closestProvinceFirst(seen: readonly string[]): Closest | undefined {
    const province = this.closest(seen, PROVINCE_KINDS);
    const local = this.closest(seen, LOCAL_KINDS);
    if (!province) return local;
    return !local || province.cost <= local.cost ? province : local;
  }

  /** The name of these kinds closest to the folded words (null for a tie) and its cost; undefined when none is close. */
  private closest(seen: readonly string[], kinds: readonly PlaceKind[]): Closest | undefined {
    let best: string | undefined;
    let bestCost = Infinity;
    let tie = false;
    for (const entry of this.index.byLength.get(seen.length) ?? []) {
      if (!kinds.some((k) => entry.kinds.has(k))) continue;
      let cost = 0;
      for (let i = 0; i < seen.length && cost !== Infinity; i++) cost += ocrCost(seen[i]!, entry.words[i]!);
      if (cost === Infinity) continue;
      if (cost < bestCost) {
        best = entry.name;
        bestCost = cost;
        tie = false;
      } else if (cost === bestCost) tie = true;
    }
    if (best === undefined) return undefined;
    return { name: tie ? null : best, cost: bestCost };
  }
}

/** The table from places.tsv's text or from rows already parsed. */
export function loadPlaces(data: string | readonly PlaceRow[]): PlaceTable {
  return new PlaceTable(typeof data === 'string' ? parsePlaceRows(data) : data);
}

export { LOCAL_KINDS, PROVINCE_KINDS, type PlaceKind, type PlaceRow } from './place-rows.js';
