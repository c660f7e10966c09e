/**
 * The header (src/segment/header) through OCR damage and restoration's misreadings, beyond
 * test/segment/header.test.ts: "$" for the S of "Số", symbol letters and places read from the
 * line as printed, the national heading wrapped or with a word lost, the motto run together,
 * "V/v" misprinted, and issuer words restoration marked wrongly.
 */
import { describe, expect, it } from 'vitest';
import type { LineNode } from '../../src/tree.js';
import { readIssuer } from '../../src/segment/header/issuer.js';
import { splitTopLine } from '../../src/segment/header/national.js';
import { parseDocumentNumber } from '../../src/segment/header/number.js';
import { parseHeader } from '../../src/segment/header/parse-header.js';
import { placeFromOriginal, symbolFromOriginal } from '../../src/segment/header/printed.js';
import { defaultPlaces } from '../../src/dict/index.js';

const places = defaultPlaces();

/** Line nodes; `originals` gives, by index, the line as printed where restoration changed it. */
function lines(text: string[], originals: Record<number, string> = {}): LineNode[] {
  return text.map((value, i) => ({
    type: 'line',
    value,
    position: { start: { line: i + 1, column: 1 }, end: { line: i + 1, column: value.length + 1 } },
    ...(originals[i] !== undefined ? { data: { original: originals[i] } } : {}),
  }));
}

describe('the number line', () => {
  it.each([
    ['$6 12-KH/TU Hà Tĩnh, ngày 02 tháng 3 năm 2025', '12-KH/TU'],
    ['$số 08-CT/TU', '08-CT/TU'],
    ['§6: 215/QĐ-UBND', '215/QĐ-UBND'],
  ])('reads "$" and "§" as the S of "Số": %s', (line, id) => {
    expect(parseDocumentNumber(line)?.id).toBe(id);
  });

  it('takes the symbol as printed when restoration changed its letters', () => {
    const restored = parseDocumentNumber('Số 07-CTr/TU Tân Lập, ngày 24 tháng 10 năm 2025')!;
    expect(symbolFromOriginal(restored, '$6 07-CTr/DU Tan Lap, ngay 24 thang 10 nam 2025')).toMatchObject({ symbol: 'CTr/ĐU', id: '07-CTr/ĐU' });
    const state = parseDocumentNumber('Số: 15/UBND- KHỬ Cao Bằng')!;
    expect(symbolFromOriginal(state, 'So: 15/UBND- KGVX Cao Bang')).toMatchObject({ symbol: 'UBND-KGVX', id: '15/UBND-KGVX' });
  });

  it('keeps the restored symbol when restoration only gave a D its stroke', () => {
    expect(symbolFromOriginal(parseDocumentNumber('Số: 215/QĐ-UBND')!, 'So: 215/QD-UBND')).toBeNull();
  });

  it('takes the place as printed when restoration made it no province', () => {
    // Restoration glued a letter of the symbol to the place ("KTTH" restored "KHỬ").
    expect(placeFromOriginal('Ử Cao Bằng', 'So: 15/UBND- KTTH Cao Bang, ngay 02 thang 3 nam 2025', places)).toBe('Cao Bằng');
    expect(placeFromOriginal('Hà Tĩnh', 'S6 12-KH/TU Ha Tinh, ngay 02 thang 3 nam 2025', places)).toBeNull();
    expect(placeFromOriginal('Tân Lập', 'S6 12-KH/DU Tan Lap, ngay 02 thang 3 nam 2025', places)).toBeNull();
  });
});

describe('the top lines', () => {
  it('finds a motto whose middle OCR ran together or restoration misread', () => {
    expect(splitTopLine('SỞ Y TẾ Độc lập - Tudo - Hạnh phúc')).toMatchObject({ left: 'SỞ Y TẾ', motto: true });
    expect(splitTopLine('TỈNH CAO BẰNG Độc lập - Tuần - Hành phúc')).toMatchObject({ left: 'TỈNH CAO BẰNG', motto: true });
  });

  it('finds a national heading with one word too damaged to read', () => {
    expect(splitTopLine('ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỌ! CHỦ NGHĨA VIỆT NAM')).toMatchObject({
      left: 'ỦY BAN NHÂN DÂN',
      heading: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    });
    expect(splitTopLine('Thực hiện Nghị quyết số 57-NQ/TW').heading).toBeNull();
  });

  it('reads a State header whose heading OCR wrapped onto the next line', () => {
    const r = parseHeader(
      lines([
        'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT',
        'NAM',
        'TỈNH CAO BẰNG Độc lập - Tự do - Hạnh phúc',
        'Số: 312/UBND-VX Cao Bằng, ngày 03 tháng 3 năm 2025',
        'Vv tăng cường công tác phòng, chống dịch',
        '',
        'Kính gửi: Các sở, ban, ngành tỉnh.',
      ]),
    )!;
    expect(r.header).toMatchObject({
      issuer: 'ỦY BAN NHÂN DÂN TỈNH CAO BẰNG',
      nationalHeading: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      id: '312/UBND-VX',
      type: 'Công văn',
      place: 'Cao Bằng',
    });
  });

  it('reads "V/v" from the line as printed when restoration made it a word', () => {
    const r = parseHeader(
      lines(['UBND TỈNH CAO BẰNG', 'Số: 312/UBND-VX Cao Bằng, ngày 03 tháng 3 năm 2025', 'vịt tăng cường công tác phòng, chống dịch'], {
        2: 'viv tang cuong cong tac phong, chong dich',
      }),
    )!;
    expect(r.header.type).toBe('Công văn');
  });

  it('reads "Vw" as "V/v": the letter of a Cục Thuế is no Chỉ thị for its symbol "CT-CS"', () => {
    const r = parseHeader(lines(['BỘ TÀI CHÍNH', 'CỤC THUẾ', 'Số: 5467/CT-CS', 'Vw chính sách tiền thuê đất', 'Hà Nội, ngày 24 tháng 11 năm 2025']))!;
    expect(r.header.type).toBe('Công văn');
  });
});

describe('the issuer', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN TÍNH CAO BẰNG', 'ỦY BAN NHÂN DÂN TỈNH CAO BẰNG'],
    ['ĐẢNG BỘ TỈNH CÀ MẤU ĐẢNG Ủy XÃ TÂN LẬP', 'ĐẢNG BỘ TỈNH CÀ MAU ĐẢNG ỦY XÃ TÂN LẬP'],
  ])('puts back the marks of its words: %s', (printed, issuer) => {
    expect(readIssuer(printed, places)).toEqual({ issuer, repaired: true });
  });

  it("leaves a commune's name and words still as printed alone", () => {
    expect(readIssuer('ĐẢNG ỦY XÃ ĐÔNG HÒA', places)).toEqual({ issuer: 'ĐẢNG ỦY XÃ ĐÔNG HÒA', repaired: false });
    // A commune is never read as the province its letters are near ("CÔNG HẢI" is no "ĐỒNG NAI").
    expect(readIssuer('ĐẢNG BỘ TỈNH KHÁNH HOÀ ĐẢNG UỶ XÃ CÔNG HẢI', places).issuer).toBe('ĐẢNG BỘ TỈNH KHÁNH HÒA ĐẢNG ỦY XÃ CÔNG HẢI');
    expect(readIssuer('TINH UY CAO BANG', places).issuer).toBe('TINH UY CAO BẰNG');
  });
});
