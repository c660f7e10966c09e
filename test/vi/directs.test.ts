import { describe, expect, it } from 'vitest';
import { directs } from '../../src/vi/directs.js';

describe('directs: whether a sentence hands out work', () => {
  it.each([
    'Khẩn trương rà soát, chuẩn hóa kết quả giải quyết thủ tục hành chính.',
    'Hoàn thành việc nâng cấp Hệ thống thông tin giải quyết TTHC trong tháng 11 năm 2025.',
    'Bộ trưởng Bộ Công Thương hoàn thành việc rà soát, bổ sung phương án.',
    'Sở Y tế chủ trì, phối hợp với các đơn vị liên quan tổ chức tập huấn.',
    'Giao Bộ Xây dựng chủ trì, phối hợp với Văn phòng Chính phủ.',
    'Đề nghị Thuế tỉnh Lào Cai phối hợp với các cơ quan liên quan rà soát hồ sơ.',
    'Các sở, ban, ngành tỉnh có trách nhiệm triển khai thực hiện Kế hoạch này.',
    'tiep tuc day manh cong tac tuyen truyen', // stripped of marks, as English-model OCR leaves it
    'Về dự án nạo vét luồng tàu vào khu bến cảng: Bộ Xây dựng khẩn trương rà soát, sớm bàn giao dự án.',
    'Về đầu tư kho dầu thô dự trữ quốc gia: với vai trò là chủ đầu tư, Tập đoàn Dầu khí chủ động làm việc với các đối tác.',
    'Ủy ban nhân dân thành phố Đà Nẵng cần tiếp tục rà soát các nội dung về phân cấp.',
    'Để xác định vị trí cụ thể của dự án, Ủy ban nhân dân tỉnh phối hợp với Bộ Công Thương rà soát quy hoạch.',
  ])('an order: %s', (text) => expect(directs(text)).toBe(true));

  it.each([
    'Bộ Chính trị, Ban Bí thư cơ bản nhất trí với đề xuất về việc tổ chức lại bộ máy.',
    'Cơ bản thống nhất với Báo cáo của Ban Tổ chức Trung ương.',
    'Tại khoản 2 Điều 30 Luật Đất đai năm 2024 quy định: tổ chức kinh tế được lựa chọn.',
    'Ủy ban nhân dân tỉnh đã tổ chức triển khai nhiều giải pháp đồng bộ.',
    'Tên của Đại hội',
    'Về kết quả thực hiện: Ủy ban nhân dân tỉnh đã hoàn thành 12 nhiệm vụ.',
    'Để bảo đảm tiến độ, các đơn vị đã tổ chức nhiều đoàn kiểm tra.',
    'Nguồn vốn ngân sách nhà nước theo phân cấp hiện hành.',
    '',
  ])('not an order: %s', (text) => expect(directs(text)).toBe(false));
});

import { assignsByName, quotesProvision } from '../../src/vi/directs.js';
describe('assignsByName and quotesProvision', () => {
  it('finds a request addressed to a body anywhere in a paragraph', () => {
    expect(assignsByName('Căn cứ quy định nêu trên. Do vậy, đề nghị Thuế tỉnh Gia Lai căn cứ hồ sơ để thực hiện.')).toBe(true);
    expect(assignsByName('Yêu cầu các sở, ban, ngành nghiêm túc triển khai.')).toBe(true);
    expect(assignsByName('Xét đề nghị của Sở Nội vụ tại Tờ trình số 12/TTr-SNV.')).toBe(false);
    expect(assignsByName('Theo đề nghị Sở Tài chính, Ủy ban nhân dân tỉnh đồng ý.')).toBe(false);
    expect(assignsByName('Cục Thuế trả lời để Thuế tỉnh Lào Cai được biết.')).toBe(false);
  });
  it('tells a quoted provision', () => {
    expect(quotesProvision('- Tại khoản 2 Điều 30 Luật Đất đai năm 2024 quy định:')).toBe(true);
    expect(quotesProvision('Theo quy định tại Điều 7 Thông tư số 78/2014/TT-BTC:')).toBe(true);
    expect(quotesProvision('Tại Hội nghị, đồng chí Chủ tịch kết luận như sau:')).toBe(false);
  });
});
