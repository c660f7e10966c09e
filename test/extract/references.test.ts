import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { findReferences } from '../../src/extract/references/index.js';

const refs = (text: string) => findReferences(text).map((h) => h.reference);
const ids = (text: string) => refs(text).map((r) => r.id);

describe('numbered references', () => {
  it.each([
    ['Kết luận số 148-KL/TW ngày 08/4/2025 của Bộ Chính trị', '148-KL/TW', 'Kết luận', '2025-04-08', 'Bộ Chính trị'],
    ['Kế hoạch số 642-KH/TU', '642-KH/TU', 'Kế hoạch', null, null],
    ['Quyết định số 1462-QĐ/TU ngày 28/02/2025 của Ban Thường vụ Tỉnh ủy', '1462-QĐ/TU', 'Quyết định', '2025-02-28', 'Ban Thường vụ Tỉnh ủy'],
    ['Kế hoạch số 02-KH/BCĐ', '02-KH/BCĐ', 'Kế hoạch', null, null],
    ['Báo cáo số 247-BC/UBKTTW ngày 27/3/2025', '247-BC/UBKTTW', 'Báo cáo', '2025-03-27', null],
    ['Nghị định số 178/2024/NĐ-CP của Chính phủ', '178/2024/NĐ-CP', 'Nghị định', null, 'Chính phủ'],
    ['Nghị quyết số 66.2/2025/NQ-CP ngày 28/8/2025', '66.2/2025/NQ-CP', 'Nghị quyết', '2025-08-28', null],
    ['Quyết định số 444/QĐ-TTg ngày 27/02/2025', '444/QĐ-TTg', 'Quyết định', '2025-02-27', null],
    ['Kế hoạch 44/KH-UBND ngày 03/3/2025', '44/KH-UBND', 'Kế hoạch', '2025-03-03', null],
    ['Quy định số 08-QĐi/TW', '08-QĐi/TW', 'Quy định', null, null],
    ['Kết luận số 121-KL/TW, ngày 24/01/2025', '121-KL/TW', 'Kết luận', '2025-01-24', null],
    ['Nghị quyết số 28-NQ/TW, ngày 17-11-2022 của Ban Chấp hành Trung ương Đảng', '28-NQ/TW', 'Nghị quyết', '2022-11-17', 'Ban Chấp hành Trung ương Đảng'],
    ['Quyết định của Bộ Chính trị số 31-QĐ/TW', '31-QĐ/TW', 'Quyết định', null, 'Bộ Chính trị'],
  ])('%s', (text, id, type, date, issuingBody) => {
    expect(refs(text)[0]).toMatchObject({ id, type, date, issuingBody, kind: 'numbered' });
  });

  it('reads lists that share one suffix', () => {
    expect(ids('Kế hoạch số 433, 443, 440, 416-KH/TU của Ban Thường vụ Tỉnh ủy')).toEqual(['433-KH/TU', '443-KH/TU', '440-KH/TU', '416-KH/TU']);
    expect(ids('theo tinh thần Nghị quyết số 18, 19-NQ/TW')).toEqual(['18-NQ/TW', '19-NQ/TW']);
    expect(ids('Kết luận số 121-KL/TW, 127, 150...)')).toEqual(['121-KL/TW', '127-KL/TW', '150-KL/TW']);
  });

  it('takes a bare number run for no list without "số" or type words', () => {
    expect(ids('giảm 10, 20, 30-KH/TU')).toEqual(['30-KH/TU']);
  });
});

describe('OCR damage', () => {
  it.each([
    ['Kết luận số 148- KL/TW', '148-KL/TW'],
    ['Quyết định sb 1491 -Qb/TU ngày 18/3/2025', '1491-QĐ/TU'],
    ['(Nghị quyết s6 28-NQIT W)', '28-NQ/TW'],
    ['Quyết định số 1518-0P/TU', '1518-QĐ/TU'],
    ['Nghị quyết sb 57- -NQ/TW', '57-NQ/TW'],
    ['Quyết định số 03- QD/BCD', '03-QĐ/BCĐ'],
    ['Quy định số 42-Ob/TW', '42-QĐ/TW'],
    ['Quyết định số 200-ODb/TW', '200-QĐ/TW'],
    ['Nghị định số 178/2024/NP-CP', '178/2024/NĐ-CP'],
  ])('%s is %s, with the repair noted', (text, id) => {
    const [r] = refs(text);
    expect(r?.id).toBe(id);
    expect(r?.repairs.length).toBeGreaterThan(0);
  });

  it('reads "số" as OCR prints it, and the type from the words', () => {
    expect(refs('Quy dinh 56 55-OBD/TW')[0]).toMatchObject({ id: '55-QĐ/TW', type: 'Quy định' });
    expect(refs('Quy định 6 58-OD/TW, ngày 8/2/2022')[0]).toMatchObject({ id: '58-QĐ/TW', type: 'Quy định', date: '2022-02-08' });
  });

  it('reads "của" and the body through damage', () => {
    expect(refs('Nghị quyết số 57-NQ/TW ngày 22/12/2024 ctia B¢ Chính trị về đột phá')[0]).toMatchObject({
      id: '57-NQ/TW',
      issuingBody: 'Bộ Chính trị',
    });
  });

  it('repairs a provincial code on a Politburo document', () => {
    expect(refs('Chỉ thị số 45-CT/TU ngày 14/4/2025 của Bộ Chính trị')[0]).toMatchObject({ id: '45-CT/TW' });
  });

  it('flags an unknown type code instead of guessing', () => {
    const [r] = refs('Văn bản số 12-XY/TU');
    expect(r?.flags).toContain('unknown type code XY');
  });
});

describe('Đ printed as D in an issuer code', () => {
  it.each([
    ['Kế hoạch số 03-KH/BCDTW ngày 02/6/2025', '03-KH/BCĐTW'],
    ['Công văn số 15-CV/DU của Đảng ủy xã', '15-CV/ĐU'],
    ['Quyết định số 1204/QĐ-BGDDT', '1204/QĐ-BGDĐT'],
  ])('%s', (text, id) => {
    const [ref] = refs(text);
    expect(ref).toMatchObject({ id, kind: 'numbered' });
    expect(ref!.repairs.length).toBeGreaterThan(0);
  });

  it('keeps a code no stroke makes known as printed', () => {
    expect(ids('Kế hoạch số 12-KH/DBX')).toEqual(['12-KH/DBX']);
  });
});

describe('issuer and date stated before', () => {
  it('reads "Ngày …, X đã ban hành Kế hoạch số …"', () => {
    expect(refs('(Ngày 18/4/2025, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 411-KH/TU triển khai)')[0]).toMatchObject({
      id: '411-KH/TU',
      date: '2025-04-18',
      issuingBody: 'Ban Thường vụ Tỉnh ủy',
    });
    expect(refs('tham mưu Ban Thường vụ Tỉnh ủy ban hành Công văn số 3256-CV/TU ngày 18/4/2025')[0]).toMatchObject({
      issuingBody: 'Ban Thường vụ Tỉnh ủy',
      date: '2025-04-18',
    });
  });
});

describe('named references', () => {
  it.each([
    ['thực hiện Nghị quyết Đại hội XIII của Đảng', 'Nghị quyết Đại hội XIII'],
    ['Nghị quyết Đại hội toàn quốc lần thứ XIIT của Đảng', 'Nghị quyết Đại hội XIII'],
    ['Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX', 'Nghị quyết Đại hội Đảng bộ tỉnh XIX'],
    ['gắn với Nghị quyết Trung ương 4 (khóa XII)', 'Nghị quyết Trung ương 4 khóa XII'],
    ['Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII', 'Nghị quyết Trung ương 11 khóa XIII'],
    ['Ngh1 quyết Hội nghị lần thả 11 Bản Chép hành Trung ương Đảng khóa XIII', 'Nghị quyết Trung ương 11 khóa XIII'],
    ['Nghị quyết Hội nghị lần thir shu Ban Chấp hành Trung uvong Đảng khóa XIII', 'Nghị quyết Trung ương 6 khóa XIII'],
    ['về tổng kết Nghị quyết 18 về tiếp tục', 'Nghị quyết 18'],
    ['Ban Chỉ đạo Trung ương về tổng kết NQ18', 'Nghị quyết 18'],
    // A commune's or a province's own congress, its place named or not.
    ['Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030', 'Nghị quyết Đại hội Đảng bộ phường I'],
    ['cụ thể hóa Nghị quyết Đại hội Đảng bộ xã Tân Lập lần thứ I', 'Nghị quyết Đại hội Đảng bộ xã I'],
    ['Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Cao Bằng lần thứ XX', 'Nghị quyết Đại hội Đảng bộ tỉnh XX'],
  ])('%s', (text, id) => {
    expect(refs(text)).toEqual([expect.objectContaining({ id, kind: 'named', type: 'Nghị quyết' })]);
  });

  it('leaves a generic mention alone', () => {
    expect(ids('Nghị quyết Đại hội Đảng các cấp; nhiệm vụ phát triển')).toEqual([]);
  });
});

describe('in the document', () => {
  const doc = [
    'TỈNH ỦY HƯNG YÊN ĐẢNG CỘNG SẢN VIỆT NAM',
    'Số 425-KH/TU Hưng Yên, ngày 28 tháng 4 năm 2025',
    'KẾ HOẠCH',
    'thực hiện Nghị quyết số 57-NQ/TW',
    '',
    'I- NHIỆM VỤ',
    '',
    '1. Tiếp tục thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.',
    '',
    '2. Tiếp tục thực hiện Nghị quyết số 57-KH/TU, ngày 22/12/2024 của Bộ Chính trị.',
  ].join('\n');

  it('lists each reference once, a misprint as the reference it stands for, never the document itself', async () => {
    const { document } = await parse(doc, { restore: false });
    expect(document.references.map((r) => r.id)).toEqual(['57-NQ/TW']);
    expect(document.references[0]!.repairs).toContain('misprint 57-KH/TU read as 57-NQ/TW');
    expect(document.tasks.map((t) => t.references)).toEqual([['57-NQ/TW'], ['57-NQ/TW']]);
  });
});

describe('linear time', () => {
  it.each(['7', '/', '-', '.', 'số ', 'XIV', '1-', '1/', '18, ', 'Nghị quyết Đại hội '])('a long run of %j', (unit) => {
    // A quarter megabyte tells linear from quadratic; the run of "số " is a full megabyte.
    const text = unit.repeat(Math.ceil((unit === 'số ' ? 1 << 20 : 1 << 18) / unit.length));
    expect(Array.isArray(findReferences(text))).toBe(true);
  });
});

describe('symbols of many parts, kept whole', () => {
  it.each([
    ['theo Kế hoạch số 24/KH-MTTQ-BTT ngày 3/5/2025', '24/KH-MTTQ-BTT', 'Kế hoạch'],
    ['Kế hoạch 06/KH-MTTW-BTT của Ban Thường trực', '06/KH-MTTW-BTT', 'Kế hoạch'],
    ['Hướng dẫn số 17/HD-UBND-VX', '17/HD-UBND-VX', 'Hướng dẫn'],
    ['Nghị quyết liên tịch số 45/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN', '45/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN', 'Nghị quyết liên tịch'],
    ['Nghị quyết liên tịch số 45/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN', '45/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN', 'Nghị quyết liên tịch'],
    ['Nghị quyết số 88/2025/UBTVQH15 ngày 1/7/2025', '88/2025/UBTVQH15', 'Nghị quyết'],
    ['Hướng dẫn số 12-HD/BTGDVTW', '12-HD/BTGDVTW', 'Hướng dẫn'],
    // Parts that join names with "&", a dash a converter spaced, a unit's code with its region.
    ['Công văn số 15972/SXD-QLN&TTBĐS ngày 1/2/2025', '15972/SXD-QLN&TTBĐS', 'Công văn'],
    ['Kế hoạch số 515/KH-BCA-BNN&MT', '515/KH-BCA-BNN&MT', 'Kế hoạch'],
    ['Công văn số 711/GP-TNMT- QLTN ngày 02/5/2019', '711/GP-TNMT-QLTN', 'Công văn'],
    ['Công văn số 4814/CCTKV.05-TTKT3 của Chi cục Thuế', '4814/CCTKV.05-TTKT3', 'Công văn'],
  ])('%s', (text, id, type) => {
    expect(refs(text)[0]).toMatchObject({ id, type, kind: 'numbered' });
  });

  it('repairs a type code one letter off the type the words name', () => {
    expect(refs('Thông tư số 21/2025/TW-BNV ngày 1/7/2025')[0]).toMatchObject({ id: '21/2025/TT-BNV', type: 'Thông tư' });
    expect(refs('Nghị định số 12/2025/NP-CP')[0]).toMatchObject({ id: '12/2025/NĐ-CP' });
  });

  it('does not read a symbol with a year as a letter', () => {
    expect(refs('số 21/2025/TW-BNV')[0]?.type).not.toBe('Công văn');
  });
});
