/** Task granularity on layouts the seeds do not have: field items, specification lists, topical parts, tables of figures. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { planTasks } from './plan-helpers.js';

const tasksOf = (lines: string[]) => planTasks('Quan trắc môi trường năm 2025', lines);

describe('task shapes', () => {
  it('reads "a) Nhiệm vụ: / b) Cơ quan thực hiện: / c) Thời gian:" as one task whose fields say who and when', async () => {
    const tasks = await tasksOf([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'Bảo đảm chất lượng dữ liệu.',
      'II. NHIỆM VỤ',
      '1. Về dữ liệu',
      '1.1. Xây dựng chiến lược dữ liệu:',
      'a) Nhiệm vụ: Tham mưu UBND tỉnh ban hành chiến lược dữ liệu.',
      'b) Cơ quan thực hiện: Sở Khoa học và Công nghệ chủ trì.',
      'c) Thời gian thực hiện: Hoàn thành trong năm 2025.',
      '1.2. Phát triển dữ liệu:',
      'a) Nhiệm vụ:',
      '- Rà soát, chuẩn hóa cơ sở dữ liệu của đơn vị.',
      '- Số hóa hồ sơ theo hướng dẫn của Bộ.',
      'b) Cơ quan thực hiện:',
      '- Đơn vị chủ trì: Sở Nội vụ.',
      '- Đơn vị phối hợp: Sở Tài chính.',
      'c) Thời gian thực hiện: Hoàn thành trong năm 2026.',
    ]);
    expect(tasks.map((t) => t.id)).toEqual(['II/1/1.1', 'II/1/1.2/a/-1', 'II/1/1.2/a/-2']);
    expect(tasks[0]!.lead.map((a) => a.canonical)).toEqual(['Sở Khoa học và Công nghệ']);
    expect(tasks[0]!.deadlines.map((d) => d.due)).toEqual(['2025-12-31']);
    for (const t of tasks.slice(1)) {
      expect(t.lead.map((a) => a.canonical)).toEqual(['Sở Nội vụ']);
      expect(t.partners.map((a) => a.canonical)).toEqual(['Sở Tài chính']);
      expect(t.deadlines.map((d) => d.due)).toEqual(['2026-12-31']);
      expect(t.inherited).toEqual(['lead', 'deadlines', 'partners']);
    }
  });

  it('keeps sampling points and parameter groups inside their task', async () => {
    const tasks = await tasksOf([
      'I. MỤC TIÊU',
      'Cảnh báo kịp thời.',
      'II. NỘI DUNG KẾ HOẠCH',
      '1. Quan trắc vùng nuôi tôm',
      '- Điểm quan trắc: Thực hiện quan trắc tại 03 cửa sông, gồm:',
      '+ Cửa sông Lạch Càn: Lấy mẫu 01 vị trí tại khu vực cấp nước;',
      '+ Cửa sông Lạch Sung: Lấy mẫu 01 vị trí tại khu vực cấp nước;',
      '+ Cửa sông Mã: Lấy mẫu 02 vị trí tại khu vực cấp nước.',
      '- Thông số, tần suất và số lượng mẫu quan trắc:',
      '+ Các thông số: Độ mặn, pH, oxy hòa tan;',
      '+ Các thông số: Kim loại nặng.',
      '2. Tuyên truyền, hướng dẫn người nuôi trồng thủy sản.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Nông nghiệp và Môi trường chủ trì thực hiện Kế hoạch.',
      '2. Ủy ban nhân dân các xã chủ trì, phối hợp kiểm tra.',
    ]);
    expect(tasks.map((t) => t.id)).toEqual(['II/1', 'II/2', 'III/1', 'III/2']);
  });

  it('judges the items of a part whose heading names nothing by what they say', async () => {
    const tasks = await tasksOf([
      'I. VỀ HOÀN THIỆN THỂ CHẾ',
      '1. Bộ trưởng Bộ Công Thương hoàn thành việc rà soát quy định trong tháng 11 năm 2025.',
      '2. Cơ bản thống nhất với đánh giá của Bộ Tư pháp về kết quả thời gian qua.',
      '3. Khẩn trương chuẩn hóa kết quả giải quyết thủ tục hành chính.',
      'II. TỔ CHỨC THỰC HIỆN',
      'Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện.',
    ]);
    expect(tasks.map((t) => t.id)).toEqual(['I/1', 'I/3', 'II']);
  });
});

describe('a letter copied without its header', () => {
  const text = [
    'Kính gửi:',
    '- Sở Nông nghiệp và Môi trường;',
    '- Sở Tài chính.',
    'Thực hiện Kết luận số 15-KL/ĐU',
    'ngày 29 tháng 10 năm 2025 của Ban Thường vụ Đảng ủy về việc áp dụng cơ chế đặc thù, trên cơ sở',
    'đề xuất của Sở Nông nghiệp và Môi trường tại Công văn số 12252/SNNMT-TNNKS ngày',
    '17 tháng 11 năm 2025, Chủ tịch Ủy ban nhân dân Thành phố chỉ đạo như sau:',
    '1. Chấp thuận đề nghị của Sở Nông nghiệp và Môi trường nêu trên.',
    '2.',
    'Giao Sở Tài chính triển khai thực hiện hiệu quả Nghị quyết.',
    '3.',
    'Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính hướng dẫn, đôn đốc;',
    'kịp thời tổng hợp các khó khăn vướng mắc, báo cáo đề xuất Ủy ban nhân dân Thành phố./.',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
  ].join('\n');

  it('takes no cited date for a header, reads the addressees, and keeps the last item whole', async () => {
    const { document } = await parse(text, { restore: false });
    expect([document.header.id, document.header.date, document.header.type]).toEqual([null, null, null]);
    expect(document.tasks.map((t) => t.id)).toEqual(['1', '2', '3']);
    expect(document.tasks[2]!.text).toMatch(/báo cáo đề xuất Ủy ban nhân dân Thành phố/u);
  });
});

describe('a letter that quotes the law, then asks its addressee to act', () => {
  const text = [
    'BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'CỤC THUẾ Độc lập - Tự do - Hạnh phúc',
    'Số: 5665/CT-CS Hà Nội, ngày 01 tháng 12 năm 2025',
    'V/v tiền thuê đất',
    'Kính gửi: Thuế tỉnh Lào Cai.',
    'Cục Thuế nhận được công văn của Thuế tỉnh Lào Cai về tiền thuê đất. Về vấn đề này, Cục Thuế có ý kiến như sau:',
    '- Tại khoản 2 Điều 30 Luật Đất đai năm 2024 quy định:',
    '“2. Tổ chức kinh tế được lựa chọn chuyển sang thuê đất thu tiền thuê đất hằng năm.”',
    '- Tại khoản 2 Điều 33 Nghị định số 103/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định:',
    'a) Trường hợp đã hoàn thành nghĩa vụ thì không phải nộp tiền thuê đất hằng năm.',
    'b) Trường hợp chưa hoàn thành nghĩa vụ thì phải nộp tiền thuê đất hằng năm.',
    '',
    'Do vậy, đề nghị Thuế tỉnh Lào Cai phối hợp với các cơ quan liên quan rà soát hồ sơ thuê đất.',
    '',
    'Cục Thuế trả lời để Thuế tỉnh Lào Cai được biết./.',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT, CS.',
  ].join('\n');

  it('counts the request, not the quoted provisions, and finds who is asked', async () => {
    const { document } = await parse(text, { restore: false });
    expect(document.tasks).toHaveLength(1);
    const [task] = document.tasks;
    expect(task!.source).toBe('paragraph');
    expect(task!.text).toMatch(/^Do vậy, đề nghị Thuế tỉnh Lào Cai/u);
    expect(task!.lead.map((a) => a.canonical)).toEqual(['Thuế tỉnh Lào Cai']);
  });
});

describe('lists of administrative procedures', () => {
  const DECISION = [
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'TỈNH HÀ TĨNH Độc lập - Tự do - Hạnh phúc',
    'Số: 2873/QĐ-UBND Hà Tĩnh, ngày 19 tháng 11 năm 2025',
    '',
    'QUYẾT ĐỊNH',
    'Công bố danh mục thủ tục hành chính lĩnh vực chứng thực',
    '',
    'Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.',
    '',
    'Điều 2. Sở Tư pháp chủ trì, phối hợp với các cơ quan liên quan cập nhật quy trình.',
    '',
    'Nơi nhận:',
    '- Như Điều 2;',
    '- Lưu: VT.',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    'Hồ Huy Thành',
    '',
  ];

  it('after the signature are read for their citations, and offer services rather than hand out work', async () => {
    const appendix = [
      'DANH MỤC',
      'THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG TRONG LĨNH VỰC CHỨNG THỰC',
      '(Kèm theo Quyết định số: 2873/QĐ-UBND ngày 19/11/2025 của Chủ tịch UBND tỉnh)',
      '',
      '1. Cấp bản sao từ sổ gốc',
      '',
      '- Thời hạn giải quyết: trong ngày làm việc tiếp theo.',
      '- Căn cứ pháp lý: Nghị định số 280/2025/NĐ-CP ngày 27/10/2025 của Chính phủ.',
      '',
      '2. Chứng thực chữ ký',
      '',
      '- Căn cứ pháp lý: Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ.',
    ];
    const { document } = await parse([...DECISION, ...appendix].join('\n'), { restore: false });
    expect(document.references.map((r) => r.id)).toEqual(expect.arrayContaining(['280/2025/NĐ-CP', '23/2015/NĐ-CP']));
    expect(document.tasks.map((t) => t.lead.map((a) => a.canonical))).toEqual([['Sở Tư pháp']]);
  });

  it('are known by a title a scan spread over blank lines and OCR broke', async () => {
    const appendix = [
      'DANH MỤC', '', 'THU 7 4 2 >', '', 'TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG', '', 'TRÊN ĐỊA BÀN TỈNH HÀ TĨNH', '',
      '(Kèm theo Quyết định số: 2873/QĐ-UBND ngày 19/11/2025 của Chủ tịch UBND tỉnh)', '',
      'I. DANH MỤC THỦ TỤC HÀNH', '', 'CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG', '',
      '1. Cấp bản sao từ sổ gốc', '', '- Căn cứ pháp lý: Nghị định số 280/2025/NĐ-CP ngày 27/10/2025 của Chính phủ.',
    ];
    const { document } = await parse([...DECISION, ...appendix].join('\n'), { restore: false });
    expect(document.tasks.map((t) => t.lead.map((a) => a.canonical))).toEqual([['Sở Tư pháp']]);
  });
});

describe('a heading that gives a body its duties', () => {
  it('makes the body, named or not, the lead of the items under it', async () => {
    const tasks = await tasksOf([
      'I. TỔ CHỨC THỰC HIỆN',
      '1. Trách nhiệm của Văn phòng Đăng ký đất đai',
      'a) Tiếp nhận hồ sơ đăng ký biến động đất đai.',
      'b) Cập nhật cơ sở dữ liệu đất đai.',
      '2. Trách nhiệm của cơ quan có chức năng quản lý đất đai cấp xã:',
      'a) Kiểm tra hồ sơ trước khi chuyển.',
      '3. Trách nhiệm của tổ chức, cá nhân:',
      'a) Nộp hồ sơ đầy đủ.',
      '4. Trách nhiệm của Trưởng',
      'a) Ký văn bản chỉ đạo.',
    ]);
    expect(tasks.map((t) => t.lead.map((a) => a.canonical))).toEqual([
      ['Văn phòng Đăng ký đất đai'],
      ['Văn phòng Đăng ký đất đai'],
      ['Cơ quan có chức năng quản lý đất đai cấp xã'],
      [],
      [],
    ]);
  });
});

describe('the duties under a rule document\'s "Trách nhiệm thi hành"', () => {
  it('are tasks when the article gives bodies their duties item by item', async () => {
    const text = [
      'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 36/2025/TT-BNNMT Hà Nội, ngày 10 tháng 7 năm 2025',
      '',
      'THÔNG TƯ',
      'Quy định về loài ngoại lai xâm hại',
      '',
      'Điều 1. Phạm vi điều chỉnh',
      'Thông tư này quy định tiêu chí xác định loài ngoại lai xâm hại.',
      'Điều 2. Trách nhiệm thi hành',
      '1. Các đơn vị trực thuộc Bộ Nông nghiệp và Môi trường:',
      'a) Cục Bảo tồn thiên nhiên và Đa dạng sinh học chủ trì tổ chức thực hiện Thông tư này.',
      'b) Vụ Kế hoạch - Tài chính bố trí kinh phí thực hiện.',
      '2. Ủy ban nhân dân cấp tỉnh chỉ đạo điều tra loài ngoại lai xâm hại trên địa bàn.',
    ].join('\n');
    const { document } = await parse(text, { restore: false });
    expect(document.tasks.map((t) => t.id)).toEqual(['2/1/a', '2/1/b', '2/2']);
  });

  it('leaves out the items of the article on taking effect', async () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH BẮC NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 45/2025/QĐ-UBND Bắc Ninh, ngày 28 tháng 11 năm 2025',
      '',
      'QUYẾT ĐỊNH',
      'Ban hành Quy định phân công nhiệm vụ quản lý nhà nước về giá',
      '',
      'Điều 1. Trách nhiệm của Sở Tài chính',
      '1. Sở Tài chính chủ trì tổng hợp, phân tích, dự báo giá thị trường.',
      '2. Sở Tài chính chịu trách nhiệm cập nhật cơ sở dữ liệu về giá.',
      'Điều 2. Hiệu lực thi hành',
      '1. Quyết định này có hiệu lực kể từ ngày 10 tháng 12 năm 2025.',
      '2. Bãi bỏ Quyết định số 04/2025/QĐ-UBND ngày 13 tháng 2 năm 2025 của Ủy ban nhân dân tỉnh.',
    ].join('\n');
    const { document } = await parse(text, { restore: false });
    expect(document.tasks.map((t) => t.id)).toEqual(['1/1', '1/2']);
  });
});
