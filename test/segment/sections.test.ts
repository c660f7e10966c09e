import { describe, expect, it } from 'vitest';
import { parseMarker } from '../../src/segment/sections/markers.js';
import { succession } from '../../src/segment/sections/numbering.js';
import { partOfHeading } from '../../src/segment/sections/task-scope.js';
import { segmentLines } from '../../src/segment/segment.js';
import { summarise } from './outline.js';
import type { SectionNode } from '../../src/tree.js';
import { toLines } from './helpers.js';

const HEADER = ['TỈNH ỦY HƯNG YÊN ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 1-KH/TU Hưng Yên, ngày 28 tháng 4 năm 2025', 'KẾ HOẠCH', 'thực hiện một việc', ''];

function outline(body: string[]) {
  return summarise(segmentLines(toLines([...HEADER, ...body].join('\n'))).blocks);
}

function sections(body: string[]): SectionNode[] {
  return segmentLines(toLines([...HEADER, ...body].join('\n'))).blocks.filter((b): b is SectionNode => b.type === 'section');
}

describe('markers', () => {
  it.each([
    ['I- MỤC ĐÍCH, YÊU CẦU', 'roman', 'I'],
    ['IIL. TO CHUC THUC HIEN', 'roman', 'III'],
    ['ll- NHIỆM VỤ, GIẢI PHÁP', 'roman', 'II'],
    ['I]. MỤC TIÊU', 'roman', 'II'],
    ['4.1, Các cơ quan khối Đảng triển khai', 'decimal', '4.1'],
    ['1, Mục đích', 'arabic', '1'],
    ['5.3. Trong tháng 9/2025, Sở Nội vụ', 'decimal', '5.3'],
    ['2.1 Nông, lâm nghiệp', 'decimal', '2.1'],
    ['7.Ban Tổ chức Tỉnh ủy', 'arabic', '7'],
    ['đ) Về công tác', 'letter', 'đ'],
    ['- Tập trung', 'dash', ''],
    ['(3) Đề nghị Ủy ban Kinh tế', 'paren', '(3)'],
    ['A. NỘI DUNG TRÌNH BAN CHẤP HÀNH', 'part', 'A'],
    ['~ Phòng Văn hóa - Xã hội chủ trì', 'dash', ''],
    ['+ Đối với HĐND', 'plus', ''],
  ])('%s', (line, kind, label) => expect(parseMarker(line)).toMatchObject({ kind, label }));

  it.each(['04/63 địa phương, đơn vị', '2025 của tỉnh từ 10-10,5%', '10,5% trở lên', '24/01/2025 của Ban', '----------', '1.5% dân số', 'l. Trong', '1, 2 và 3 tháng', '4.1, 4.2 và 4.3', ']. MỤC TIÊU'])(
    'sees no marker in "%s"',
    (line) => expect(parseMarker(line)).toBeNull(),
  );

  it('knows what follows what', () => {
    expect(succession('arabic', '7', '8')).toBe('next');
    expect(succession('arabic', '8', '8')).toBe('repeat');
    expect(succession('arabic', '3', '2025')).toBeNull();
    expect(succession('letter', 'd', 'đ')).toBe('next');
    expect(succession('decimal', '5.2', '6.3')).toBeNull();
  });
});

describe('section tree', () => {
  it('nests Roman, arabic, decimal, letters, dashes and pluses', () => {
    const s = outline([
      'I- NHIỆM VỤ',
      '1. Việc thứ nhất',
      '1.1. Sở Nội vụ tham mưu.',
      'a) Về tổ chức:',
      '- Rà soát bộ máy.',
      '+ Cấp tỉnh.',
      '+ Cấp xã.',
      '- Sắp xếp lại.',
      'b) Về cán bộ.',
      '1.2. Sở Tài chính bố trí kinh phí.',
      '2. Việc thứ hai.',
      'II- TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng theo dõi.',
    ]);
    expect(s.outline.map(([id]) => id)).toEqual([
      'I',
      'I/1',
      'I/1/1.1',
      'I/1/1.1/a',
      'I/1/1.1/a/-1',
      'I/1/1.1/a/-1/+1',
      'I/1/1.1/a/-1/+2',
      'I/1/1.1/a/-2',
      'I/1/1.1/b',
      'I/1/1.2',
      'I/2',
      'II',
      'II/1',
    ]);
  });

  it('does not take a wrapped line that starts with a number for an item', () => {
    const s = outline([
      '1. Phấn đấu tăng trưởng kinh tế giai đoạn 2020 -',
      '2025. Tiếp tục đầu tư hạ tầng tại',
      '04/63 địa phương và các đơn vị.',
      '2. Việc thứ hai.',
    ]);
    expect(s.outline.map(([id]) => id)).toEqual(['1', '2']);
  });

  it('keeps an item number the document repeats, with a unique id', () => {
    const s = outline(['1. Một.', '2. Hai.', '2. Hai nữa.', '3. Ba.']);
    expect(s.outline.map(([id]) => id)).toEqual(['1', '2', '2#2', '3']);
  });

  it('reads a Roman heading whose strokes OCR lost as the next part', () => {
    const s = outline(['I- MỤC ĐÍCH', '1. Một.', 'II- NHIỆM VỤ', '1. Một.', 'II- TỔ CHỨC THỰC HIỆN', '1. Một.', '1. TO CHUC THUC HIEN']);
    expect(s.outline.filter(([id]) => !id.includes('/')).map(([id]) => id)).toEqual(['I', 'II', 'III', 'IV']);
  });

  it('reads (1) … (4) items under the item that introduces them', () => {
    const s = outline(['1. Yêu cầu các bộ, ngành thực hiện:', '(1) Giao Bộ Tài chính chủ trì.', '(2) Giao Bộ Nội vụ rà soát.', '2. Hai.']);
    expect(s.outline.map(([id]) => id)).toEqual(['1', '1/(1)', '1/(2)', '2']);
  });

  it('reads parts A., B. above Roman headings, and never files a Roman heading under a dash', () => {
    const s = outline(['- Căn cứ Điều lệ Đảng;', '- Căn cứ Quy chế làm việc.', 'A. NỘI DUNG TRÌNH BAN CHẤP HÀNH', 'I. NHÓM NỘI DUNG ĐỊNH KỲ', '1. Một.', 'B. NỘI DUNG TRÌNH BAN THƯỜNG VỤ', 'I. NHÓM NỘI DUNG ĐỊNH KỲ', '1. Một.']);
    expect(s.outline.map(([id]) => id)).toEqual(['-1', '-2', 'A', 'A/I', 'A/I/1', 'B', 'B/I', 'B/I/1']);
  });

  it('reads a Roman marker OCR turned into letters where the next part is due', () => {
    const s = outline(['I. MỤC ĐÍCH, YÊU CẦU', '1. Một.', 'H. NỘI DUNG VÀ HÌNH THỨC', '1. Hai.', 'i. TỔ CHỨC THỰC HIỆN', '1. Ba.']);
    expect(s.outline.map(([id]) => id)).toEqual(['I', 'I/1', 'II', 'II/1', 'III', 'III/1']);
    // The space after the stop lost too.
    const t = outline(['I. MỤC ĐÍCH, YÊU CẦU', '1. Một.', 'v.TỔ CHỨC THỰC HIỆN', '1. Hai.']);
    expect(t.outline.map(([id]) => id)).toEqual(['I', 'I/1', 'II', 'II/1']);
  });

  it('reads "1. MỤC TIÊU" as part I when the later parts are Roman', () => {
    const s = outline(['1. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU', '1. Mục tiêu tổng quát', '2. Chỉ tiêu chủ yếu', 'II. NHIỆM VỤ, GIẢI PHÁP', '1. Về xây dựng Đảng']);
    expect(s.outline.map(([id]) => id)).toEqual(['I', 'I/1', 'I/2', 'II', 'II/1']);
  });

  it('reads the first Roman part from strokes OCR doubled or bent, or with its stop lost', () => {
    const later = ['1. Mục tiêu tổng quát', 'Il. NHIỆM VỤ, GIẢI PHÁP', '1. Về xây dựng Đảng', '2. Về ứng dụng số', '2.1, Các cơ quan triển khai.', '2.2. Các tổ chức thực hiện.'];
    const want = ['I', 'I/1', 'II', 'II/1', 'II/2', 'II/2/2.1', 'II/2/2.2'];
    expect(outline(['I]. MỤC TIÊU', ...later]).outline.map(([id]) => id)).toEqual(want);
    expect(outline(['1 MỤC TIÊU', ...later]).outline.map(([id]) => id)).toEqual(want);
    expect(outline(['i, MỤC TIÊU', ...later]).outline.map(([id]) => id)).toEqual(want);
    // A later part whose capitals OCR partly lost ("II. KINH Phí") still says the parts are Roman.
    expect(outline(['i, MỤC TIÊU', '1. Một.', 'II. KINH Phí', '1. Hai.']).outline.map(([id]) => id)).toEqual(['I', 'I/1', 'II', 'II/1']);
  });

  it('reads the next Roman part from strokes with their stop lost, the heading wrapped after one word', () => {
    const s = outline(['I. MỤC ĐÍCH, YÊU CẦU', '1. Một.', 'IL NỘI', 'DUNG KẾ HOẠCH', '1. Hai.', 'lll TỔ CHỨC THỰC HIỆN', '1. Ba.']);
    expect(s.outline.map(([id]) => id)).toEqual(['I', 'I/1', 'II', 'II/1', 'III', 'III/1']);
    // A numeral that is not the one due is no heading number without its stop.
    const t = outline(['I. MỤC ĐÍCH, YÊU CẦU', '1. Một.', 'V TỔ CHỨC THỰC HIỆN', '2. Hai.']);
    expect(t.outline.map(([id]) => id)).toEqual(['I', 'I/1', 'I/2']);
  });

  it('reads strokes alone on their line as the next part, its heading on the next line or wrapped after one word', () => {
    const s = outline(['I. MỤC ĐÍCH, YÊU CẦU', '1. Một.', 'HI.', 'ĐÁNH GIÁ NGUY CƠ SAU LỤT BÃO', '1. Hai.', 'v.TỔ ;', 'CHỨC THỰC HIỆN', '1. Ba.']);
    expect(s.outline.map(([id]) => id)).toEqual(['I', 'I/1', 'II', 'II/1', 'III', 'III/1']);
    // A word ending a sentence on its own line is no numeral ("… thiên" / "tai.").
    const t = outline(['I. MỤC ĐÍCH, YÊU CẦU', '1. Giảm thiểu thiệt hại do thiên', 'tai.', 'II. NỘI', 'DUNG KẾ HOẠCH', '1. Hai.']);
    expect(t.outline.map(([id]) => id)).toEqual(['I', 'I/1', 'II', 'II/1']);
  });

  it('does not take a range wrapped at its hyphen for a dash item', () => {
    const s = outline(['1. Chuyển nguồn kinh phí của giai đoạn 2021', '- 2025 sang giai đoạn 2026 - 2030.', '2. Hai.']);
    expect(s.outline.map(([id]) => id)).toEqual(['1', '2']);
  });

  it('does not take a hyphen wrapped to the start of a line for a dash item', () => {
    const s = outline(['1. Bảo đảm hạ tầng công nghệ thông tin, viễn thông', '- để phục vụ ngay cho công việc.', '2. Hai.']);
    expect(s.outline.map(([id]) => id)).toEqual(['1', '2']);
  });

  it('tells headings from text and joins wrapped lines into paragraphs', () => {
    const [part] = sections([
      'I- MỤC ĐÍCH, YÊU CẦU',
      '',
      '1. Mục đích',
      '',
      'Thống nhất cao nhận thức và đề ra những biện pháp cụ thể để kịp thời khắc',
      'phục những hạn chế, khuyết điểm.',
      '',
      '2. Việc sắp xếp, tinh gọn bộ máy của hệ thống chính trị theo Nghị quyết,',
      'Kết luận của Trung ương',
      '',
      '- Tập trung nghiên cứu.',
    ]);
    const [first, second] = part!.children.filter((c): c is SectionNode => c.type === 'section');
    expect(part!.data.heading).toBe('MỤC ĐÍCH, YÊU CẦU');
    expect(first!.data).toMatchObject({
      heading: 'Mục đích',
      text: 'Thống nhất cao nhận thức và đề ra những biện pháp cụ thể để kịp thời khắc phục những hạn chế, khuyết điểm.',
    });
    expect(second!.data.heading).toBe('Việc sắp xếp, tinh gọn bộ máy của hệ thống chính trị theo Nghị quyết, Kết luận của Trung ương');
    expect(second!.data.text).toBe('');
  });

  it('keeps a time cut before its number in one paragraph', () => {
    const [item] = sections(['1. Tuyên truyền, phổ biến Luật.', '', '- Thời gian thực hiện: Quý', 'IV năm 2025 và các năm tiếp theo.', '', '- Cơ quan phối hợp: Năm', '2026 hoặc sau đó.']);
    const dashes = item!.children.filter((c): c is SectionNode => c.type === 'section');
    expect(dashes.map((d) => d.data.text)).toEqual(['Thời gian thực hiện: Quý IV năm 2025 và các năm tiếp theo.', 'Cơ quan phối hợp: Năm 2026 hoặc sau đó.']);
  });

  it('keeps a body\'s head word that OCR left alone above a blank line with the rest of its name', () => {
    const [item] = sections(['1. Các sở hướng dẫn kiểm kê. Trong đó:', '+Số', '', 'Xây dựng: hướng dẫn kiểm kê tài sản giao thông.', '+ Bộ', '', 'Tài chính: hướng dẫn chung.']);
    const plus = item!.children.filter((c): c is SectionNode => c.type === 'section');
    expect(plus.map((d) => d.data.text)).toEqual(['Số Xây dựng: hướng dẫn kiểm kê tài sản giao thông.', 'Bộ Tài chính: hướng dẫn chung.']);
  });

  it('rejoins a paragraph across a page number', () => {
    const [item] = sections(['1. Chỉ đạo các đồng chí Ủy viên tăng cường giám sát thường xuyên,', '', '3', '', 'kịp thời phát hiện, chấn chỉnh hạn chế.']);
    expect(item!.data.text).toBe('Chỉ đạo các đồng chí Ủy viên tăng cường giám sát thường xuyên, kịp thời phát hiện, chấn chỉnh hạn chế.');
    expect(item!.children.some((c) => c.type === 'ignorable' && c.data.reason === 'page-number')).toBe(true);
  });
});

describe('tasks', () => {
  it('names parts by the words a heading starts with', () => {
    expect(partOfHeading('NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM')).toBe('task');
    expect(partOfHeading('CHỈ TIÊU, NHIỆM VỤ, GIẢI PHÁP')).toBe('task');
    // OCR debris between the words of a heading is no separator.
    expect(partOfHeading('NƠI ; , DỪNG HOẠT ĐỘNG TRIỂN KHAI')).toBe('task');
    // The steps of a procedure, whatever it issues.
    expect(partOfHeading('Trình tự ban hành Danh mục loài ngoại lai xâm hại')).toBe('task');
    expect(partOfHeading('MUC PIiCH, YEU CAU')).toBe('other');
    expect(partOfHeading('Các nhiệm vụ chung')).toBe('task');
    expect(partOfHeading('Chỉ tiêu cụ thể')).toBe('other');
    expect(partOfHeading('Việc tiếp tục thực hiện Nghị quyết số 57-NQ/TW')).toBeNull();
  });

  it('reads plans that put their tasks under content, activities or progress', () => {
    expect(partOfHeading('NỘI DUNG HOẠT ĐỘNG TRIỂN KHAI')).toBe('task');
    expect(partOfHeading('NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM')).toBe('task');
    expect(partOfHeading('CÁC HOẠT ĐỘNG CHỦ YẾU')).toBe('task');
    expect(partOfHeading('Lộ trình thực hiện')).toBe('task');
    // Funding: the sources are no work, the budgeting handed to a body is; item by item.
    expect(partOfHeading('KINH PHÍ THỰC HIỆN')).toBe('open');
    expect(partOfHeading('TIÊU CHÍ THI ĐUA')).toBe('other');
    expect(partOfHeading('Nội dung chi')).toBe('other');
    expect(partOfHeading('Mức chi hỗ trợ')).toBe('other');
    // An event's what, when and where is no list of tasks; with someone's duties beside it, it is.
    expect(partOfHeading('NỘI DUNG, THỜI GIAN VÀ ĐỊA ĐIỂM TỔ CHỨC HỘI NGHỊ')).toBe('other');
    expect(partOfHeading('NỘI DUNG, ĐỊA ĐIỂM, PHÂN CÔNG NHIỆM VỤ')).toBe('task');
    // Proposals are asked of the levels above in a plan, answered with orders in conclusions: item by item.
    expect(partOfHeading('VỀ CÁC ĐỀ XUẤT, KIẾN NGHỊ CỦA THÀNH PHỐ')).toBe('open');
    // The forms a plan's work takes are judged item by item; an event's format beside its place is not work.
    expect(partOfHeading('Hình thức')).toBe('open');
    expect(partOfHeading('THỜI GIAN, ĐỊA ĐIỂM, HÌNH THỨC')).toBe('other');
  });

  it('takes the budgeting a funding part hands to bodies as tasks, not the sources of funds', () => {
    const s = sections([
      'III. KINH PHÍ BẢO ĐẢM',
      '1. Kinh phí thực hiện Kế hoạch được bảo đảm từ ngân sách nhà nước và các nguồn hợp pháp khác.',
      '2. Đối với các nhiệm vụ năm 2025, các sở, ngành liên quan chủ động cân đối bố trí kinh phí.',
      '3. Sở Tài chính, trên cơ sở đề xuất của các cơ quan, đơn vị, chủ trì tổng hợp trình cấp có thẩm quyền.',
    ]);
    const items = s[0]!.children.filter((c): c is SectionNode => c.type === 'section');
    expect(items.map((c) => c.data.isTask)).toEqual([false, true, true]);
  });

  it('reads a heading that opens with work as no part, whatever its later words', () => {
    expect(partOfHeading('Tổng hợp, phân tích, dự báo giá thị trường')).toBeNull();
    expect(partOfHeading('Dự báo tình hình')).toBe('other');
    expect(partOfHeading('Đánh giá kết quả thực hiện')).toBe('other');
  });

  it('takes a named body "có trách nhiệm" as handing work out under any heading', () => {
    const s = sections(['I. TÌNH HÌNH CHUNG', '1. Sở quản lý ngành, lĩnh vực có trách nhiệm chủ trì đề xuất.', '2. Sở Y tế chủ trì đối với các mặt hàng thuốc.']);
    const items = s[0]!.children.filter((c): c is SectionNode => c.type === 'section');
    expect(items.map((c) => c.data.isTask)).toEqual([true, true]);
  });

  it('takes every article of a decision whose title divides work as a task part', () => {
    const lines = ['Điều 1. Phạm vi điều chỉnh', '', 'Quyết định này quy định về phân công nhiệm vụ.', '', 'Điều 2. Bình ổn giá', '', 'Sở Tài chính tổng hợp, báo cáo kết quả bình ổn giá.', '', 'Điều', '3. Kiểm tra yếu tố hình thành giá', '', 'Các Sở thực hiện kiểm tra yếu tố hình thành giá.', '', 'Điều 4. Trách nhiệm thi hành'];
    const items = segmentLines(toLines(['ỦY BAN NHÂN DÂN TỈNH BẮC NINH', 'Số: 84/2025/QĐ-UBND', 'Bắc Ninh, ngày 28 tháng 11 năm 2025', '', 'QUYẾT ĐỊNH', 'QUY ĐỊNH PHÂN CÔNG NHIỆM VỤ QUẢN LÝ NHÀ NƯỚC VỀ GIÁ', '', ...lines].join('\n'))).blocks.filter((b): b is SectionNode => b.type === 'section');
    expect(items.map((c) => [c.data.label, c.data.heading, c.data.isTask])).toEqual([
      ['1', 'Phạm vi điều chỉnh', false],
      ['2', 'Bình ổn giá', true],
      ['3', 'Kiểm tra yếu tố hình thành giá', true],
      ['4', null, false],
    ]);
  });

  it('takes an item that hands work to a named body as a task under any heading', () => {
    const s = sections(['I. ĐÁNH GIÁ CHUNG', 'Tỉnh đã đạt nhiều kết quả.', 'II. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH', '1. Về kiến nghị bổ sung vốn: Giao Bộ Tài chính chủ trì, xem xét, xử lý.', '2. Về kiến nghị đầu tư cao tốc: Tỉnh đã có văn bản báo cáo.']);
    const items = s[1]!.children.filter((c): c is SectionNode => c.type === 'section');
    expect(items.map((c) => c.data.isTask)).toEqual([true, false]);
  });

  it('does not break a title on a line that stops after a two-word head ("Hiệp hội" / "Doanh nghiệp tỉnh")', () => {
    const s = sections(['I. TỔ CHỨC THỰC HIỆN', '1. Đề nghị: Hiệp hội', 'Doanh nghiệp tỉnh, Hội Nông dân tỉnh', '', 'a) Tuyên truyền, vận động hội viên.']);
    const items = s[0]!.children.filter((c): c is SectionNode => c.type === 'section');
    expect(items[0]!.data.heading).toBe('Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh');
  });

  it('does not break a paragraph on a line that stops mid-name, and reads a bullet alone on its line', () => {
    const s = sections(['II. TỔ CHỨC THỰC HIỆN', '1.', 'Sở Tài chính - Cơ quan thường trực', '-', 'Tuyên truyền, phổ biến kế hoạch.', '2. Giao Sở', 'Nông nghiệp và Môi trường chủ trì thực hiện.']);
    const items = s[0]!.children.filter((c): c is SectionNode => c.type === 'section');
    expect(items[0]!.data.heading).toBe('Sở Tài chính - Cơ quan thường trực');
    expect(items[0]!.children.filter((c) => c.type === 'section')).toHaveLength(1);
    expect(items[1]!.data.text).toBe('Giao Sở Nông nghiệp và Môi trường chủ trì thực hiện.');
  });

  it('opens Roman parts at II and reads a number standing alone on its line', () => {
    const s = sections(['II. MỤC', 'ĐÍCH, YÊU CẦU', '1. Nâng cao nhận thức.', 'III.', 'TỔ CHỨC THỰC HIỆN', '1.', 'Sở Y tế chủ trì triển khai.']);
    expect(s.map((x) => x.data.label)).toEqual(['II', 'III']);
    expect(s[0]!.data.heading).toBe('MỤC ĐÍCH, YÊU CẦU');
    const tasks = s[1]!.children.filter((c) => c.type === 'section');
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.type === 'section' && tasks[0]!.data.isTask).toBe(true);
  });

  it('reads an article number a scan set apart: a blank line before its title, OCR marks and a speck after it', () => {
    const s = sections(['Diéu 1.', '', 'Phạm vi điều chỉnh', '1. Quy chế này quy định việc phối hợp.', 'Diéu 2. ;', '', 'Nguyên tắc phối hợp', '1. Bảo đảm chủ động, kịp thời.']);
    expect(s.map((x) => [x.data.kind, x.data.label, x.data.heading])).toEqual([
      ['article', '1', 'Phạm vi điều chỉnh'],
      ['article', '2', 'Nguyên tắc phối hợp'],
    ]);
  });

  it('reads the articles of a decision: those that enact or close it are no tasks', () => {
    const s = sections(['Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện.', 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.', 'Điều 3. Chánh Văn phòng, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này.']);
    expect(s.map((x) => [x.data.kind, x.data.label, x.data.isTask])).toEqual([
      ['article', '1', false],
      ['article', '2', false],
      ['article', '3', false],
    ]);
    const orders = sections(['Điều 1. Giao Sở Y tế chủ trì kiểm tra an toàn thực phẩm trong tháng 12/2025.', 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.']);
    expect(orders.map((x) => x.data.isTask)).toEqual([true, false]);
  });

  it('reads the targets listed under a heading of tasks as no tasks, unless they hand the work to someone', () => {
    const tasks = sections(['III. NỘI DUNG THI ĐUA', '1. Nội dung', '(1) 100% số người hưởng trợ cấp xã hội được chi trả.', '(2) Ít nhất 85% người hưởng trợ cấp mở mới tài khoản.', '(3) Giao Sở Y tế chủ trì kiểm tra việc chi trả.']);
    const isTask = (x: SectionNode): Array<[string, boolean]> => [[x.data.label ?? '', x.data.isTask], ...x.children.filter((c): c is SectionNode => c.type === 'section').flatMap(isTask)];
    expect(tasks.flatMap(isTask).filter(([label]) => label.startsWith('('))).toEqual([
      ['(1)', false],
      ['(2)', false],
      ['(3)', true],
    ]);
  });

  it('keeps a closing article whose first line was cut short whole, so it is still the closing article', () => {
    const s = sections(['Điều 1. Giao Sở Y tế chủ trì kiểm tra an toàn thực phẩm.', 'Điều 2. Chánh', 'Văn phòng Bộ, Vụ trưởng Vụ Kế hoạch, Tài chính chịu trách nhiệm thi hành Quyết định này./.']);
    expect(s.map((x) => [x.data.label, x.data.isTask])).toEqual([
      ['1', true],
      ['2', false],
    ]);
    expect(s[1]!.data.text).toContain('Văn phòng Bộ');
  });

  it('reads the closing formula as an item of the last article as no task', () => {
    const s = sections([
      'Điều 1. Phê duyệt danh mục.',
      'Điều 2. Tổ chức thực hiện',
      '1. Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì triển khai thực hiện Quyết định này.',
      '2. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Dân tộc và Tôn giáo, Nội vụ chịu trách nhiệm thi hành Quyết định này./.',
    ]);
    const items = s[1]!.children.filter((c): c is SectionNode => c.type === 'section');
    expect(items.map((x) => [x.data.label, x.data.isTask])).toEqual([
      ['1', true],
      ['2', false],
    ]);
  });

  it('reads a board set up with its members as no task, nor "căn cứ quyết định thi hành"', () => {
    const s = sections([
      'Điều 1. Thành lập Ban bầu cử ở đơn vị bầu cử số 1, gồm các ông, bà có tên sau đây:',
      '1. Ông Nguyễn Văn A, Phó Chủ tịch Ủy ban nhân dân Phường, Trưởng ban;',
      '2. Bà Trần Thị B, Công chức Văn phòng, Ủy viên.',
      'Điều 2. Ban bầu cử thực hiện nhiệm vụ, quyền hạn theo quy định.',
      'Điều 3. Chánh Văn phòng và các ông, bà có tên tại Điều 1 căn cứ quyết định thi hành./.',
    ]);
    const isTask = (x: SectionNode): boolean[] => [x.data.isTask, ...x.children.filter((c): c is SectionNode => c.type === 'section').flatMap(isTask)];
    expect(s.flatMap(isTask)).toEqual([false, false, false, true, false]);
  });

  it('marks items with their own text in task parts, not headings or aims', () => {
    const s = outline([
      'I- MỤC ĐÍCH, YÊU CẦU',
      '1. Quán triệt sâu rộng.',
      'II- NHIỆM VỤ, GIẢI PHÁP',
      '1. Việc khắc phục hạn chế',
      '',
      '1.1. Sở Nội vụ tham mưu.',
      '- Rà soát bộ máy.',
      '2. Chỉ tiêu cụ thể',
      '',
      '2.1. Đạt 100% hồ sơ trực tuyến.',
      'III- TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng theo dõi.',
    ]);
    expect(s.taskIds).toEqual(['II/1/1.1', 'II/1/1.1/-1', 'III/1']);
  });

  it('takes a flat list of directions (a Công văn) as tasks', () => {
    const s = outline(['1. Tiếp tục tập trung lãnh đạo.', '2. Trong tháng 9/2025, Sở Nội vụ tham mưu.']);
    expect(s.taskIds).toEqual(['1', '2']);
  });

  it('puts the closing formula after the last item, not in it', () => {
    const s = outline([
      '1. Tiếp tục tập trung lãnh đạo.',
      '2. Tăng cường kiểm tra, giám sát.',
      '',
      'Các cấp ủy, tổ chức đảng nghiêm túc thực hiện Công văn này; kịp thời báo cáo.',
    ]);
    expect([s.outline.length, s.closing]).toEqual([2, 1]);
  });
});
