import { describe, expect, it } from 'vitest';
import { findAgencies } from '../../src/extract/agencies/index.js';
import { cityNames, communeListSpellings, communeNames, parseGazetteer, withoutAnd } from '../../src/extract/agencies/gazetteer.js';
import { openDictionary } from '../../src/dict/index.js';
import { ocrCost } from '../../src/extract/text/ocr-cost.js';

const names = (text: string) => findAgencies(text).map((h) => h.agency.canonical);

describe('OCR word cost', () => {
  it.each([
    ['thudng', 'thuong'],
    ['gy', 'uy'],
    ['tiy', 'uy'],
    ['t6', 'to'],
    ['chirc', 'chuc'],
    ['pang', 'dang'],
    ['ctia', 'cua'],
    ['phdi', 'phoi'],
    ['tmh', 'tinh'],
    ['tir', 'tu'],
  ])('reads %s as %s', (seen, want) => {
    expect(ocrCost(seen, want)).toBeLessThan(Infinity);
  });

  it.each([
    ['nhan', 'ban'],
    ['quyet', 'quy'],
    ['hanh', 'tinh'],
    ['x', 'xa'],
  ])('does not read %s as %s', (seen, want) => {
    expect(ocrCost(seen, want)).toBe(Infinity);
  });

  it('gives up on long words at once', () => {
    expect(ocrCost('7'.repeat(100_000), 'tinh')).toBe(Infinity);
  });
});

describe('gazetteer names', () => {
  it('maps abbreviations and variants to the canonical name', () => {
    expect(names('UBND tỉnh chỉ đạo')).toEqual(['Ủy ban nhân dân tỉnh']);
    expect(names('Đảng ủy UBND tỉnh lãnh đạo')).toEqual(['Đảng ủy Ủy ban nhân dân tỉnh']);
    expect(names('MTTQ Việt Nam tỉnh')).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh']);
    expect(names('BTV Tỉnh ủy')).toEqual(['Ban Thường vụ Tỉnh ủy']);
  });

  it('covers the provincial bodies after the 2025 reorganisation', () => {
    for (const name of [
      'Ban Tổ chức Tỉnh ủy',
      'Ban Tuyên giáo và Dân vận Tỉnh ủy',
      'Ủy ban Kiểm tra Tỉnh ủy',
      'Văn phòng Tỉnh ủy',
      'Đảng ủy Ủy ban nhân dân tỉnh',
      'Sở Nội vụ',
      'Sở Tài chính',
      'Sở Nông nghiệp và Môi trường',
      'Công an tỉnh',
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
      'Ủy ban nhân dân các xã, phường',
    ]) {
      expect(names(`${name} thực hiện`)).toEqual([name]);
    }
  });

  it('reads names through OCR damage', () => {
    expect(names('Ban Thudng vụ Tỉnh Gy chỉ đạo')).toEqual(['Ban Thường vụ Tỉnh ủy']);
    expect(names('Bản T6 chikc Tỉnh iy')).toEqual(['Ban Tổ chức Tỉnh ủy']);
    expect(names('Pang ủy các cơ quan Pang tỉnh')).toEqual(['Đảng ủy các cơ quan Đảng tỉnh']);
    expect(names('S& Nội vụ tham mưu')).toEqual(['Sở Nội vụ']);
    expect(names('$6 Nội vụ tham mưu')).toEqual(['Sở Nội vụ']);
    expect(names('Ding đoàn Hpi đồng nhìn din tỉnh')).toEqual(['Đảng đoàn Hội đồng nhân dân tỉnh']);
  });

  it('prefers a longer damaged name to a shorter exact one', () => {
    expect(names('các cấp ủy, td chic dạng')).toEqual(['Các cấp ủy, tổ chức đảng']);
  });

  it('does not read short ordinary words as names', () => {
    expect(names('tình yêu quê hương và bản sắc dân tộc')).toEqual([]);
    expect(names('ban hành văn bản')).toEqual([]);
  });

  it('ignores commas inside names, as documents often drop them', () => {
    expect(names('Sở Văn hóa Thể thao và Du lịch')).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(names('Các cơ quan tham mưu giúp việc Tỉnh ủy')).toEqual(['Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy']);
  });

  it('keeps the place after a body of another province', () => {
    expect(names('UBND tỉnh Thái Bình')).toEqual(['Ủy ban nhân dân tỉnh Thái Bình']);
  });

  it('reads a name part of three syllables where the name goes on or stops after it', () => {
    expect(names('phối hợp với Trung tâm Chuyển đổi số Thành phố, Công an Thành phố')).toEqual(['Trung tâm Chuyển đổi số Thành phố', 'Công an thành phố']);
    expect(names('Phòng Nội chính thuộc Văn phòng Ủy ban nhân dân tỉnh')[0]).toBe('Phòng Nội chính');
  });

  it('reads no unseen body out of a line of capitals, but for a department', () => {
    expect(names('I. PHÒNG THỦ DÂN SỰ')).toEqual([]);
    expect(names('II. BỘ VĂN BẢN QUY PHẠM PHÁP LUẬT')).toEqual([]);
    expect(names('III. SỞ THỂ THAO')).toEqual(['SỞ THỂ THAO']);
    expect(names('Phòng Kinh tế chủ trì')).toEqual(['Phòng Kinh tế']);
  });

  it('names the place as the places table spells it, and takes no sentence for a place', () => {
    expect(names('Tỉnh ủy tỉnh Thái Binh chỉ đạo')).toEqual(['Tỉnh ủy tỉnh Thái Bình']);
    // A commune the table lacks (before 2025) is kept as printed.
    expect(names('UBND xã Phước Lợi Hưng chủ trì')).toEqual(['Ủy ban nhân dân xã Phước Lợi Hưng']);
    // One capital after "Tỉnh ủy" is a place only if the table has it: here it opens the next sentence.
    expect(names('5. Ban Tổ chức Tỉnh ủy\nTham mưu đưa kết quả vào đánh giá.')).toEqual(['Ban Tổ chức Tỉnh ủy']);
    expect(names('6. Ủy ban Kiểm tra Tỉnh ủy\nTăng cường kiểm tra.')).toEqual(['Ủy ban Kiểm tra Tỉnh ủy']);
  });

  it('reads a list of communes in any order, with special zones or towns, as the one group', () => {
    expect(names('Ủy ban nhân dân các phường, xã, đặc khu triển khai')).toEqual(['Ủy ban nhân dân các xã, phường']);
    expect(names('UBND các xã, phường, thị trấn triển khai')).toEqual(['Ủy ban nhân dân các xã, phường']);
    expect(communeListSpellings('Đảng ủy các xã, phường')).toContain('Đảng ủy các phường, xã, đặc khu');
    expect(communeListSpellings('Sở Nội vụ')).toEqual([]);
  });

  it("names a listed body followed by another province's name as printed", () => {
    expect(names('Ban Quản lý Khu kinh tế Phú Yên chủ trì')).toEqual(['Ban Quản lý Khu kinh tế Phú Yên']);
    expect(names('Ban Quản lý Khu kinh tế chủ trì')).toEqual(['Ban Quản lý Khu kinh tế và các khu công nghiệp']);
  });

  it('reads a listed name typed without its "và"', () => {
    expect(names('Sở Văn hoá Thể thao du lịch chủ trì')).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(withoutAnd('Sở Nội vụ')).toEqual([]);
  });

  it("names a State Bank branch by its region, as printed", () => {
    expect(names('Ngân hàng Nhà nước chi nhánh khu vực 14 chủ trì')).toEqual(['Ngân hàng Nhà nước chi nhánh khu vực 14']);
  });

  it('reads a long name of many capitalised parts whole', () => {
    expect(names('Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam chủ trì')).toEqual(['Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam']);
  });

  it('reports a malformed gazetteer line with its number', () => {
    expect(() => parseGazetteer('Sở X\t\tnowhere\tstate')).toThrow(/line 1: bad level/u);
    expect(openDictionary().agencies().entries.length).toBeGreaterThan(100);
  });
});

describe('collective bodies', () => {
  it.each([
    ['các cơ quan, đơn vị triển khai', 'Các cơ quan, đơn vị'],
    ['đôn đốc các đơn vị, địa phương thực hiện', 'Các đơn vị, địa phương'],
    ['các địa phương, cơ quan, đơn vị', 'Các cơ quan, đơn vị, địa phương'],
    ['phối hợp với các sở, ngành, đơn vị, địa phương liên quan', 'Các cơ quan, đơn vị liên quan'],
    ['các sở, ban, ngành có liên quan', 'Các sở, ban, ngành tỉnh'],
    ['céc cơ quan, đơn vị ¢6 liên quan', 'Các cơ quan, đơn vị liên quan'],
  ])('%s', (text, canonical) => {
    expect(names(text)).toContain(canonical);
  });

  it('continues a subject list after a comma', () => {
    expect(names('Các cấp ủy, tổ chức đảng, cơ quan, địa phương, đơn vị thực hiện')).toEqual([
      'Các cấp ủy, tổ chức đảng',
      'Các cơ quan, đơn vị, địa phương',
    ]);
  });

  it('takes no single common noun for a body', () => {
    expect(names('phối hợp với các cơ quan tổ chức tập huấn')).toEqual([]);
  });

  it('but the mass organisations, named beside the Front', () => {
    expect(names('Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các Đoàn thể')).toContain('Các đoàn thể');
    expect(names('các đoàn thể được giao chủ trì')).toEqual([]);
  });
});

describe('names a list writes once', () => {
  it('shares a head word', () => {
    expect(names('Ban cán sự đảng Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh')).toEqual([
      'Ban cán sự đảng Tòa án nhân dân tỉnh',
      'Ban cán sự đảng Viện kiểm sát nhân dân tỉnh',
    ]);
    expect(names('Đảng đoàn Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh')).toEqual([
      'Đảng đoàn Mặt trận Tổ quốc Việt Nam tỉnh',
      'Đảng đoàn các tổ chức chính trị - xã hội tỉnh',
    ]);
  });

  it('shares a level word from the end', () => {
    expect(names('Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội tỉnh')).toEqual([
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
      'Các tổ chức chính trị - xã hội tỉnh',
    ]);
  });

  it('reads every department of "các sở: …"', () => {
    expect(names('Các sở: Công thương, Xây dựng, Tài chính; các xã, phường')).toEqual([
      'Sở Công Thương',
      'Sở Xây dựng',
      'Sở Tài chính',
      'Các xã, phường',
    ]);
  });

  it('reads one body per place of "Ủy ban nhân dân các tỉnh: …"', () => {
    expect(names('Bộ Công Thương và Ủy ban nhân dân các tỉnh: Lào Cai, Đồng Nai và Thái Nguyên chịu trách nhiệm')).toEqual([
      'Bộ Công Thương',
      'Ủy ban nhân dân tỉnh Lào Cai',
      'Ủy ban nhân dân tỉnh Đồng Nai',
      'Ủy ban nhân dân tỉnh Thái Nguyên',
    ]);
    expect(names('UBND các tỉnh, thành phố')).toEqual(['Ủy ban nhân dân các tỉnh, thành phố']);
  });

  it('reads every corporation of "các Tập đoàn: …", listed or not', () => {
    const hits = findAgencies('đề nghị các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội triển khai');
    expect(hits.map((h) => h.agency.canonical)).toEqual(['Tập đoàn Bưu chính Viễn thông Việt Nam', 'Tập đoàn Công nghiệp - Viễn thông Quân đội']);
    expect(hits.map((h) => h.agency.known)).toEqual([false, false]);
  });
});

describe('unseen agencies', () => {
  it('are recognised by their head word', () => {
    const [hit] = findAgencies('Sở Ngoại giao Kinh tế chủ trì');
    expect(hit?.agency).toMatchObject({ known: false, level: 'province', branch: 'state' });
    expect(names('Ban Kinh tế Tỉnh ủy')).toEqual(['Ban Kinh tế Tỉnh ủy']);
  });

  it('take a level after lower-case words of their name, and only with one', () => {
    expect(names('Trung tâm Kiểm soát bệnh tật tỉnh chủ trì')).toEqual(['Trung tâm Kiểm soát bệnh tật tỉnh']);
    expect(names('Ban Chỉ huy Phòng thủ dân sự cấp xã chỉ đạo')).toEqual(['Ban Chỉ huy Phòng thủ dân sự cấp xã']);
    expect(names('Hiệp hội Doanh nghiệp tỉnh vận động')).toEqual(['Hiệp hội Doanh nghiệp tỉnh']);
    expect(names('Trung tâm Kiểm soát bệnh tật')).toEqual(['Trung tâm Kiểm soát']);
    expect(names('Ban Chỉ huy Phòng thủ dân sự')).toEqual([]);
  });

  it('read no department out of "SỐ" in a line of capitals', () => {
    expect(names('CHUYỂN ĐỔI SỐ VÀ THÚC ĐẨY ỨNG DỤNG')).toEqual([]);
    expect(names('SỞ Y TẾ chủ trì')).toEqual(['Sở Y tế']);
  });

  it("include a body's office", () => {
    expect(names('qua Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh để tổng hợp')).toEqual(['Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh']);
    expect(names('Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo')).toEqual(['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
  });

  it('end before a joining word, and a description before the comma that leads to its verb', () => {
    expect(names('Ban Tuyên giáo và Dân vận Tỉnh ủy, Đài Phát thanh và Truyền hình Khánh Hòa cùng các cơ quan')).toContain('Đài Phát thanh và Truyền hình Khánh Hòa');
    expect(names('Đề nghị Thuế tỉnh Nghệ An phối hợp với các cơ quan chức năng của địa phương, kịp thời xử lý')).toEqual(['Thuế tỉnh Nghệ An', 'Các cơ quan chức năng của địa phương']);
  });

  it('are found after a head written with a comma', () => {
    expect(names('Báo và Phát thanh, Truyền hình Lai Châu tuyên truyền')).toEqual(['Báo và Phát thanh, Truyền hình Lai Châu']);
  });

  it('end where the next body of a list begins', () => {
    expect(names('Sở Ngoại giao Kinh tế, Ban Kinh tế Tỉnh ủy')).toEqual(['Sở Ngoại giao Kinh tế', 'Ban Kinh tế Tỉnh ủy']);
    expect(names('Bộ Thông tin và Truyền thông, Ủy ban nhân dân cấp tỉnh')).toEqual(['Bộ Thông tin và Truyền thông', 'Ủy ban nhân dân tỉnh']);
  });
});

describe("a centrally-run city's own bodies", () => {
  it("have the council's boards and deputies' groups as a province has", () => {
    expect(names('Giao Thường trực Hội đồng nhân dân Thành phố, các Ban Hội đồng nhân dân Thành phố, các Tổ đại biểu Hội đồng nhân dân Thành phố giám sát')).toEqual([
      'Thường trực Hội đồng nhân dân thành phố',
      'Các Ban Hội đồng nhân dân thành phố',
      'Các Tổ đại biểu Hội đồng nhân dân thành phố',
    ]);
  });

  it('mirror the province bodies of the same name, collective names aside', () => {
    expect(cityNames('Ủy ban nhân dân tỉnh')).toEqual(['Ủy ban nhân dân thành phố']);
    expect(cityNames('Văn phòng Tỉnh ủy')).toEqual(['Văn phòng Thành ủy']);
    expect(cityNames('Tỉnh ủy')).toEqual(['Thành ủy']);
    expect(cityNames('Các sở, ban, ngành tỉnh')).toEqual([]);
    expect(cityNames('Sở Nội vụ')).toEqual([]);
  });

  it('are found under their full names and abbreviations, with a place kept', () => {
    expect(names('Ủy ban nhân dân thành phố Đà Nẵng rà soát')).toEqual(['Ủy ban nhân dân thành phố Đà Nẵng']);
    expect(names('Thường trực HĐND Thành phố; Văn phòng Thành ủy')).toEqual(['Thường trực Hội đồng nhân dân thành phố', 'Văn phòng Thành ủy']);
  });
});

describe("a commune's own bodies", () => {
  it('mirror the province bodies of the same name', () => {
    expect(communeNames('Ủy ban nhân dân tỉnh')).toEqual(['Ủy ban nhân dân xã', 'Ủy ban nhân dân phường']);
    expect(communeNames('Văn phòng Tỉnh ủy')).toEqual(['Văn phòng Đảng ủy xã', 'Văn phòng Đảng ủy phường']);
    expect(communeNames('Tỉnh ủy')).toEqual(['Đảng ủy xã', 'Đảng ủy phường']);
    expect(communeNames('Sở Nội vụ')).toEqual([]);
  });

  it('are found under their full names and abbreviations, with a place kept', () => {
    expect(names('Ủy ban Kiểm tra Đảng ủy phường phối hợp với Công an phường')).toEqual(['Ủy ban Kiểm tra Đảng ủy phường', 'Công an phường']);
    expect(names('UBND xã Tân Lập báo cáo')).toEqual(['Ủy ban nhân dân xã Tân Lập']);
    expect(findAgencies('Hội Liên hiệp Phụ nữ xã')[0]?.agency).toMatchObject({ canonical: 'Hội Liên hiệp Phụ nữ xã', level: 'commune', known: true });
  });

  it('leave the listed names to their entries', () => {
    expect(names('Ủy ban nhân dân xã, phường')).toEqual(['Ủy ban nhân dân các xã, phường']);
    expect(names('Ban Chấp hành Đảng bộ xã')).toEqual(['Ban Chấp hành Đảng bộ xã']);
  });
});

describe('offices by head word', () => {
  it.each([
    ['Phòng Kinh tế, Hạ tầng và Đô thị tham mưu', 'Phòng Kinh tế, Hạ tầng và Đô thị'],
    ['Phòng Văn hóa - Xã hội chủ trì', 'Phòng Văn hóa - Xã hội'],
    ['Văn phòng Sở Y tế bố trí hội trường', 'Văn phòng Sở Y tế'],
  ])('%s', (text, canonical) => {
    expect(names(text)).toEqual([canonical]);
  });

  it('not "Phòng" as a verb', () => {
    expect(names('Phòng, chống tham nhũng, lãng phí')).toEqual([]);
    expect(names('Phòng chống dịch bệnh')).toEqual([]);
  });
});

describe('linear time', () => {
  it.each(['7', '/', '-', '.', 'số ', 'XIV', 'Ban ', 'các cơ quan, '])('a long run of %j', (unit) => {
    // A quarter megabyte tells linear from quadratic; the run of "số " is a full megabyte.
    const text = unit.repeat(Math.ceil((unit === 'số ' ? 1 << 20 : 1 << 18) / unit.length));
    expect(Array.isArray(findAgencies(text))).toBe(true);
  });
});

describe('words printed with their marks', () => {
  const canon = (text: string, trustMarks: boolean) => findAgencies(text, undefined, { trustMarks }).map((h) => h.agency.canonical);

  it('are not read as another name one consonant away when the marks are as printed', () => {
    expect(canon('Thủ trưởng các sở, ban, ngành chịu trách nhiệm', true)).toEqual(['Các sở, ban, ngành tỉnh']);
    expect(canon('Thủ tướng Chính phủ chỉ đạo', true)).toEqual(['Thủ tướng Chính phủ']);
  });

  it('may still have a vowel misread, and restored text is read through damage', () => {
    expect(canon('Ding đoàn Hpi đồng nhìn din tỉnh', true)).toEqual(['Đảng đoàn Hội đồng nhân dân tỉnh']);
    expect(canon('Thủ trưởng Chính phủ', false)).toEqual(['Thủ tướng Chính phủ']);
    // But no name ends on a word read as its neighbour: "Thủ trưởng" alone is no "Thủ tướng".
    expect(canon('Thủ trưởng các cơ quan', false)).not.toContain('Thủ tướng Chính phủ');
  });
});

describe('unseen bodies named by a head and a level', () => {
  it.each([
    ['Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh phối hợp', ['Tòa án nhân dân tỉnh', 'Viện kiểm sát nhân dân tỉnh']],
    ['Kho bạc Nhà nước khu vực XI và Kiểm toán Nhà nước khu vực II', ['Kho bạc Nhà nước khu vực XI', 'Kiểm toán Nhà nước khu vực II']],
    ['Thuế tỉnh Gia Lai hướng dẫn', ['Thuế tỉnh Gia Lai']],
    ['Tập đoàn Bưu chính Viễn thông Việt Nam chủ trì', ['Tập đoàn Bưu chính Viễn thông Việt Nam']],
    ['Hội Nông dân tỉnh tuyên truyền', ['Hội Nông dân tỉnh']],
    ['Đài Truyền hình Việt Nam đưa tin', ['Đài Truyền hình Việt Nam']],
    // A verb among the name's words when a capitalised level closes it; a lower-case level after a verb is no name's.
    ['Viện Nghiên cứu phát triển Thành phố chủ trì', ['Viện Nghiên cứu phát triển Thành phố']],
    ['Trung tâm Dịch vụ việc làm Thành phố hướng dẫn', ['Trung tâm Dịch vụ việc làm Thành phố']],
    // Lower-case words before "và" and a capitalised part: one name, to the verb after it.
    ['Cục Bảo tồn thiên nhiên và Đa dạng sinh học thành lập Hội đồng', ['Cục Bảo tồn thiên nhiên và Đa dạng sinh học']],
    ['Sở Y tế và Sở Tài chính chủ trì', ['Sở Y tế', 'Sở Tài chính']],
  ])('%s', (text, expected) => {
    expect(findAgencies(text).map((h) => h.agency.canonical)).toEqual(expected);
  });
});

describe('ministries as a collective', () => {
  it.each([
    ['Các bộ, ngành liên quan phối hợp', ['Các bộ, ngành liên quan']],
    ['các bộ, cơ quan, địa phương triển khai', ['Các bộ, ngành, địa phương']],
    ['Bộ Xây dựng chủ trì, phối hợp với các bộ, ngành có liên quan', ['Bộ Xây dựng', 'Các bộ, ngành liên quan']],
  ])('%s', (text, expected) => {
    expect(findAgencies(text).map((h) => h.agency.canonical)).toEqual(expected);
  });
});
