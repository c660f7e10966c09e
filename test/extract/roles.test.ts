import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { analyse } from '../../src/extract/analyse.js';

const CTX = { documentDate: '2025-04-28' };
const roles = (text: string) => {
  const e = analyse(text, CTX);
  return { lead: e.lead.map((h) => h.agency.canonical), partners: e.partners.map((h) => h.agency.canonical) };
};

describe('lead', () => {
  it.each([
    ['Sở Nội vụ tham mưu triển khai các nhiệm vụ.', ['Sở Nội vụ']],
    ['Trong tháng 9/2025, Sở Nội vụ tham mưu triển khai.', ['Sở Nội vụ']],
    ['Truéc 31/10/2025, Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo.', ['Đảng ủy Ủy ban nhân dân tỉnh']],
    ['Giao Ban Tuyên giáo và Dân vận Tỉnh ủy tham mưu.', ['Ban Tuyên giáo và Dân vận Tỉnh ủy']],
    ['Chỉ đạo, đôn đốc các cấp ủy, tổ chức đảng hướng dẫn, kiểm tra.', ['Các cấp ủy, tổ chức đảng']],
    ['Ban Tổ chức Tỉnh ủy, Văn phòng Tỉnh ủy chủ trì, phối hợp.', ['Ban Tổ chức Tỉnh ủy', 'Văn phòng Tỉnh ủy']],
    ['Bản T4 chtre Tỉnh Gy cht tr, phdi hợp.', ['Ban Tổ chức Tỉnh ủy']],
    [
      'Căn cứ Quyết định số 204-QĐ/TW ngày 29/11/2024 của Ban Bí thư về đề án, Văn phòng Tỉnh ủy chủ trì tham mưu.',
      ['Văn phòng Tỉnh ủy'],
    ],
    [
      'Ngay khi Đoàn Kiểm tra của Bộ Chính trị, Ban Bí thư về làm việc; Ban Thường vụ Tỉnh ủy đã chỉ đạo khắc phục.',
      ['Ban Thường vụ Tỉnh ủy'],
    ],
    ['Rà soát quy định. Các cấp ủy, tổ chức đảng phải chú trọng lựa chọn cán bộ.', ['Các cấp ủy, tổ chức đảng']],
    // The issuer or its head asking others: the bodies asked act; a year before the stop ends the sentence.
    ['Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện.', ['Các cơ quan, đơn vị, địa phương']],
    // Asking persons leaves no lead; "giám sát" is not "giao"; a closing formula orders nothing.
    ['Thủ tướng Chính phủ đề nghị các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang bộ quan tâm chỉ đạo.', []],
    ['Ủy ban Kiểm tra Tỉnh ủy giám sát chuyên đề việc lãnh đạo thực hiện dự án.', ['Ủy ban Kiểm tra Tỉnh ủy']],
    ['Văn phòng Chính phủ trân trọng thông báo./.', []],
    // Heads of a class of bodies asked by title: the bodies act. As the subject they stay persons
    // (GOLD.md leaves heads listed as a class unsettled), and "Thủ trưởng" is never "Thủ tướng".
    ['Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường tổ chức quán triệt, triển khai.', []],
    // A limit counted from an event opens the sentence before its subject.
    ['Trong thời hạn 05 ngày kể từ ngày có Biên bản thẩm định, Cục Bảo tồn thiên nhiên và Đa dạng sinh học lấy ý kiến các cơ quan.', ['Cục Bảo tồn thiên nhiên và Đa dạng sinh học']],
    [
      'Các cơ quan chuyên môn, các đơn vị sự nghiệp công lập, tổ chức hành chính khác thuộc Ủy ban nhân dân thành phố chủ trì quản lý tài sản.',
      ['Các cơ quan chuyên môn, các đơn vị sự nghiệp công lập, tổ chức hành chính khác thuộc Ủy ban nhân dân thành phố'],
    ],
    // After an opening clause ending in a name, the name after the comma is the subject when an action follows it.
    ['Trên cơ sở Kết luận của Văn phòng Quốc hội, Bộ Xây dựng làm việc với các cơ quan.', ['Bộ Xây dựng']],
    ['Căn cứ Quy định của Bộ Chính trị, Ban Bí thư về công tác cán bộ, Văn phòng Tỉnh ủy tham mưu.', ['Văn phòng Tỉnh ủy']],
    // The sender's closing formula orders nothing.
    ['Đề nghị Thuế tỉnh Lào Cai rà soát hồ sơ. Cục Thuế trả lời để Thuế tỉnh Lào Cai được biết.', ['Thuế tỉnh Lào Cai']],
    // A list joined by "và các": every member leads, a regional branch with its region.
    [
      'Đề nghị Văn phòng Tỉnh ủy và các Ban Xây dựng Đảng và Ủy ban Kiểm tra Tỉnh ủy, Thuế tỉnh, Chi cục Hải quan khu vực XI tăng cường bảo vệ bí mật.',
      ['Văn phòng Tỉnh ủy', 'Các ban của Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy', 'Thuế tỉnh', 'Chi cục Hải quan khu vực XI'],
    ],
  ])('%s', (text, lead) => {
    expect(roles(text).lead).toEqual(lead);
  });

  it.each([
    ['Đảng ủy UBND tỉnh chỉ đạo UBND tỉnh xây dựng Kế hoạch.', ['Đảng ủy Ủy ban nhân dân tỉnh']],
    ['Ủy ban Kiểm tra Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch.', ['Ủy ban Kiểm tra Tỉnh ủy']],
    ['Sở Nội vụ tham mưu. Chỉ đạo, hướng dẫn các xã, phường đẩy mạnh cải cách.', ['Sở Nội vụ']],
  ])('not those directed or advised: %s', (text, lead) => {
    expect(roles(text).lead).toEqual(lead);
  });

  it.each([
    ['Đối với các công trình chuyển tiếp, Sở Xây dựng hướng dẫn nghiệm thu.', ['Sở Xây dựng']],
    ['Đối với hồ sơ tồn đọng, trong tháng 10/2025, Thanh tra tỉnh kiểm tra, kết luận.', ['Thanh tra tỉnh']],
  ])('after an opening "Đối với …," clause: %s', (text, lead) => {
    expect(roles(text).lead).toEqual(lead);
  });

  it('none from those who state a view, nor from bodies standing for the leads named elsewhere', () => {
    expect(roles('Bộ Chính trị, Ban Bí thư cơ bản nhất trí với Tờ trình của Đảng ủy Chính phủ.').lead).toEqual([]);
    expect(roles('Các cơ quan, đơn vị được giao chủ trì có trách nhiệm hoàn thành đúng hạn.').lead).toEqual([]);
    expect(roles('Các cơ quan được phân công chủ trì thực hiện nhiệm vụ có trách nhiệm lập dự toán.').lead).toEqual([]);
    expect(roles('Các cơ quan, đơn vị chủ động bố trí kinh phí.').lead).toEqual(['Các cơ quan, đơn vị']);
  });

  it('after an opening time phrase without a year', () => {
    expect(roles('Trong thời gian tới, yêu cầu các bộ, ngành tập trung thực hiện các nhiệm vụ sau:').lead).toEqual(['Các bộ, ngành']);
  });

  it('none from the objects of an opening "Đối với" sentence without a subject', () => {
    expect(roles('Đối với văn bản quan trọng, tác động rộng, trước khi ban hành cần lấy ý kiến của nhân dân, Mặt trận Tổ quốc.').lead).toEqual([]);
  });

  it('not "phù hợp với" outside the fixed phrase', () => {
    expect(roles('Xây dựng quy chế phù hợp với các cơ quan, đơn vị.').partners).toEqual([]);
  });

  it.each([
    'Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy theo dõi, đôn đốc.',
    'Đồng chí Bí thư Tỉnh ủy chủ trì, chịu trách nhiệm.',
    'Các đồng chí Tỉnh ủy viên theo dõi.',
    'Đối với HĐND tỉnh: Lãnh đạo công tác bầu cử.',
    'Xây dựng Kế hoạch (Ban Tuyên giáo và Dân vận Tỉnh ủy đã ban hành Kế hoạch số 01-KH/BTGDV).',
    'Tăng cường sự lãnh đạo của Ban Thường vụ Tỉnh ủy, Ban Chỉ đạo tỉnh.',
    'Thực hiện rà soát chức năng của các cơ quan, đơn vị, tổ chức đảng, Mặt trận Tổ quốc.',
  ])('none for persons, objects, narration: %s', (text) => {
    expect(roles(text).lead).toEqual([]);
  });
});

describe("a head asking others in the office's name", () => {
  it('gives the lead to the bodies asked, in a sentence after a date', () => {
    const e = analyse('Hoàn thành trong tháng 12 năm 2025. Chủ tịch Ủy ban nhân dân Thành phố đề nghị các cơ quan, đơn vị khẩn trương triển khai.', { ...CTX, trustMarks: true });
    expect(e.lead.map((h) => h.agency.canonical)).toEqual(['Các cơ quan, đơn vị']);
    const byTitle = analyse('Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ban, ngành tập trung chỉ đạo thực hiện.', { ...CTX, trustMarks: true });
    expect(byTitle.lead.map((h) => h.agency.canonical)).toEqual(['Các sở, ban, ngành tỉnh']);
  });
});

describe('partners', () => {
  it('takes those who share the lead ("chủ trì cùng …") for partners, and writes a description\'s "có liên quan" as "liên quan"', () => {
    expect(roles('Bộ Tài chính chủ trì cùng Bộ Xây dựng và các bộ, ngành liên quan rà soát.')).toEqual({ lead: ['Bộ Tài chính'], partners: ['Bộ Xây dựng', 'Các bộ, ngành liên quan'] });
    expect(roles('Văn phòng Đảng ủy chủ trì, phối hợp với các cơ quan, tổ chức đảng có liên quan triển khai.').partners).toEqual(['Các cơ quan, tổ chức đảng liên quan']);
  });

  it.each([
    ['Sở Giáo dục và Đào tạo có hướng dẫn; phối hợp với Sở Nội vụ thực hiện.', ['Sở Nội vụ']],
    ['Ủy ban Kiểm tra Tỉnh ủy chủ trì, phối hợp các cơ quan liên quan kiểm tra.', ['Các cơ quan, đơn vị liên quan']],
    ['Phdi hợp v6i S¢ Tài chính, céc cơ quan co6 liên quan xem xét.', ['Sở Tài chính', 'Các cơ quan, đơn vị liên quan']],
    ['Phối hợp với Báo và Phát thanh, Truyền hình Hưng Yên, Sở Văn hóa, Thể thao và Du lịch hướng dẫn.', ['Báo và Phát thanh, Truyền hình tỉnh', 'Sở Văn hóa, Thể thao và Du lịch']],
    ['Nâng cao hiệu quả qua thanh tra, phối hợp giữa các cơ quan liên quan.', ['Các cơ quan, đơn vị liên quan']],
    ['Văn phòng Tỉnh ủy chủ trì, phù hợp với các cơ quan liên quan tham mưu.', ['Các cơ quan, đơn vị liên quan']],
    // "Hội" reads like a damaged "với": a name's first word is never skipped as glue.
    ['Sở Y tế chủ trì, phối hợp với Hội Liên hiệp Phụ nữ tỉnh tuyên truyền.', ['Hội Liên hiệp Phụ nữ tỉnh']],
    ['Sở Nội vụ phối hợp chặt chẽ với Hội Cựu chiến binh tỉnh rà soát.', ['Hội Cựu chiến binh tỉnh']],
  ])('%s', (text, partners) => {
    expect(roles(text).partners).toEqual(partners);
  });
});

describe('an item directing others under a heading that names its body', () => {
  const doc = [
    'ĐẢNG BỘ TỈNH KHÁNH HÒA ĐẢNG CỘNG SẢN VIỆT NAM',
    'ĐẢNG ỦY XÃ CÔNG HẢI',
    'Số 4-KH/ĐU Công Hải, ngày 10 tháng 02 năm 2026',
    'KẾ HOẠCH',
    'chuyển đổi số',
    '',
    'IV. TỔ CHỨC THỰC HIỆN',
    '',
    '1. Đảng ủy UBND xã:',
    '',
    '- Chỉ đạo Phòng Kinh tế cân đối, bố trí kinh phí để bảo đảm thực hiện Kế hoạch.',
    '',
    '- Phòng Văn hóa - Xã hội chủ trì rà soát hạ tầng.',
  ].join('\n');

  it('is led by the heading\'s body, not by the bodies it directs; an item with its own subject keeps it', async () => {
    const { document } = await parse(doc, { restore: false });
    const task = (opening: string) => document.tasks.find((t) => t.text.startsWith(opening));
    expect(task('Chỉ đạo Phòng Kinh tế')?.lead.map((a) => a.canonical)).toEqual(['Đảng ủy Ủy ban nhân dân xã']);
    expect(task('Chỉ đạo Phòng Kinh tế')?.inherited).toContain('lead');
    expect(task('Phòng Văn hóa')?.lead.map((a) => a.canonical)).toEqual(['Phòng Văn hóa - Xã hội']);
  });
});

describe('lead carried to sub-items', () => {
  const doc = [
    'TỈNH ỦY HƯNG YÊN ĐẢNG CỘNG SẢN VIỆT NAM',
    'Số 1-KH/TU Hưng Yên, ngày 28 tháng 4 năm 2025',
    'KẾ HOẠCH',
    'thực hiện nhiệm vụ',
    '',
    'I- NHIỆM VỤ',
    '',
    '1. Trước 31/10/2025, Đảng ủy Ủy ban nhân dân tỉnh chỉ đạo hoàn thành các nhiệm vụ sau:',
    '',
    '1.1. Rà soát quy hoạch phát triển kinh tế - xã hội.',
    '',
    '1.2. Trong tháng 9/2025, Sở Nội vụ tham mưu triển khai.',
    '',
    '2. Ban Tổ chức Tỉnh ủy tham mưu sơ kết công tác.',
    '',
    '- Rà soát quy định về cán bộ.',
    '',
    '3. Văn phòng Tỉnh ủy',
    '',
    '- Tham mưu báo cáo tổng kết (nhiệm vụ thường xuyên).',
    '',
    '- Tham mưu các giải pháp cải cách hành chính.',
  ].join('\n');

  it('from an item ending in a colon, and from a heading naming an agency', async () => {
    const { document } = await parse(doc, { restore: false });
    const byId = new Map(document.tasks.map((t) => [t.id, t]));
    const lead = (id: string) => byId.get(id)?.lead.map((a) => a.canonical);
    expect(lead('I/1/1.1')).toEqual(['Đảng ủy Ủy ban nhân dân tỉnh']);
    expect(byId.get('I/1/1.1')?.inherited).toEqual(['lead', 'deadlines']);
    expect(byId.get('I/1/1.1')?.deadlines.map((d) => d.due)).toEqual(['2025-10-31']);
    expect(lead('I/1/1.2')).toEqual(['Sở Nội vụ']);
    expect(byId.get('I/1/1.2')?.deadlines.map((d) => d.due)).toEqual(['2025-09-30']);
    // Item 2 ends with a full stop: its dash is not its sub-task.
    expect(lead('I/2/-1')).toEqual([]);
    expect(lead('I/3/-1')).toEqual(['Văn phòng Tỉnh ủy']);
    expect(lead('I/3/-2')).toEqual(['Văn phòng Tỉnh ủy']);
  });
});
