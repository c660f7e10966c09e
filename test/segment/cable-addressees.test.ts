/** A Công điện as a scan breaks it: its subject in capitals over blank lines, an addressee entry wrapped over one. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const CABLE = [
  'THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Số: 224/CĐ-TTg Hà Nội, ngày 20 tháng 11 năm 2025',
  '',
  'CÔNG ĐIỆN',
  'VỀ VIỆC KHẨN TRƯƠNG',
  '',
  'CHUẨN BỊ TỔ CHỨC LỄ KHÁNH THÀNH CÁC DỰ ÁN, CÔNG TRÌNH QUY MÔ LỚN',
  '',
  'THỦ TƯỚNG CHÍNH PHỦ điện:',
  '',
  '- Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc',
  '',
  'Chính phủ;',
  '',
  '- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.',
  '',
  '1. Bộ Xây dựng chủ trì, phối hợp với Văn phòng Chính phủ hướng dẫn tổ chức lễ khánh thành, hoàn thành trước ngày 10/12/2025.',
  '2. Bộ Tài chính rà soát, đề xuất khen thưởng các công trình về đích sớm.',
].join('\n');

describe('a Công điện broken by a scan', () => {
  it('keeps the subject whole and the addressees out of the tasks', async () => {
    const { document } = await parse(CABLE, { restore: false });
    expect(document.header.subject).toContain('CHUẨN BỊ TỔ CHỨC LỄ KHÁNH THÀNH');
    expect(document.recipients.filter((r) => r.role === 'to').map((r) => r.text).join(' ')).toContain('Chủ tịch Ủy ban nhân dân các tỉnh');
    expect(document.tasks.map((t) => t.lead.map((a) => a.canonical))).toEqual([['Bộ Xây dựng'], ['Bộ Tài chính']]);
  });
});
