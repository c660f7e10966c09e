/**
 * Correct text comes out as it went in: codes inside symbols, abbreviations in capitals and the
 * words around them are not the restorer's to change (issue "Restoration that never damages
 * correct text").
 */
import { describe, expect, it } from 'vitest';
import { loadRestorer, restoreText } from '../../src/restore/index.js';

const restorer = loadRestorer();
const restore = (text: string) => restoreText(text, restorer).text;

describe('correct text', () => {
  it('keeps the line that restoration used to damage', () => {
    const line = 'Căn cứ Thông tư số 24/2020/TT-BCA ngày 10/3/2020 của Bộ Công an; mưa lũ kéo dài ở tỉnh Lai Châu; bảo vệ BMNN và NSNN.';
    expect(restore(line)).toBe(line);
  });

  it('keeps type codes printed as known codes', () => {
    for (const line of ['Thông tư số 21/2025/TT-BNV', 'Hướng dẫn số 17/HD-UBND', 'Công điện số 220/CĐ-TTg']) expect(restore(line)).toBe(line);
  });

  it('keeps abbreviations that have no vowel', () => {
    const line = 'Cắt giảm TTHC, hạ tầng của VNPT, dữ liệu CSDL và PCTT.';
    expect(restore(line)).toBe(line);
  });

  it('still repairs a damaged code', () => {
    expect(restore('Nghị định số 12/2025/NP-CP')).toBe('Nghị định số 12/2025/NĐ-CP');
  });
});

describe('clean accented documents', () => {
  const doc = [
    'Ủy ban nhân dân tỉnh Sóc Trăng đề nghị đồng chí Nguyễn Văn Thiều, Phó Giám đốc Sở Tư pháp,',
    'phối hợp với các cơ quan, đơn vị tổ chức lễ phúng viếng theo đúng quy định; mưa lũ kéo dài ở',
    'tỉnh Lai Châu, Bắc Ninh, Quảng Ngãi đã gây thiệt hại lớn, chúng tôi đề nghị các sở, ngành hỗ trợ.',
  ].join('\n');

  it('keeps names and rare words that are well-formed syllables', () => {
    expect(restore(doc)).toBe(doc);
  });

  it('still restores a page whose marks were stripped', () => {
    expect(restore('Uy ban nhan dan tinh de nghi cac so, nganh phoi hop thuc hien.')).toBe('Ủy ban nhân dân tỉnh đề nghị các sở, ngành phối hợp thực hiện.');
  });
});
