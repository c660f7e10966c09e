import { describe, expect, it } from 'vitest';
import { findAgencies } from '../../src/extract/agencies/index.js';
import { assignRoles } from '../../src/extract/agencies/roles.js';

const leadOf = (text: string) => assignRoles(text, findAgencies(text), []).lead.map((a) => a.agency.canonical);

describe('roles under a label', () => {
  const roles = (text: string) => {
    const r = assignRoles(text, findAgencies(text), []);
    return { lead: r.lead.map((a) => a.agency.canonical), partners: r.partners.map((a) => a.agency.canonical) };
  };
  it('keeps the words of the clause: a partner after "phối hợp", no role for the body advised', () => {
    expect(roles('- Cơ quan thực hiện: Sở Nội vụ chủ trì tham mưu Ủy ban nhân dân tỉnh ban hành Kế hoạch; Sở Tư pháp tổ chức triển khai.')).toEqual({
      lead: ['Sở Nội vụ', 'Sở Tư pháp'],
      partners: [],
    });
    expect(roles('- Đơn vị thực hiện: Sở Y tế chủ trì, phối hợp với Sở Tài chính.')).toEqual({ lead: ['Sở Y tế'], partners: ['Sở Tài chính'] });
  });
});

describe('bodies described rather than named', () => {
  const partnersOf = (text: string) => assignRoles(text, findAgencies(text), []).partners.map((a) => a.agency.canonical);
  it.each([
    ['Sở Y tế chủ trì, phối hợp với các ngành liên quan tổ chức thực hiện.', 'Các ngành liên quan'],
    ['Sở Y tế phối hợp với các cơ quan báo chí tuyên truyền.', 'Các cơ quan báo chí'],
    ['Sở Công Thương chủ trì, phối hợp các đơn vị điện lực trong việc rà soát.', 'Các đơn vị điện lực'],
    // "liên quan" closes it: the listed collective, not a description running on past the comma.
    ['Tỉnh ủy chỉ đạo tăng cường phối hợp với các cơ quan liên quan, phát huy tốt vai trò của cán bộ, đảng viên tham gia.', 'Các cơ quan, đơn vị liên quan'],
  ])('partners: %s', (text, partner) => expect(partnersOf(text)).toEqual([partner]));

  it.each([
    ['Các doanh nghiệp viễn thông triển khai phủ sóng các thôn, bản.', 'Các doanh nghiệp viễn thông'],
    ['Các Trung tâm Y tế tổ chức giám sát ca bệnh.', 'Các Trung tâm Y tế'],
    ['Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương chỉ đạo thực hiện.', 'Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương'],
    ['Đề nghị các Thuế tỉnh, thành phố khẩn trương báo cáo.', 'Các Thuế tỉnh, thành phố'],
    ['Các cơ sở nuôi trồng thủy sản có trách nhiệm phối hợp lấy mẫu.', 'Các cơ sở nuôi trồng thủy sản'],
    ['Các cơ quan, tổ chức, đơn vị thuộc Ủy ban nhân dân thành phố nghiêm túc thực hiện.', 'Các cơ quan, tổ chức, đơn vị thuộc Ủy ban nhân dân thành phố'],
  ])('leads: %s', (text, lead) => expect(leadOf(text)).toContain(lead));

  it('keeps the collective name of a list of common nouns', () => {
    expect(leadOf('Các sở, ban, ngành tỉnh chủ động triển khai.')).toEqual(['Các sở, ban, ngành tỉnh']);
  });

  it('does not read a list of bodies as one', () => {
    const lead = leadOf('Các ban của Tỉnh ủy, ban cán sự đảng, Tỉnh đoàn xây dựng kế hoạch.');
    expect(lead.some((l) => l.startsWith('Các ban của Tỉnh ủy,'))).toBe(false);
  });

  it('finds nothing in a phrase with no verb after it, or inside a sentence', () => {
    expect(findAgencies('Tăng cường hỗ trợ các doanh nghiệp nhỏ và vừa trên địa bàn.').map((h) => h.agency.canonical)).toEqual([]);
    expect(findAgencies('Các doanh nghiệp trong lĩnh vực xây dựng, giao thông.').map((h) => h.agency.canonical)).toEqual([]);
  });

  it('goes on past a small noun after a comma while no body is named yet', () => {
    expect(leadOf('Các cơ quan chuyên môn, cơ quan hành chính khác thuộc Ủy ban nhân dân Thành phố chịu trách nhiệm triển khai.')).toEqual([
      'Các cơ quan chuyên môn, cơ quan hành chính khác thuộc Ủy ban nhân dân Thành phố',
    ]);
    expect(leadOf('Các cơ quan quản lý cấp trên có trách nhiệm hướng dẫn.')).toEqual(['Các cơ quan quản lý cấp trên']);
    expect(leadOf('Các doanh nghiệp có cửa hàng bán lẻ xăng dầu thực hiện niêm yết giá.')).toEqual(['Các doanh nghiệp có cửa hàng bán lẻ xăng dầu']);
  });

  it('ends a list of nouns where a member opens a known name', () => {
    expect(leadOf('Các sở, ban, ngành, Ủy ban nhân dân các xã, phường tổ chức thực hiện.')).toEqual(['Các sở, ban, ngành tỉnh', 'Ủy ban nhân dân các xã, phường']);
  });

  it('names mass organisations printed without their level, and lists them', () => {
    expect(leadOf('Mặt trận Tổ quốc, Đoàn Thanh niên, Hội Phụ nữ hỗ trợ người dân.')).toEqual(['Mặt trận Tổ quốc Việt Nam', 'Đoàn Thanh niên', 'Hội Phụ nữ']);
  });

  it('does not stop at a verb that completes a noun ("lĩnh vực xây dựng")', () => {
    expect(leadOf('Các doanh nghiệp hoạt động trong lĩnh vực xây dựng chủ động rà soát.')).toEqual(['Các doanh nghiệp hoạt động trong lĩnh vực xây dựng']);
  });
});

describe('descriptions and lists of nouns together', () => {
  const roles = (text: string) => {
    const r = assignRoles(text, findAgencies(text), []);
    return { lead: r.lead.map((a) => a.agency.canonical), partners: r.partners.map((a) => a.agency.canonical) };
  };

  it('reads a description past the collective nouns it opens with as one body, as printed', () => {
    expect(leadOf('Các cơ quan, đơn vị, địa phương, doanh nghiệp căn cứ chức năng, nhiệm vụ triển khai thực hiện.')).toEqual([
      'Các cơ quan, đơn vị, địa phương, doanh nghiệp',
    ]);
    expect(leadOf('Các cơ quan, đơn vị, địa phương căn cứ chức năng, nhiệm vụ triển khai thực hiện.')).toEqual(['Các cơ quan, đơn vị, địa phương']);
  });

  it('takes a verb right after a list of nouns for the predicate', () => {
    expect(roles('Sở Nội vụ phối hợp với các sở, ban, ngành tham mưu, thành lập, kiện toàn các Ban Chỉ đạo.').partners).toEqual(['Các sở, ban, ngành tỉnh']);
  });

  it('goes on describing one group after ", các …", and ends one before "và các …"', () => {
    expect(
      leadOf('Các cơ quan chuyên môn, các đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân thành phố có trách nhiệm triển khai.'),
    ).toEqual(['Các cơ quan chuyên môn, các đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân thành phố']);
    expect(leadOf('Các sở, cơ quan trực thuộc Sở và các cơ quan liên quan trong phạm vi chức năng, nhiệm vụ triển khai thực hiện.')).toEqual([
      'Các sở, cơ quan trực thuộc Sở',
      'Các cơ quan, đơn vị liên quan',
    ]);
  });

  it('knows the nouns of political bodies and the verb "cụ thể hóa"', () => {
    expect(leadOf('Các sở, ban, ngành, đơn vị, tổ chức chính trị - xã hội, hội, đoàn thể triển khai thực hiện.')).toEqual([
      'Các sở, ban, ngành, đơn vị, tổ chức chính trị - xã hội, hội, đoàn thể',
    ]);
    expect(leadOf('Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương cụ thể hóa Kết luận.')).toEqual([
      'Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương',
    ]);
  });

  it('asks the body named after an opening clause and its connective', () => {
    expect(roles('Theo nội dung nêu tại công văn số 4814/CCTKV.05-TTKT3, Công ty đang được thanh tra, do đó đề nghị Thuế thành phố Hải Phòng xử lý theo thẩm quyền.').lead).toEqual([
      'Thuế thành phố Hải Phòng',
    ]);
  });

  it('takes the bodies a parenthesis lists after a group for the partners, and the state groups by their short names', () => {
    expect(roles('Sở Khoa học và Công nghệ chủ trì, phối hợp chặt chẽ với các nhà mạng (Viettel Nghệ An, VNPT Nghệ An, MobiFone Nghệ An) triển khai phủ sóng.').partners).toEqual([
      'Viettel Nghệ An',
      'VNPT Nghệ An',
      'MobiFone Nghệ An',
    ]);
    expect(roles('Sở Y tế phối hợp với các đơn vị (trừ trường hợp đặc biệt) tổ chức thực hiện.').partners).toEqual([]);
    expect(leadOf('Tập đoàn Viettel khẩn trương phủ sóng các thôn, bản.')).toEqual(['Tập đoàn Công nghiệp - Viễn thông Quân đội']);
  });

  it('takes the members a parenthesis names after a group opening the sentence for the leads', () => {
    expect(roles('Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban Quản lý các khu công nghiệp) có trách nhiệm tiếp nhận hồ sơ.').lead).toEqual([
      'Sở Tài chính',
      'Ban Quản lý các khu công nghiệp',
    ]);
  });
});
