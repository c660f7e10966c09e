import { describe, expect, it } from 'vitest';
import { parsePlaceDate } from '../../src/segment/header/date.js';
import { typeCodeOf, typeOfSymbol, typeOfTitle } from '../../src/segment/header/doc-type.js';
import { splitTopLine } from '../../src/segment/header/national.js';
import { numberFromOriginal, parseDocumentNumber } from '../../src/segment/header/number.js';
import { parseHeader } from '../../src/segment/header/parse-header.js';
import { readIssuer, readIssuerPlace } from '../../src/segment/header/issuer.js';
import { defaultPlaces } from '../../src/dict/index.js';
import { loadPlaces } from '../../src/vi/places.js';
import { toLines } from './helpers.js';
import { segmentLines } from '../../src/segment/segment.js';

const places = defaultPlaces();

describe('document number', () => {
  it.each([
    ['Số: 425-KH/TU', '425', 'KH/TU', '425-KH/TU'],
    ['Số 01-KH/BCĐ', '01', 'KH/BCĐ', '01-KH/BCĐ'],
    ['Số: 444/QĐ-TTg', '444', 'QĐ-TTg', '444/QĐ-TTg'],
    ['Số: 178/2024/NĐ-CP', '178', 'NĐ-CP', '178/2024/NĐ-CP'],
    ['Số: 66.2/2025/NQ-CP', '66.2', 'NQ-CP', '66.2/2025/NQ-CP'],
    // Every part of the issuer is kept, numbered parts included.
    ['Số: 24/KH-MTTQ-BTT                Tân Phú, ngày 20 tháng 11 năm 2025', '24', 'KH-MTTQ-BTT', '24/KH-MTTQ-BTT'],
    ['Số: 17/HD-UBND-VX', '17', 'HD-UBND-VX', '17/HD-UBND-VX'],
    ['Số: 45/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN', '45', 'NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN', '45/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN'],
    ['       Số: 545 /HD-BTV                Hà Nội, ngày 29 tháng 7 năm 2025', '545', 'HD-BTV', '545/HD-BTV'],
    ['sé 472 -cv/TU Hung Yén, ngay 08 théng 9 nim 2025', '472', 'CV/TU', '472-CV/TU'],
    // "s6" is the OCR of "số": the digits after it are the number, the dot inside it debris.
    ['s642.5 -KH/TU Humg Yén, ngay 28 thing 4 nam 2025', '425', 'KH/TU', '425-KH/TU'],
    // The "ố" read as two digits before the colon.
    ['S06: 624/KH-UBND', '624', 'KH-UBND', '624/KH-UBND'],
  ])('%s', (line, number, symbol, id) => {
    expect(parseDocumentNumber(line)).toMatchObject({ number, symbol, id });
  });

  it('reports a handwritten number OCR could not read as null, not a guess', () => {
    expect(parseDocumentNumber('sé6 M -KH/TU Humg Yén, ngayAtthdng T ndm 2025')).toMatchObject({
      number: null,
      symbol: 'KH/TU',
      id: null,
      unreadable: true,
    });
  });

  it('leaves a blank number null', () => {
    expect(parseDocumentNumber('Số:      /KH-UBND')).toMatchObject({ number: null, symbol: 'KH-UBND', unreadable: false });
  });

  it('reads the number from the line as printed when restoration lost digits of it', () => {
    const restored = parseDocumentNumber('số.5-KH/TU Hưng Yên, ngày 28 tháng 4 năm 2025')!;
    expect(restored.number).toBe('5');
    expect(numberFromOriginal(restored, 's642.5 -KH/TU Humg Yén, ngay 28 thing 4 nam 2025')).toMatchObject({ number: '425', id: '425-KH/TU' });
    // The same reading, or one that does not keep the restored digits, changes nothing.
    expect(numberFromOriginal(parseDocumentNumber('Số 425-KH/TU')!, 'Số 425-KH/TU')).toBeNull();
    expect(numberFromOriginal(parseDocumentNumber('Số 425-KH/TU')!, 'Số 12-KH/TU')).toBeNull();
    expect(numberFromOriginal(restored, undefined)).toBeNull();
  });

  it('finds nothing on a line without "số"', () => {
    expect(parseDocumentNumber('Thực hiện Kế hoạch 56-KH/BCĐ')).toBeNull();
  });
});

describe('place and date', () => {
  it('reads clean and OCR-damaged date lines', () => {
    expect(parsePlaceDate('Hưng Yên, ngày 28 tháng 4 năm 2025')).toMatchObject({ place: 'Hưng Yên', date: '2025-04-28' });
    expect(parsePlaceDate(' Ldam Déng, ngay 10 thang 3 nam 2023')).toMatchObject({ place: 'Ldam Déng', date: '2023-03-10' });
    expect(parsePlaceDate('Ha NGi, ngay 20 thang 11 nam _ 2025')).toMatchObject({ date: '2025-11-20' });
  });

  it('recognises an unreadable date line without inventing a date', () => {
    const pd = parsePlaceDate('Humg Yén, ngayAtthdng T ndm 2025');
    expect(pd).toMatchObject({ place: 'Humg Yén', date: null });
    expect(pd?.problem).toMatch(/cannot be read/u);
  });

  it('rejects impossible dates', () => {
    expect(parsePlaceDate('Hà Nội, ngày 31 tháng 2 năm 2025')).toMatchObject({ date: null });
  });

  it.each([
    ['Hà Nội, ngày 26 tháng 11', 'năm 2025'],
    ['Hà Nội, ngày 26', 'tháng 11 năm 2025'],
    ['Hà Nội, ngày 26 tháng 11 năm', '2025'],
  ])('reads a date line the layout wrapped: %s / %s', (first, second) => {
    const lines = toLines(['VĂN PHÒNG CHÍNH PHỦ', 'Số: 11583/VPCP-CN', 'V/v triển khai Kết luận', first, second, 'Kính gửi: Bộ Xây dựng.'].join('\n'));
    expect(parseHeader(lines, places)?.header).toMatchObject({ place: 'Hà Nội', date: '2025-11-26' });
  });
});

describe('a header block under the title', () => {
  it('is read when nothing above the title holds a number or a date', () => {
    const lines = toLines(
      [
        'KẾ HOẠCH',
        'Triển khai Kế hoạch hành động 100 ngày trên địa bàn tỉnh Khánh Hòa',
        '(Kèm theo Kế hoạch số 11-KH/BCĐ, ngày 28/7/2026 của Ban Chỉ đạo tỉnh)',
        '',
        'TỈNH ỦY KHÁNH HÒA',
        'BAN CHỈ ĐẠO TỈNH',
        'Số 11-KH/BCĐ',
        '',
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'Khánh Hòa, ngày 28 tháng 7 năm 2026',
        '',
        'Căn cứ Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị;',
      ].join('\n'),
    );
    expect(parseHeader(lines, places)?.header).toMatchObject({ id: '11-KH/BCĐ', type: 'Kế hoạch', date: '2026-07-28', place: 'Khánh Hòa' });
    expect(parseHeader(lines, places)?.header.issuer).toMatch(/^TỈNH ỦY KHÁNH HÒA/u);
  });
});

describe('type', () => {
  it.each([
    ['KẾ HOẠCH', 'Kế hoạch'],
    ['KE HOACH', 'Kế hoạch'],
    ['CHUONG TRINH HANH PONG', 'Chương trình hành động'],
    ['QUYẾT ĐỊNH', 'Quyết định'],
    ['PHỤ LỤC 2', 'Phụ lục'],
  ])('%s', (line, type) => expect(typeOfTitle(line)).toBe(type));

  it('is not read from a sentence', () => {
    expect(typeOfTitle('Kế hoạch thực hiện Nghị quyết')).toBeNull();
  });

  it('comes from the symbol code when there is no title', () => {
    expect(typeOfSymbol('CV/TU')).toBe('Công văn');
    expect(typeOfSymbol('QĐ-TTg')).toBe('Quyết định');
  });

  it('reads symbol codes by the one table of src/vi/codes.ts, as printed or typed without Đ', () => {
    expect(typeOfSymbol('CTr/ĐU')).toBe('Chương trình hành động');
    expect(typeOfSymbol('CTR/DU')).toBe('Chương trình hành động');
    expect(typeOfSymbol('QD-UBND')).toBe('Quyết định');
    expect(typeOfSymbol('QDi/TW')).toBe('Quy định');
    expect(typeOfSymbol('L-CTN')).toBeNull();
    expect(typeOfSymbol('UBND-VX')).toBeNull();
    expect(typeCodeOf('Chương trình hành động')).toBe('CTr');
    expect(typeCodeOf('Quy định')).toBe('QĐi');
  });
});

describe('top line', () => {
  it('cuts the issuer from the national heading OCR put on the same line', () => {
    expect(splitTopLine(' TINH UY HUNG YEN PANG CONG SAN VIET NAM')).toEqual({
      left: 'TINH UY HUNG YEN',
      heading: 'ĐẢNG CỘNG SẢN VIỆT NAM',
      printed: 'PANG CONG SAN VIET NAM',
      motto: false,
    });
    expect(splitTopLine('TỈNH HƯNG YÊN Độc lập - Tự do - Hạnh phúc')).toMatchObject({ left: 'TỈNH HƯNG YÊN', motto: true });
  });
});

describe('closed vocabularies', () => {
  it.each([
    ['Humg Yên', 'Hưng Yên'],
    ['Ldam Déng', 'Lâm Đồng'],
    ['Hung Yen', 'Hưng Yên'],
    ['Ha Noi', 'Hà Nội'],
    ['Thai Binh', 'Thái Bình'],
    ['Hué', 'Huế'],
  ])('reads the place %s as %s', (printed, place) => {
    expect(places.readPlace(printed)).toEqual({ place, repaired: true });
  });

  it.each([
    ['ỦY BAN NHẪN DÂN TÍNH HƯNG YÊN', 'ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN'],
    ['HỘI ĐÔNG NHÂN DÂN', 'HỘI ĐỒNG NHÂN DÂN'],
    ['VÂN PHÒNG TỈNH ỦY', 'VĂN PHÒNG TỈNH ỦY'],
    ['SỐ Y TẾ', 'SỞ Y TẾ'],
    ['ĐẢNG BỘ TỈNH LÂM ĐỒNG ĐÁNG ỦY XÃ NAM BAN', 'ĐẢNG BỘ TỈNH LÂM ĐỒNG ĐẢNG ỦY XÃ NAM BAN'],
    // Words that fold like a body's word keep their own reading outside its phrase.
    ['BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY', 'BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY'],
    ['BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH', 'BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH'],
  ])('reads the issuer %s as %s', (printed, issuer) => {
    expect(readIssuer(printed, places).issuer).toBe(issuer);
  });

  it('keeps a place it cannot place, and one already right', () => {
    expect(places.readPlace('Phường Phố Hiến')).toEqual({ place: 'Phường Phố Hiến', repaired: false });
    expect(places.readPlace('Hưng Yên')).toEqual({ place: 'Hưng Yên', repaired: false });
    expect(places.readPlace('Xyz Qwr').repaired).toBe(false);
  });

  it('reads a number and symbol alone on their line above the title as the number, its "Số:" lost', () => {
    const got = parseHeader(toLines(['ỦY BAN NHÂN DÂN', 'TỈNH LAI CHÂU', '', '7360/KH-UBND', 'Lai Châu, ngày 19 tháng 11 năm 2025', 'KẾ HOẠCH', 'Triển khai thi hành Luật'].join('\n')))!;
    expect(got.header).toMatchObject({ id: '7360/KH-UBND', type: 'Kế hoạch', date: '2025-11-19' });
  });

  it("reads a commune's or ward's own name as the place of its documents", () => {
    const header = (dateLine: string) => parseHeader(toLines(['ỦY BAN NHÂN DÂN', 'XÃ TÂN PHÚ', 'Số: 12/KH-UBND', dateLine, 'KẾ HOẠCH', 'Tổ chức Hội nghị'].join('\n')))!;
    expect(header('Tân Phú, ngày 20 tháng 11 năm 2025').header.place).toBe('Tân Phú');
    const damaged = header('Tan Phu, ngay 20 thang 11 nam 2025');
    expect(damaged.header).toMatchObject({ place: 'Tân Phú', date: '2025-11-20' });
    expect(damaged.issues.map((i) => i.ruleId)).toContain('header-place-repaired');
    // A damaged province still reads as the province, not as a commune whose name folds like it.
    expect(header('Ldam Déng, ngày 20 tháng 11 năm 2025').header.place).toBe('Lâm Đồng');
  });

  it('reads the place by the gazetteer it is handed', () => {
    const lines = toLines(['ỦY BAN NHÂN DÂN', 'XÃ TÂN PHÚ', 'Số: 12/KH-UBND', 'Tan Phu, ngay 20 thang 11 nam 2025', 'KẾ HOẠCH'].join('\n'));
    expect(parseHeader(lines, loadPlaces('Tân Phụ\tcommune\tX\t2025\n'))!.header.place).toBe('Tân Phụ');
  });

  it('repairs the place at the end of an issuer', () => {
    expect(readIssuerPlace('TỈNH ỦY HUNG YEN', places)).toEqual({ place: 'TỈNH ỦY HƯNG YÊN', repaired: true });
    expect(readIssuerPlace('BAN CHẤP HÀNH TRUNG ƯƠNG', places).repaired).toBe(false);
  });

  it('reads both national headings in their fixed spelling', () => {
    expect(splitTopLine('CONG HOA XA HOI CHU NGHIA VIET NAM').heading).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(splitTopLine('ĐẢNG CỘNG SẢN VIỆT NAM')).toMatchObject({ heading: 'ĐẢNG CỘNG SẢN VIỆT NAM', printed: 'ĐẢNG CỘNG SẢN VIỆT NAM' });
  });

  it('notes every repair as an issue of the header', () => {
    const text = ['TINH UY HUNG YEN PANG CONG SAN VIET NAM', 'Số 425-KH/TU Humg Yén, ngày 28 tháng 4 năm 2025', 'KẾ HOẠCH', 'thực hiện Kết luận'].join('\n');
    const r = parseHeader(toLines(text))!;
    expect(r.header).toMatchObject({ issuer: 'TINH UY HƯNG YÊN', nationalHeading: 'ĐẢNG CỘNG SẢN VIỆT NAM', place: 'Hưng Yên' });
    const ids = r.issues.map((i) => i.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['header-national-heading-repaired', 'header-place-repaired', 'header-issuer-repaired']));
  });
});

describe('header block', () => {
  it('keeps a number wrapped under a bare "Số:" out of the issuer, and a ministry\'s "VÀ" alone on its line in it', () => {
    const text = [
      'BỘ NÔNG NGHIỆP',
      'VÀ',
      'MÔI TRƯỜNG',
      '-------',
      'CỘNG HÒA XÃ HỘI',
      'CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '---------------',
      'Số:',
      '69/2025/TT-BNNMT',
      'Hà Nội, ngày 28',
      'tháng 11 năm 2025',
      '',
      'THÔNG TƯ',
      'Ban hành Danh mục loài ngoại lai xâm hại',
    ].join('\n');
    expect(parseHeader(toLines(text))!.header).toMatchObject({ id: '69/2025/TT-BNNMT', issuer: 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', date: '2025-11-28', type: 'Thông tư' });
  });

  it('reads a Front header with a three-part symbol and an indented number line', () => {
    const text = [
      'ỦY BAN MTTQ VIỆT NAM              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'XÃ TÂN PHÚ                        Độc lập - Tự do - Hạnh phúc',
      'BAN THƯỜNG TRỰC',
      '      Số: 24/KH-MTTQ-BTT                Tân Phú, ngày 20 tháng 11 năm 2025',
      '',
      'KẾ HOẠCH',
      'Tổ chức Ngày hội Đại đoàn kết',
    ].join('\n');
    expect(parseHeader(toLines(text))!.header).toMatchObject({ id: '24/KH-MTTQ-BTT', symbol: 'KH-MTTQ-BTT', place: 'Tân Phú', date: '2025-11-20', type: 'Kế hoạch' });
  });

  it("reads a letter's subject across a scan's blank lines, and its addressees below it", () => {
    const text = [
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỈNH GIA LAI Độc lập - Tự do - Hạnh phúc',
      '',
      'Số: 3415/UBND-KTTH Gia Lai, ngày 05 tháng 9 năm 2025',
      'V/v triển khai các giải pháp thúc đẩy',
      '',
      'giải ngân vốn đầu tư công những',
      '',
      'tháng cuối năm 2025',
      '',
      'Kính gửi:',
      '',
      '- Các sở, ban, ngành tỉnh;',
      '',
      '- Ủy ban nhân dân các xã, phường;',
      '- Các ban quản lý dự án.',
      '',
      'Thực hiện Chỉ thị số 24/CT-TTg, Ủy ban nhân dân tỉnh yêu cầu:',
      '1. Các sở, ban, ngành tỉnh rà soát kế hoạch vốn.',
    ].join('\n');
    const r = segmentLines(toLines(text));
    const header = r.blocks.find((b) => b.type === 'header')!;
    expect(header.data.header.subject).toBe('V/v triển khai các giải pháp thúc đẩy giải ngân vốn đầu tư công những tháng cuối năm 2025');
    const to = r.blocks.find((b) => b.type === 'recipients')!;
    expect(to.data.recipients.map((x) => x.text)).toEqual(['Các sở, ban, ngành tỉnh', 'Ủy ban nhân dân các xã, phường', 'Các ban quản lý dự án']);
    expect(r.blocks.filter((b) => b.type === 'section').map((b) => b.data.path.join('/'))).toEqual(['1']);
  });

  it('reads a State header over two columns', () => {
    const text = [
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỈNH HƯNG YÊN Độc lập - Tự do - Hạnh phúc',
      'Số: 1234/QĐ-UBND Hưng Yên, ngày 05 tháng 6 năm 2025',
      '',
      'QUYẾT ĐỊNH',
      'Về việc ban hành Quy chế làm việc',
      '',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
    ].join('\n');
    const r = parseHeader(toLines(text))!;
    expect(r.header).toMatchObject({
      issuer: 'ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN',
      nationalHeading: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      id: '1234/QĐ-UBND',
      type: 'Quyết định',
      place: 'Hưng Yên',
      date: '2025-06-05',
      subject: 'Về việc ban hành Quy chế làm việc',
    });
    expect(r.end).toBe(6);
  });

  it('reads a Công văn: no title, the V/v lines are the subject', () => {
    const text = ['Số 472-CV/TU Hưng Yên, ngày 08 tháng 9 năm 2025', 'V/v tiếp tục triển khai', 'chính quyền địa phương', '', 'Kính gửi: Sở Nội vụ.'].join('\n');
    const r = parseHeader(toLines(text))!;
    expect(r.header).toMatchObject({ type: 'Công văn', subject: 'V/v tiếp tục triển khai chính quyền địa phương' });
  });

  it('reports missing fields as issues with their line', () => {
    const r = parseHeader(toLines(['Lâm Đồng, ngày 10 tháng 3 năm 2023', '', 'CHƯƠNG TRÌNH HÀNH ĐỘNG', 'thực hiện Nghị quyết số 28-NQ/TW'].join('\n')))!;
    expect(r.header).toMatchObject({ number: null, id: null, issuer: null, type: 'Chương trình hành động' });
    const ids = r.issues.map((i) => i.ruleId);
    expect(ids).toContain('header-missing-number');
    expect(ids).toContain('header-missing-issuer');
    expect(r.issues.every((i) => i.line?.position.start.line === 1)).toBe(true);
  });

  it('does not take a number cited in the subject for the document number', () => {
    const r = parseHeader(toLines(['Lâm Đồng, ngày 10 tháng 3 năm 2023', 'CHƯƠNG TRÌNH HÀNH ĐỘNG', 'thực hiện Nghị quyết số 28-NQ/TW'].join('\n')))!;
    expect(r.header.id).toBeNull();
  });

  it('finds no header in English prose', () => {
    expect(parseHeader(toLines('The quick brown fox.\nJumps over the lazy dog.'))).toBeNull();
  });
});

describe('a header whose number the copy lost', () => {
  const body = ['HƯỚNG DẪN', '', 'XÂY DỰNG ĐỘI NGŨ BÁO CÁO VIÊN CÁC CẤP', '', '1. Các cấp ủy tổ chức thực hiện.', ''];
  it('takes the number and date from its own appendix caption, and says so', () => {
    const { header, issues } = segmentLines(toLines([...body, 'PHỤ LỤC', '(Kèm theo Hướng dẫn số 40-HD/BTGDVTW, ngày 27/11/2025 của Ban Tuyên', 'giáo và Dân vận Trung ương)'].join('\n')));
    expect(header).toMatchObject({ type: 'Hướng dẫn', id: '40-HD/BTGDVTW', date: '2025-11-27' });
    expect(issues.map((i) => i.ruleId)).toContain('header-number-from-caption');
  });

  it('not from a caption naming another document', () => {
    const { header } = segmentLines(toLines([...body, '(ban hành kèm theo Quyết định số 907-QĐ/BTGDVTW, ngày 17/9/2025 của Ban Tuyên giáo)'].join('\n')));
    expect(header).toMatchObject({ type: 'Hướng dẫn', id: null, date: null });
  });
});
