/**
 * dict/places.tsv and the script that writes it (scripts/dict/places.ts): rows from the 2025
 * lists of the corpus and the 63 provinces before 2025, sorted, the same bytes every run, the
 * committed table what the script makes of the corpus, and damaged prints read by it.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlaces, csvFields } from '../../scripts/dict/places.js';
import { DEFAULT_DICT_DIR, PLACES_FILE } from '../../src/dict/index.js';
import { comparePlaceRows, parsePlaceRows } from '../../src/vi/place-rows.js';
import { loadPlaces } from '../../src/vi/places.js';
import { tempDir } from '../helpers/temp.js';

const CORPUS = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');

/** A corpus folder with two provinces and four units, one a special zone typed as a commune. */
function smallCorpus(): string {
  const dir = tempDir('places-');
  mkdirSync(join(dir, 'places'));
  writeFileSync(
    join(dir, 'places', 'provinces-2025.csv'),
    'code,name,fullName,slug,type,isCentral\n07,Thanh Hoá,Tỉnh Thanh Hoá,thanh-hoa,province,false\n12,Đà Nẵng,Thành phố Đà Nẵng,da-nang,city,true\n',
  );
  writeFileSync(
    join(dir, 'places', 'wards-2025.csv'),
    [
      'code,name,fullName,slug,type,provinceCode',
      '00002,"Hoàng Sa","Đặc khu Hoàng Sa, Thành phố Đà Nẵng",hoang-sa,commune,12',
      // NFD in the source, as some rows of the real list are.
      `00001,"${'Mỏ Cày'.normalize('NFD')}","Xã Mỏ Cày, Tỉnh Thanh Hoá",mo-cay,commune,07`,
      '00003,"Hải Châu","Phường Hải Châu, Thành phố Đà Nẵng",hai-chau,ward,12',
      '00004,"Đào Duy Tư","Phường Đào Duy Tư, Tỉnh Thanh Hoá",dao-duy-tu,ward,07',
    ].join('\n'),
  );
  return dir;
}

const rowsOf = (tsv: string) => parsePlaceRows(tsv);

describe('the places build', () => {
  it('reads quoted CSV fields with commas and doubled quotes', () => {
    expect(csvFields('1,"Xã A, Tỉnh B","say ""x""",')).toEqual(['1', 'Xã A, Tỉnh B', 'say "x"', '']);
  });

  it('writes every unit with its kind, province and period, names NFC in classic tone placement', () => {
    const rows = rowsOf(buildPlaces(smallCorpus()));
    expect(rows).toContainEqual({ name: 'Thanh Hóa', kind: 'province', province: 'Thanh Hóa', period: '2025' });
    expect(rows).toContainEqual({ name: 'Đà Nẵng', kind: 'city', province: 'Đà Nẵng', period: '2025' });
    expect(rows).toContainEqual({ name: 'Hoàng Sa', kind: 'special-zone', province: 'Đà Nẵng', period: '2025' });
    expect(rows).toContainEqual({ name: 'Mỏ Cày', kind: 'commune', province: 'Thanh Hóa', period: '2025' });
    expect(rows).toContainEqual({ name: 'Hải Châu', kind: 'ward', province: 'Đà Nẵng', period: '2025' });
    expect(rows).toContainEqual({ name: 'Sóc Trăng', kind: 'old-province', province: 'Sóc Trăng', period: 'pre-2025' });
    // The source's misspelling, as the province's documents print the name.
    expect(rows).toContainEqual({ name: 'Đào Duy Từ', kind: 'ward', province: 'Thanh Hóa', period: '2025' });
    expect(rows.filter((r) => r.period === 'pre-2025')).toHaveLength(63);
    expect(rows.every((r) => r.name === r.name.normalize('NFC'))).toBe(true);
  });

  it('sorts the rows and gives the same bytes every run', () => {
    const corpus = smallCorpus();
    const tsv = buildPlaces(corpus);
    expect(buildPlaces(corpus)).toBe(tsv);
    const rows = rowsOf(tsv);
    expect([...rows].sort(comparePlaceRows)).toEqual(rows);
    expect(tsv.endsWith('\n')).toBe(true);
  });

  it.skipIf(!existsSync(join(CORPUS, 'places')))('committed dict/places.tsv is what the script makes of the corpus', () => {
    expect(readFileSync(join(DEFAULT_DICT_DIR, PLACES_FILE), 'utf8')).toBe(buildPlaces(CORPUS));
  });
});

const committed = readFileSync(join(DEFAULT_DICT_DIR, PLACES_FILE), 'utf8');
const full = loadPlaces(committed);

describe('dict/places.tsv', () => {
  const rows = rowsOf(committed);
  const count = (kind: string) => rows.filter((r) => r.kind === kind).length;

  it('holds the 34 provinces and cities, 3,320 communes, wards and special zones, and 63 older provinces', () => {
    expect(count('province') + count('city')).toBe(34);
    expect(count('city')).toBe(6);
    expect(count('commune') + count('ward') + count('special-zone')).toBe(3320);
    expect(count('special-zone')).toBe(13);
    expect(count('old-province')).toBe(63);
  });

  it('puts every unit in a 2025 province or city', () => {
    const provinces = new Set(rows.filter((r) => r.kind === 'province' || r.kind === 'city').map((r) => r.name));
    expect(rows.filter((r) => r.period === '2025' && !provinces.has(r.province))).toEqual([]);
    expect(rows).toContainEqual({ name: 'Lương Minh', kind: 'commune', province: 'Quảng Ninh', period: '2025' });
  });
});

describe('reading by dict/places.tsv', () => {
  it.each([
    ['Humg Yên', 'Hưng Yên'],
    ['Ldam Déng', 'Lâm Đồng'],
    ['Hung Yen', 'Hưng Yên'],
    ['Ha Noi', 'Hà Nội'],
    ['Thai Binh', 'Thái Bình'],
    ['Hué', 'Huế'],
    ['Séc Trang', 'Sóc Trăng'],
    ['Quéng Ngäi', 'Quảng Ngãi'],
  ])('reads the province %s as %s', (printed, place) => {
    expect(full.readPlace(printed)).toEqual({ place, repaired: true });
  });

  it('knows the communes and wards since 2025 and the provinces before', () => {
    expect(full.provinceOf('Lương Minh')).toBe('Quảng Ninh');
    expect(full.provinceOf('Hoàn Kiếm')).toBe('Hà Nội');
    expect(full.provinceOf('Sóc Trăng', ['old-province'])).toBe('Sóc Trăng');
    expect(full.provinceOf('Sóc Trăng', ['ward'])).toBe('Cần Thơ');
    expect(full.placesOfProvince('Quảng Ninh')).toContain('Lương Minh');
    expect(full.readPlace('Phường Phố Hiến')).toEqual({ place: 'Phường Phố Hiến', repaired: false });
  });
});
