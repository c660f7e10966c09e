/**
 * What looks like work and is not: a provision quoted at length (its numbers and dashes are the
 * law's), a document quoted by name, an item stating a view, the clause sending readers to amended
 * texts; and a request that comes after an opening clause, mid-paragraph.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const LETTER_HEAD = [
  'BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'CỤC THUẾ Độc lập - Tự do - Hạnh phúc',
  'Số: 5665/CT-CS Hà Nội, ngày 01 tháng 12 năm 2025',
  'V/v thuế nhà thầu',
  'Kính gửi: Thuế thành phố Hải Phòng.',
  'Cục Thuế nhận được công văn của Thuế thành phố Hải Phòng. Về vấn đề này, Cục Thuế có ý kiến như sau:',
];
const LETTER_TAIL = ['Cục Thuế trả lời để Thuế thành phố Hải Phòng được biết./.', 'Nơi nhận:', '- Như trên;', '- Lưu: VT, CS.'];

const tasksOf = async (lines: string[]) => {
  const { document } = await parse(lines.join('\n'), { restore: false });
  return document.tasks.map((t) => ({ lead: t.lead.map((a) => a.canonical), text: t.text.slice(0, 24) }));
};

describe('a provision quoted over many lines', () => {
  it('keeps its numbers and dashes inside the quoting item, a closing mark alone on its line included', async () => {
    const tasks = await tasksOf([
      ...LETTER_HEAD,
      '- Tại khoản 3 Điều 7 Thông tư số 103/2014/TT-BTC ngày 06/08/2014 của Bộ Tài chính quy định:',
      '"Điều 7. Thu nhập chịu thuế',
      '3. Thu nhập phát sinh tại Việt Nam của Nhà thầu nước ngoài trong một số trường hợp như sau:',
      '- Thu nhập từ lãi tiền vay: là thu nhập của Bên cho vay từ các khoản cho vay;',
      '- Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan hướng dẫn thực hiện;',
      '”',
      '- Công văn số 1604/TTg-KTN ngày 12/09/2011 của Thủ tướng Chính phủ có nêu: “c) Các ưu đãi về thuế - Miễn thuế đánh trên lãi tiền vay”.',
      '- Tại khoản 1 Điều 108 Luật Quản lý thuế số 38/2019/QH14 quy định: “Căn cứ kết quả thanh tra, cơ quan quản lý thuế ra quyết định xử lý.”',
      'Theo nội dung nêu tại công văn số',
      '4814/CCTKV.05-TTKT3 ngày 30/06/2025 của Thuế thành phố Hải Phòng thì trường hợp của Công ty đang trong quá trình thanh tra thuế, do đó đề nghị Thuế thành phố Hải Phòng căn cứ Luật Quản lý thuế để xử lý theo thẩm quyền.',
      ...LETTER_TAIL,
    ]);
    expect(tasks).toEqual([{ lead: ['Thuế thành phố Hải Phòng'], text: 'Theo nội dung nêu tại cô' }]);
  });

  it('does not let an unmatched quotation mark swallow the items after it', async () => {
    const { document } = await parse(
      [
        'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'TỈNH LAI CHÂU Độc lập - Tự do - Hạnh phúc',
        'Số: 12/KH-UBND Lai Châu, ngày 01 tháng 12 năm 2025',
        'KẾ HOẠCH',
        'Triển khai thực hiện chuyển đổi số',
        'I. NHIỆM VỤ',
        'Thực hiện chủ đề năm:',
        '"Đổi mới sáng tạo',
        ...Array.from({ length: 130 }, (_, k) => `- Sở Y tế tổ chức thực hiện nhiệm vụ số ${k + 1}.`),
        'Hết"',
      ].join('\n'),
      { restore: false },
    );
    expect(document.tasks.length).toBeGreaterThanOrEqual(130);
  });
});

describe('items that judge rather than order', () => {
  const CONCLUSION = [
    'BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM',
    '*',
    'Số: 160-TB/TW Hà Nội, ngày 10 tháng 6 năm 2025',
    'THÔNG BÁO',
    'KẾT LUẬN CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ',
    'về tiêu chuẩn đơn vị hành chính',
    'Bộ Chính trị, Ban Bí thư kết luận như sau:',
    '1. Bộ Chính trị, Ban Bí thư cơ bản nhất trí với Tờ trình của Đảng uỷ Chính phủ. Cần nghiên cứu kế thừa các quy định hiện hành.',
    '2. Cơ bản thống nhất với Báo cáo của Ban Tổ chức Trung ương về tình hình hoạt động của bộ máy.',
    '3. Giao Đảng uỷ Quốc hội lãnh đạo, chỉ đạo ban hành Nghị quyết về tiêu chuẩn của đơn vị hành chính.',
    '4. Giao Đảng uỷ Chính phủ lãnh đạo, chỉ đạo các cơ quan chức năng rà soát các văn bản pháp luật.',
  ];
  it('takes an item stating a view for an assessment, and the orders beside it for tasks', async () => {
    const tasks = await tasksOf(CONCLUSION);
    expect(tasks.map((t) => t.lead)).toEqual([['Đảng uỷ Quốc hội'], ['Đảng uỷ Chính phủ']]);
  });

  it('keeps an item that states a view and hands out work in so many words', async () => {
    const tasks = await tasksOf([...CONCLUSION.slice(0, 7), '1. Cơ bản thống nhất với Tờ trình; giao Ban Tổ chức Trung ương chủ trì hoàn thiện Đề án.']);
    expect(tasks).toHaveLength(1);
  });

  it('reads the clause sending readers to amended texts as a rule', async () => {
    const tasks = await tasksOf([
      'HỘI ĐỒNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'THÀNH PHỐ HÀ NỘI Độc lập - Tự do - Hạnh phúc',
      'Số: 45/2025/NQ-HĐND Hà Nội, ngày 08 tháng 12 năm 2025',
      'NGHỊ QUYẾT',
      'Quy định mức chi bảo vệ rừng',
      'Điều 1. Tổ chức thực hiện',
      '1. Giao Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Nghị quyết.',
      '2. Trường hợp văn bản quy phạm pháp luật được viện dẫn tại Nghị quyết này được sửa đổi, bổ sung hoặc thay thế bởi văn bản khác thì áp dụng theo văn bản sửa đổi, bổ sung hoặc thay thế đó.',
    ]);
    expect(tasks.map((t) => t.text)).toEqual(['Giao Ủy ban nhân dân Thà']);
  });
});
