/**
 * Closing formulas: the paragraphs after the last item that address the
 * document's readers as a whole ("Các cấp ủy … nghiêm túc thực hiện Công văn
 * này", "Trong quá trình thực hiện, nếu có vướng mắc…", "Trên đây là Kế hoạch…").
 */
import { fold } from './text/fold.js';

const FORMULAS = [
  /\b(?:cong van|ke hoach|chi thi|chuong trinh(?: hanh dong)?|quyet dinh|nghi quyet|thong bao|huong dan|quy dinh|ket luan|van ban) nay\b/u,
  /\bqua trinh (?:to chuc )?(?:thuc hien|trien khai)\b.{0,40}\bneu co\b/u,
  /\bvuong mac\b.{0,80}\b(?:bao cao|phan anh)\b/u,
  /^tren day la\b/u,
  /\byeu cau\b.{0,120}\b(?:thuc hien|trien khai)\b.{0,40}\b(?:nghiem tuc|tien do|hieu qua)\b/u,
];

export function isClosingFormula(text: string): boolean {
  const folded = fold(text);
  return FORMULAS.some((f) => f.test(folded));
}
