import { describe, expect, it } from 'vitest';
import { findAttachment } from '../../src/segment/attachment.js';
import { toLines } from './helpers.js';

const TAIL = ['Nơi nhận:', '- Như Điều 3;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Phùng Thành Vinh', ''];

const at = (lines: string[]) => {
  const nodes = toLines(lines.join('\n'));
  return findAttachment(nodes, 0, nodes.length);
};

describe('a document attached after the signature', () => {
  it('is found under a long subject in capitals that a scan wrapped over many short lines', () => {
    const subject = ['QUY CHẾ', '', 'PHỐI', '', 'HỢP THỰC HIỆN CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN GIỮA VĂN', 'PHÒNG ĐĂNG KÝ ĐẤT ĐAI,', 'CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI VỚI CƠ QUAN CÓ CHỨC', 'NĂNG QUẢN LÝ ĐẤT ĐAI CẤP', 'XÃ, ỦY BAN NHÂN DÂN CẤP XÃ, CƠ QUAN TÀI CHÍNH, CƠ QUAN', 'THUẾ VÀ CÁC CƠ QUAN, ĐƠN', 'VỊ KHÁC CÓ LIÊN QUAN TRÊN ĐỊA BÀN TỈNH NGHỆ AN'];
    const lines = [...TAIL, ...subject, '(Ban hành kèm theo Quyết định số 95/2025/QĐ-UBND ngày 24 tháng 11 năm 2025)', 'Điều 1. Phạm vi điều chỉnh'];
    expect(at(lines)).toBe(TAIL.length);
  });

  it('is not found when the "kèm theo" line is far below running text', () => {
    const lines = [...TAIL, 'QUY CHẾ', ...Array.from({ length: 9 }, (_, k) => `Dòng văn bản thường số ${k + 1} của phần nội dung.`), '(Ban hành kèm theo Quyết định số 95/2025/QĐ-UBND)'];
    expect(at(lines)).toBe(-1);
  });
});
