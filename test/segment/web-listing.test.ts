/**
 * A document copied from a legal web site keeps the site's listing after it ("Văn bản liên quan",
 * "Ban hành: …", "Hiệu lực: Đã biết"): the listing is the site's, so no table, item or reference
 * runs into it, and its lines stay in the tree as ignorable.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const DOC = [
  'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN',
  'Số: 980/KH-UBND',
  'Nghệ An, ngày 18 tháng 11 năm 2025',
  'KẾ HOẠCH',
  'Triển khai thi hành Nghị định hướng dẫn Luật Phòng thủ dân sự',
  '',
  'I. TỔ CHỨC THỰC HIỆN',
  '1. Sở Tài chính chủ trì, phối hợp với các cơ quan, đơn vị liên quan rà soát, hoàn thành trước ngày 30/11/2025.',
  '2. Ủy ban nhân dân các xã, phường tổ chức thực hiện Kế hoạch này.',
  '',
  'Kế hoạch 980/KH-UBND năm 2025 thực hiện Quyết định 1899/QĐ-TTg do tỉnh Nghệ An ban hành',
  'Văn bản này chưa cập nhật nội dung Tiếng Anh',
  'Văn bản liên quan',
  'Ban hành:',
  '04/09/2025',
  'Hiệu lực: Đã biết',
  'Tình trạng: Đã biết',
  'Quyết định 1899/QĐ-TTg năm 2025 Kế hoạch triển khai thi hành Nghị định 02/2025/NĐ-CP',
  'Cập nhật:',
  '06/09/2025',
  'Ban hành:',
  'Hiéu luc: Ba biét',
  'Tinh trang: Da biét',
  'Nghị định 200/2025/NĐ-CP quy định chi tiết Luật Phòng thủ dân sự',
].join('\n');

describe("a web site's listing after a copied document", () => {
  it('is no part of the document: no reference, task or table from it, its lines kept as ignorable', async () => {
    const { document, tree } = await parse(DOC, { restore: false });
    expect(document.tasks).toHaveLength(2);
    expect(document.references.map((r) => r.id)).not.toContain('200/2025/NĐ-CP');
    expect(document.references.map((r) => r.id)).not.toContain('02/2025/NĐ-CP');
    const listing = tree.children.filter((n) => n.type === 'ignorable' && n.data.reason === 'web-page');
    expect(listing.flatMap((n) => (n.type === 'ignorable' ? n.children.map((l) => l.value) : []))).toContain('Hiệu lực: Đã biết');
  });
});
