/** Footnotes, furniture, recipients and signature. */
import { describe, expect, it } from 'vitest';
import { segmentLines } from '../../src/segment/segment.js';
import { parseTail } from '../../src/segment/tail/parse-tail.js';
import { findFurniture } from '../../src/segment/furniture.js';
import type { FootnoteNode, RecipientsNode, SectionNode, SignatureNode } from '../../src/tree.js';
import { toLines } from './helpers.js';

const HEADER = ['TỈNH ỦY HƯNG YÊN ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 1-KH/TU Hưng Yên, ngày 28 tháng 4 năm 2025', 'KẾ HOẠCH', 'thực hiện một việc', ''];
const BODY_LINE = 'Ban Thường vụ Tỉnh ủy chỉ đạo các cơ quan, đơn vị triển khai thực hiện nghiêm túc,';

describe('footnotes', () => {
  const text = [
    ...HEADER,
    '1. Việc khắc phục các hạn chế đã được Đoàn Kiểm tra chỉ ra’',
    '',
    '1.1. Ngay khi Đoàn Kiểm tra của Bộ Chính trị về làm việc, Ban Thường vụ Tỉnh ủy đã',
    BODY_LINE,
    'tập trung chỉ đạo khắc phục những hạn chế, thiếu sót trong lãnh đạo, chỉ đạo và',
    '',
    '! Tại Báo cáo số 247-BC/UBKTTW ngày 27/3/2025 của Ủy ban Kiểm tra Trung ương: Phần A Mục I Điểm 2.2 (trang',
    '06) có đánh giá: công tác kiểm tra, giám sát việc triển khai thực hiện Nghị quyết và các kết luận của Trung ương tại',
    '04/63 địa phương, đơn vị chưa sâu sát.',
    '',
    '3',
    '',
    'kiểm tra, giám sát thường xuyên việc thực hiện nhiệm vụ của tổ chức đảng, đảng viên.',
  ].join('\n');
  const { blocks } = segmentLines(toLines(text));

  it('lifts the footnote out and rejoins the paragraph it interrupted', () => {
    const notes = blocks.filter((b): b is FootnoteNode => b.type === 'footnote');
    expect(notes.map((n) => [n.data.marker, n.children.length])).toEqual([['1', 3]]);
    expect(notes[0]!.data.text).toMatch(/^Tại Báo cáo số 247-BC\/UBKTTW .* chưa sâu sát\.$/u);
    const item = blocks.find((b): b is SectionNode => b.type === 'section')!;
    const sub = item.children.find((c): c is SectionNode => c.type === 'section')!;
    expect(sub.data.text).toMatch(/lãnh đạo, chỉ đạo và kiểm tra, giám sát thường xuyên/u);
  });

  it('finds the mark that points at it', () => {
    const note = blocks.find((b): b is FootnoteNode => b.type === 'footnote')! as FootnoteNode & {
      data: { markerSpans: Array<{ start: { line: number; column: number } }> };
    };
    expect(note.data.markerSpans.map((s) => s.start.line)).toEqual([6]);
  });
});

describe('page furniture', () => {
  it('tells page numbers, noise and running headers from text', () => {
    const lines = toLines(['Một dòng chữ.', '', '2', '', 'Công văn số 12', 'Nội dung trang hai.', '', '3', '', 'Công văn số 12', 'Nội dung.', ' *'].join('\n'));
    const reasons = findFurniture(lines);
    expect([reasons.get(2), reasons.get(7), reasons.get(11)]).toEqual(['page-number', 'page-number', 'noise']);
    expect([reasons.get(4), reasons.get(9)]).toEqual(['running-header', 'running-header']);
    expect(reasons.has(0)).toBe(false);
  });
});

describe('recipients and signature', () => {
  it('splits the two columns of a flattened signature block', () => {
    const tail = parseTail(
      toLines(
        [
          'Nơi nhận: T/M TỈNH ỦY',
          '- Bộ Chính trị (báo cáo), BÍ THƯ',
          '- Ban Tổ chức Trung ương,',
          '- Các ban Tỉnh ủy, ban cán sự đảng,',
          '',
          'đảng đoàn, Ban Thường vụ Tỉnh đoàn,',
          '- Lưu Văn phòng Tỉnh ủy.',
          '',
          'Trần Đức Quân',
        ].join('\n'),
      ),
    );
    expect(tail.signature?.fields).toEqual({ authority: 'T/M', onBehalfOf: 'TỈNH ỦY', title: 'BÍ THƯ', signer: 'Trần Đức Quân' });
    expect(tail.recipients?.entries).toEqual([
      'Bộ Chính trị (báo cáo)',
      'Ban Tổ chức Trung ương',
      'Các ban Tỉnh ủy, ban cán sự đảng đảng đoàn, Ban Thường vụ Tỉnh đoàn',
      'Lưu Văn phòng Tỉnh ủy',
    ]);
  });

  it('reads a signature printed above the list, and KT. as K/T', () => {
    const text = [
      ...HEADER,
      '1. Triển khai thực hiện.',
      '',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      '',
      'Nguyễn Văn An',
      '',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
    ].join('\n');
    const { blocks } = segmentLines(toLines(text));
    const sig = blocks.find((b): b is SignatureNode => b.type === 'signature')!;
    expect(sig.data.signature).toEqual({ authority: 'K/T', onBehalfOf: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', signer: 'Nguyễn Văn An' });
    const list = blocks.find((b): b is RecipientsNode => b.type === 'recipients')!;
    expect(list.data.recipients).toEqual([
      { role: 'cc', text: 'Như trên', agency: null },
      { role: 'cc', text: 'Lưu: VT', agency: null },
    ]);
  });

  it('reads the "Kính gửi" list of a Công văn as addressees', () => {
    const text = [
      'Số 472-CV/TU Hưng Yên, ngày 08 tháng 9 năm 2025',
      'V/v tiếp tục triển khai',
      '',
      'Kính gửi: - Đảng ủy các cơ quan Đảng tỉnh,',
      '- Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy,',
      'đơn vị sự nghiệp thuộc Tỉnh ủy,',
      '- Các sở, ban, ngành tỉnh.',
      '',
      'Thời gian qua, các cấp ủy đã tập trung triển khai.',
    ].join('\n');
    const { blocks } = segmentLines(toLines(text));
    const list = blocks.find((b): b is RecipientsNode => b.type === 'recipients')!;
    expect(list.data.recipients.map((r) => `${r.role}:${r.text}`)).toEqual([
      'to:Đảng ủy các cơ quan Đảng tỉnh',
      'to:Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy đơn vị sự nghiệp thuộc Tỉnh ủy',
      'to:Các sở, ban, ngành tỉnh',
    ]);
    expect(blocks.some((b) => b.type === 'paragraph' && b.data.text.startsWith('Thời gian qua'))).toBe(true);
  });
});
