/**
 * Fields that state roles by a label ("Cơ quan chủ trì: …", "Cơ quan phối hợp: …"): a field
 * holds every body up to the end of its item, over semicolons and wrapped lines, and stops at
 * the next label or the next item.
 */
import { describe, expect, it } from 'vitest';
import { findAgencies } from '../../src/extract/agencies/index.js';
import { labelledRoles } from '../../src/extract/agencies/labelled-roles.js';
import { fold } from '../../src/vi/fold.js';

const labelled = (text: string) => {
  const { lead, partners } = labelledRoles(fold(text), findAgencies(text));
  return { lead: lead.map((a) => a.agency.canonical), partners: partners.map((a) => a.agency.canonical) };
};

describe('labelled roles', () => {
  it.each([
    [
      '- Cơ quan thực hiện: Các cơ quan tham mưu, giúp việc Đảng ủy; Văn phòng\nĐảng ủy; Ủy ban Mặt trận Tổ quốc Việt Nam xã.\n- Thời gian hoàn thành: Thường xuyên.',
      ['Các cơ quan tham mưu, giúp việc Đảng ủy', 'Văn phòng Đảng ủy', 'Ủy ban Mặt trận Tổ quốc Việt Nam xã'],
      [],
    ],
    ['- Cơ quan chủ trì, thực hiện: Văn phòng Đảng ủy; Ban Xây dựng Đảng.', ['Văn phòng Đảng ủy', 'Ban Xây dựng Đảng'], []],
    ['- Cơ quan chủtrì: Ban Xây dựng Đảng.\n- Cơ quan phối hợp: Văn phòng Đảng ủy; Sở Nội vụ.', ['Ban Xây dựng Đảng'], ['Văn phòng Đảng ủy', 'Sở Nội vụ']],
    ['Chủ trì: Sở Nội vụ; phối hợp: Sở Tư pháp, Sở Tài chính.', ['Sở Nội vụ'], ['Sở Tư pháp', 'Sở Tài chính']],
  ])('%s', (text, lead, partners) => {
    expect(labelled(text)).toEqual({ lead, partners });
  });

  it('ends a field at the next item or field line', () => {
    const text = '- Đơn vị chủ trì: Sở Y tế\n- Sản phẩm: báo cáo gửi Sở Tài chính\n2. Sở Nội vụ tổ chức hội nghị.';
    expect(labelled(text)).toEqual({ lead: ['Sở Y tế'], partners: [] });
  });
});
