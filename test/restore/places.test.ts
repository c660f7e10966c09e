/**
 * Place names in restoration (src/restore/protect/places.ts): printed right they stay right,
 * and after a level word ("xã", "phường", "tỉnh", "thành phố"), or as a province's name alone,
 * a stripped or garbled print comes out as the places gazetteer spells it — only as far as the
 * print supports it.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DICT_DIR, PLACES_FILE } from '../../src/dict/index.js';
import { loadRestorer, restoreText } from '../../src/restore/index.js';
import { loadPlaces } from '../../src/vi/places.js';
import { tempDir } from '../helpers/temp.js';

const restorer = loadRestorer();
const restore = (text: string) => restoreText(text, restorer).text;

describe('place names', () => {
  it('stay right when printed right', () => {
    const line = 'UBND tỉnh Bắc Ninh, tỉnh Quảng Ngãi và tỉnh Sóc Trăng; Ủy ban nhân dân xã Lương Minh phối hợp với tỉnh Lai Châu.';
    expect(restore(line)).toBe(line);
    expect(restore('Đoàn công tác làm việc tại Quảng Ngãi và Sóc Trăng.')).toBe('Đoàn công tác làm việc tại Quảng Ngãi và Sóc Trăng.');
  });

  it('come out right from stripped text after a level word, the level word too', () => {
    expect(restore('UBND tinh Bac Ninh, tinh Quang Ngai va tinh Soc Trang; Uy ban nhan dan xa Luong Minh to chuc thuc hien.')).toBe(
      'UBND tỉnh Bắc Ninh, tỉnh Quảng Ngãi và tỉnh Sóc Trăng; Ủy ban nhân dân xã Lương Minh tổ chức thực hiện.',
    );
  });

  it('come out right from OCR garble, along a list after one level word', () => {
    expect(restore("Ủy ban nhân dân xã Lu'ong Minh t6 chirc thuc hién ké hoach; tinh Lai Chdu, Bic Ninh, Quéng Ngäi, Séc Trang.")).toBe(
      'Ủy ban nhân dân xã Lương Minh tổ chức thực hiện kế hoạch; tỉnh Lai Châu, Bắc Ninh, Quảng Ngãi, Sóc Trăng.',
    );
  });

  it("come out right as a province's name standing alone, and after an abbreviated level word", () => {
    expect(restore('Cac dia phuong: Lai Chau, Bac Ninh va Soc Trang.')).toBe('Các địa phương: Lai Châu, Bắc Ninh và Sóc Trăng.');
    expect(restore('17 Nguyen Gia Thieu, P. Xuan Hoa, TP. Ho Chi Minh')).toMatch(/P\. Xuân Hòa, TP\. Hồ Chí Minh$/u);
  });

  it('keep capitals and the tone placement asked for', () => {
    expect(restore('ỦY BAN NHÂN DÂN TINH LAI CHAU')).toBe('ỦY BAN NHÂN DÂN TỈNH LAI CHÂU');
    expect(restoreText('Uy ban nhan dan xa Hoa Binh', restorer, { toneStyle: 'modern' }).text).toBe('Uỷ ban nhân dân xã Hoà Bình');
  });

  it('take no lone capitalised word for a province', () => {
    // OCR of "Điều 7. Hệ thống tổ chức công đoàn": "Hé" is within reach of "Huế".
    expect(restore('Diéu 7. Hé thOng t6 chirc cong doan')).not.toContain('Huế');
  });

  it('leave a correct print that is no known name alone', () => {
    // Lường Minh is no commune; Lương Minh and Lượng Minh fold like it.
    expect(restore('Ủy ban nhân dân xã Lường Minh tổ chức thực hiện.')).toBe('Ủy ban nhân dân xã Lường Minh tổ chức thực hiện.');
  });

  it('are read by the gazetteer handed in, or that of the dictionary folder', () => {
    const text = 'Uy ban nhan dan xa Phu Xuan Moi to chuc thuc hien.';
    const own = loadRestorer({ places: loadPlaces('Phú Xuân Mới\tcommune\tHuế\t2025\n') });
    expect(restoreText(text, own).text).toContain('xã Phú Xuân Mới');
    const dir = tempDir('dict-');
    cpSync(DEFAULT_DICT_DIR, dir, { recursive: true });
    writeFileSync(join(dir, PLACES_FILE), 'Phú Xuân Mới\tcommune\tHuế\t2025\n');
    const fromDir = loadRestorer({ dictDir: dir });
    expect(fromDir.places?.isPlace('Phú Xuân Mới')).toBe(true);
    expect(restoreText(text, fromDir).text).toContain('xã Phú Xuân Mới');
    expect(restoreText(text, loadRestorer({ places: null })).text).not.toContain('xã Phú Xuân Mới');
  });
});
