/**
 * Each class of token correct text holds that is not the restorer's to change: markup, codes in
 * symbols, abbreviations, capitals of a heading, another language; and the damage it still
 * repairs beside them.
 */
import { describe, expect, it } from 'vitest';
import { loadRestorer, restoreText, tokenize } from '../../src/restore/index.js';
import { isForeignSentence } from '../../src/restore/decode/clean-sentence.js';
import { onlyStrokeRepaired } from '../../src/restore/decode/clean-symbols.js';
import { isMarkupWord } from '../../src/restore/protect/markup.js';

const restorer = loadRestorer();
const restore = (text: string) => restoreText(text, restorer).text;
/** A correctly accented paragraph, so that a line under test sits in a clean document. */
const BODY = 'Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành phối hợp thực hiện nghiêm túc các nội dung trên.';
const inDocument = (line: string) => `${BODY}\n${line}\n${BODY}`;

describe('markup', () => {
  it('keeps HTML tag names, table edges and bold markers', () => {
    for (const line of ['<td>Sở Tài chính</td><td>Hằng năm</td>', '| **Điều 1.** | Phạm vi điều chỉnh |', '</tr>']) {
      expect(restore(inDocument(line))).toBe(inDocument(line));
    }
  });

  it('keeps letters that emphasis cuts off a word', () => {
    const line = 'Hà Nội, ngày 21 tháng 11 n**ă**m 2025; t**ỉ**nh **Đ**ồng Tháp';
    expect(restore(inDocument(line))).toBe(inDocument(line));
  });

  it('finds tag names and pieces glued to emphasis, not words beside markers', () => {
    const tokens = tokenize('<td>Sở</td> n**ă**m **Điều**');
    const marked = tokens.flatMap((t, i) => (t.kind === 'word' && isMarkupWord(tokens, i) ? [t.text] : []));
    expect(marked).toEqual(['td', 'td', 'n', 'ă', 'm']);
  });
});

describe('codes in symbols', () => {
  it('keeps codes the code book does not know, and the capitals of a heading', () => {
    for (const line of ['Biểu mẫu BM-09 và BM-10 kèm theo', 'QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025']) {
      expect(restore(inDocument(line))).toBe(inDocument(line));
    }
  });

  it('still puts the stroke back on a Đ printed as D', () => {
    expect(restore(inDocument('Căn cứ Nghị định số 12/2025/ND-CP của Chính phủ;'))).toBe(inDocument('Căn cứ Nghị định số 12/2025/NĐ-CP của Chính phủ;'));
  });

  it('accepts only a stroke as a repair of clean text', () => {
    expect(onlyStrokeRepaired('12/2025/ND-CP', '12/2025/NĐ-CP')).toBe(true);
    expect(onlyStrokeRepaired('148- KL/TW', '148-KL/TW')).toBe(true);
    expect(onlyStrokeRepaired('BM-09', 'GM-09')).toBe(false);
    expect(onlyStrokeRepaired('QĐ-TTG', 'QĐ-TTg')).toBe(false);
    expect(onlyStrokeRepaired('CB-TH', 'CĐ-TH')).toBe(false);
  });
});

describe('abbreviations', () => {
  it('keeps capitals that make no syllable in clean text', () => {
    const line = 'Các nội dung của VB này được VB khác thay đổi; thanh đèn LED dùng dòng DC; PCTr Đặng Ngọc Minh.';
    expect(restore(inDocument(line))).toBe(inDocument(line));
  });
});

describe('case', () => {
  it('keeps an all-caps line all caps', () => {
    const lines = ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'KẾ HOẠCH TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW'].join('\n');
    expect(restore(inDocument(lines))).toBe(inDocument(lines));
  });
});

describe('another language', () => {
  it('keeps English sentences in an accented document, codes included', () => {
    const lines = [
      'THƯ VIỆN PHÁP LUẬT has the copyright on this translation.',
      'Pursuant to the Government’s Decree No. 96/2024/ND-CP dated July 24, 2024 on the fees and charges;',
    ].join('\n');
    expect(restore(inDocument(lines))).toBe(inDocument(lines));
  });

  it('keeps the codes of an English sentence wrapped over lines that say little English of their own', () => {
    // As an official/ translation prints it: the middle lines hold one English function word each.
    const lines = [
      'of the following documents: Law on Fees and Charges, the Decree No.',
      '120/2016/ND-CP, the Decree No. 82/2023/ND-CP dated November 28, 2023, Law on',
      'Tax Administration, the Decree No. 126/2020/ND-CP, the Decree No.',
      '91/2022/ND-CP, the Decree No. 11/2020/ND-CP, the Decree No. 123/2020/ND-CP, the',
      'Decree No. 70/2025/ND-CP and the Circular No. 32/2025/TT-BTC dated May 31,',
    ].join('\n');
    expect(restore(inDocument(lines))).toBe(inDocument(lines));
  });

  it('still repairs a code on a Vietnamese line beside an English one', () => {
    const english = 'Pursuant to the Decree No. 96/2024/ND-CP dated July 24, 2024 of the Government;';
    expect(restore(inDocument(`${english}\nCăn cứ Nghị định số 12/2025/ND-CP của Chính phủ;`))).toBe(inDocument(`${english}\nCăn cứ Nghị định số 12/2025/NĐ-CP của Chính phủ;`));
    expect(restore(`${english}\nCan cu Nghi dinh so 12/2025/ND-CP cua Chinh phu;`)).toContain('12/2025/NĐ-CP của Chính phủ');
  });

  it('tells English from stripped or OCR-damaged Vietnamese', () => {
    const clean = { noise: 0, stripped: 0.1 };
    const scan = { noise: 0.3, stripped: 0.8 };
    expect(isForeignSentence(['has', 'the', 'copyright', 'on', 'this', 'translation'], clean)).toBe(true);
    expect(isForeignSentence(['Decree', 'No', 'dated', 'July', 'on', 'the', 'fees', 'and', 'charges'], scan)).toBe(true);
    expect(isForeignSentence(['Uy', 'ban', 'nhan', 'dan', 'tinh', 'de', 'nghi'], clean)).toBe(false);
    expect(isForeignSentence(['Ban', 'Thuong', 'vu', 'ctia', 'Tinh', 'tiy', 'duroc'], scan)).toBe(false);
  });
});

describe('valid syllables', () => {
  it('keeps rare words and names printed with their marks, and still restores what was stripped', () => {
    const line = 'Công ty TNHH Suhil sản xuất thanh nhôm; chúng tôi cam kết; ông Nguyễn Gia Thiều.';
    expect(restore(inDocument(line))).toBe(inDocument(line));
    expect(restore('Uy ban nhan dan tinh de nghi cac so, nganh phoi hop thuc hien.')).toBe('Ủy ban nhân dân tỉnh đề nghị các sở, ngành phối hợp thực hiện.');
  });
});
