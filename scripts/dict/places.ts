/**
 * dict/places.tsv: the places gazetteer (format: src/vi/place-rows.ts), from
 * ../shared/corpus/places/ (provinces-2025.csv: 34 provinces and centrally-run cities;
 * wards-2025.csv: 3,320 communes, wards and special zones with their province's code)
 * and the 63 provinces and cities before July 2025 (provinces-pre-2025.ts).
 *
 * Names are made NFC with classic tone placement ("Thanh Hoá" → "Thanh Hóa"), the spelling
 * the rest of dict/ uses; a commune is a special zone when its full name says "Đặc khu"; the
 * few names the source misspells are corrected (CORRECTIONS).
 * Rows are sorted by code point and deduplicated: the same input gives the same bytes.
 * Run by `npm run build:dict`, or alone by `npm run build:places`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeToneStyle } from '../../src/restore/syllable.js';
import { formatPlaceRows, type PlaceKind, type PlaceRow } from '../../src/vi/place-rows.js';
import { PROVINCES_PRE_2025 } from './provinces-pre-2025.js';

const HEADER = [
  '# Places of Vietnam, built by scripts/dict/places.ts (npm run build:places); sources and licence in dict/README.md.',
  '# Columns, tab-separated: name	kind	province	period',
  '#   kind      province | city (centrally-run) | commune | ward | special-zone (2025), old-province (pre-2025, cities included)',
  '#   province  the province or centrally-run city the unit lies in (itself for one)',
  '#   period    2025 (since 1 July 2025) | pre-2025',
].join('\n');

/**
 * Names the source misspells (it was compiled by hand), by name and province, with the
 * spelling the official documents print.
 */
const CORRECTIONS: ReadonlyArray<{ name: string; province: string; spelled: string }> = [
  // The ward is named after the scholar Đào Duy Từ; so the province's documents print it (../shared/corpus/official).
  { name: 'Đào Duy Tư', province: 'Thanh Hóa', spelled: 'Đào Duy Từ' },
];

const corrected = (name: string, province: string): string =>
  CORRECTIONS.find((c) => c.name === name && c.province === province)?.spelled ?? name;

/** The fields of one CSV line: commas inside double quotes are text, "" is a quote. */
export function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/** Records of a CSV file with a header line, by column name. */
function readCsv(path: string): Array<Record<string, string>> {
  const [head, ...lines] = readFileSync(path, 'utf8').replace(/^\uFEFF/u, '').split(/\r?\n/u).filter((l) => l.trim() !== '');
  const columns = csvFields(head!);
  return lines.map((line, i) => {
    const fields = csvFields(line);
    if (fields.length !== columns.length) throw new Error(`${path}: line ${i + 2}: ${fields.length} fields, expected ${columns.length}`);
    return Object.fromEntries(columns.map((c, k) => [c, fields[k]!]));
  });
}

/** NFC, classic tone placement word by word, single spaces. */
export const canonicalName = (name: string): string =>
  name.normalize('NFC').trim().split(/\s+/u).map((w) => normalizeToneStyle(w, 'classic')).join(' ');

function field(record: Record<string, string>, column: string, path: string): string {
  const value = record[column];
  if (value === undefined || value.trim() === '') throw new Error(`${path}: a record without "${column}"`);
  return value;
}

function localKind(type: string, fullName: string): PlaceKind {
  if (type === 'ward') return 'ward';
  if (type !== 'commune') throw new Error(`wards-2025.csv: unknown type "${type}"`);
  return /^Đặc khu\s/u.test(fullName.normalize('NFC')) ? 'special-zone' : 'commune';
}

export function placeRows(corpusDir: string): PlaceRow[] {
  const dir = join(corpusDir, 'places');
  const provincesPath = join(dir, 'provinces-2025.csv');
  const wardsPath = join(dir, 'wards-2025.csv');
  const rows: PlaceRow[] = [];
  const provinceByCode = new Map<string, string>();
  for (const p of readCsv(provincesPath)) {
    const name = canonicalName(field(p, 'name', provincesPath));
    const type = field(p, 'type', provincesPath);
    if (type !== 'province' && type !== 'city') throw new Error(`${provincesPath}: unknown type "${type}"`);
    provinceByCode.set(field(p, 'code', provincesPath), name);
    rows.push({ name, kind: type, province: name, period: '2025' });
  }
  for (const w of readCsv(wardsPath)) {
    const code = field(w, 'provinceCode', wardsPath);
    const province = provinceByCode.get(code);
    if (province === undefined) throw new Error(`${wardsPath}: unknown province code "${code}"`);
    const kind = localKind(field(w, 'type', wardsPath), field(w, 'fullName', wardsPath));
    rows.push({ name: corrected(canonicalName(field(w, 'name', wardsPath)), province), kind, province, period: '2025' });
  }
  for (const name of PROVINCES_PRE_2025) {
    const canonical = canonicalName(name);
    rows.push({ name: canonical, kind: 'old-province', province: canonical, period: 'pre-2025' });
  }
  return rows;
}

/** The text of dict/places.tsv. */
export function buildPlaces(corpusDir: string): string {
  return `${HEADER}\n${formatPlaceRows(placeRows(corpusDir))}`;
}
