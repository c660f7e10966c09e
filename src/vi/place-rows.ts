/**
 * The rows of the places gazetteer (dict/places.tsv, written by scripts/dict/places.ts):
 *
 *   name<TAB>kind<TAB>province<TAB>period
 *   Lương Minh	commune	Quảng Ninh	2025
 *   Sóc Trăng	old-province	Sóc Trăng	pre-2025
 *
 * `province` is the province or centrally-run city the unit belongs to (itself for one).
 * Lines starting with "#" and blank lines are comments.
 */

export const PLACE_KINDS = ['province', 'city', 'commune', 'ward', 'special-zone', 'old-province'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const PLACE_PERIODS = ['2025', 'pre-2025'] as const;
export type PlacePeriod = (typeof PLACE_PERIODS)[number];

export interface PlaceRow {
  name: string;
  kind: PlaceKind;
  province: string;
  period: PlacePeriod;
}

/** Provinces and centrally-run cities, of either period. */
export const PROVINCE_KINDS: readonly PlaceKind[] = ['province', 'city', 'old-province'];
/** The units under a province (2025). */
export const LOCAL_KINDS: readonly PlaceKind[] = ['commune', 'ward', 'special-zone'];

const isKind = (s: string): s is PlaceKind => (PLACE_KINDS as readonly string[]).includes(s);
const isPeriod = (s: string): s is PlacePeriod => (PLACE_PERIODS as readonly string[]).includes(s);

export function parsePlaceRows(text: string, source = 'places.tsv'): PlaceRow[] {
  const rows: PlaceRow[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/u, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const [name, kind, province, period, extra] = line.split('\t');
    if (!name || !kind || !isKind(kind) || !province || !period || !isPeriod(period) || extra !== undefined) {
      throw new Error(`${source}: line ${i + 1}: expected "name<TAB>kind<TAB>province<TAB>period" with kind one of ${PLACE_KINDS.join('|')} and period 2025|pre-2025`);
    }
    rows.push({ name: name.normalize('NFC'), kind, province: province.normalize('NFC'), period });
  });
  return rows;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Name, then kind, province and period, by code point: an order that never depends on the locale. */
export function comparePlaceRows(a: PlaceRow, b: PlaceRow): number {
  return byCodePoint(a.name, b.name) || byCodePoint(a.kind, b.kind) || byCodePoint(a.province, b.province) || byCodePoint(a.period, b.period);
}

/** The rows as TSV lines, sorted and without duplicates, each ending in a newline. */
export function formatPlaceRows(rows: readonly PlaceRow[]): string {
  const lines = [...rows].sort(comparePlaceRows).map((r) => `${r.name}\t${r.kind}\t${r.province}\t${r.period}\n`);
  return lines.filter((line, i) => i === 0 || line !== lines[i - 1]).join('');
}
