/**
 * The place module (src/vi/places.ts): a table handed in as text or rows, what a name is and
 * where it lies, and the OCR-tolerant reading of a damaged print, which gives a known name
 * only when exactly one is closest.
 */
import { describe, expect, it } from 'vitest';
import { loadPlaces, PROVINCE_KINDS } from '../../src/vi/places.js';

const SMALL = [
  '# a comment',
  'Hưng Yên\tprovince\tHưng Yên\t2025',
  'Hưng Yên\told-province\tHưng Yên\tpre-2025',
  'Thái Bình\told-province\tThái Bình\tpre-2025',
  'Quảng Ninh\tprovince\tQuảng Ninh\t2025',
  'Lương Minh\tcommune\tQuảng Ninh\t2025',
  'Lượng Minh\tcommune\tNghệ An\t2025',
  'Phố Hiến\tward\tHưng Yên\t2025',
  'Tân Phú\tcommune\tĐồng Nai\t2025',
  'Tân Phú\tward\tHồ Chí Minh\t2025',
  'Hồ Chí Minh\tcity\tHồ Chí Minh\t2025',
  'Thanh Hóa\tprovince\tThanh Hóa\t2025',
  'Nam Ban - Lâm Hà\tcommune\tLâm Đồng\t2025',
  '',
].join('\n');

describe('a place table', () => {
  const places = loadPlaces(SMALL);

  it('is built from the text or from rows, with no file read', () => {
    expect(loadPlaces(places.rows).rows).toEqual(places.rows);
    expect(places.rows).toHaveLength(12);
    expect(() => loadPlaces('Hưng Yên\tvillage\tHưng Yên\t2025')).toThrow(/line 1/u);
  });

  it('says whether a name is a place, case and tone placement aside', () => {
    expect(places.isPlace('Lương Minh')).toBe(true);
    expect(places.isPlace('THANH HOÁ')).toBe(true);
    expect(places.isPlace('Luong Minh')).toBe(false);
    expect(places.isPlace('Hưng Yên', ['commune'])).toBe(false);
  });

  it('gives the province a unit lies in, and null when units of that name lie in several', () => {
    expect(places.provinceOf('Lương Minh')).toBe('Quảng Ninh');
    expect(places.provinceOf('Hưng Yên')).toBe('Hưng Yên');
    expect(places.provinceOf('Tân Phú')).toBeNull();
    expect(places.provinceOf('Tân Phú', ['ward'])).toBe('Hồ Chí Minh');
    expect(places.provinceOf('Nowhere')).toBeNull();
  });

  it("lists a province's communes and wards", () => {
    expect(places.placesOfProvince('Hưng Yên')).toEqual(['Phố Hiến']);
    expect(places.placesOfProvince('Quảng Ninh')).toEqual(['Lương Minh']);
    expect(places.placesOfProvince('Thái Bình')).toEqual([]);
  });

  it('keeps a print that is spelled right, punctuation and tone placement aside', () => {
    expect(places.readPlace('Hưng Yên')).toEqual({ place: 'Hưng Yên', repaired: false });
    expect(places.readPlace('Thanh Hoá')).toEqual({ place: 'Thanh Hoá', repaired: false });
    expect(places.readPlace('Nam Ban Lâm Hà')).toEqual({ place: 'Nam Ban Lâm Hà', repaired: false });
    expect(places.readPlace('Thành phố Hồ Chí Minh')).toEqual({ place: 'Thành phố Hồ Chí Minh', repaired: false });
    expect(places.nameOf('TP. Hồ Chí Minh')).toBe('Hồ Chí Minh');
  });

  it('reads a damaged print as the one name closest to it, and leaves a tie as printed', () => {
    expect(places.readPlace('Humg Yén')).toEqual({ place: 'Hưng Yên', repaired: true });
    expect(places.readPlace('Tan Phu')).toEqual({ place: 'Tân Phú', repaired: true });
    expect(places.readPlace('Xa Tan Phu')).toEqual({ place: 'Xa Tân Phú', repaired: true });
    // Lương Minh and Lượng Minh fold alike: nothing tells them apart.
    expect(places.readPlace('Luong Minh')).toEqual({ place: 'Luong Minh', repaired: false });
    expect(places.readPlace('Xyz Qwr')).toEqual({ place: 'Xyz Qwr', repaired: false });
  });

  it('reads a print as a province before a commune, and only as the kinds asked for', () => {
    const table = loadPlaces('Lâm Đồng\tprovince\tLâm Đồng\t2025\nLâm Đông\tcommune\tX\t2025\n');
    expect(table.readPlace('Ldam Déng')).toEqual({ place: 'Lâm Đồng', repaired: true });
    expect(table.readPlace('Ldam Déng', { kinds: ['commune'] }).place).toBe('Lâm Đông');
    expect(places.nameOf('Tan Phu', { kinds: PROVINCE_KINDS })).toBeNull();
  });
});
