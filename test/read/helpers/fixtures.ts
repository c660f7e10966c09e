/**
 * The encoding fixtures: one Vietnamese passage in every encoding the reader
 * knows. `test/fixtures/read/generate.ts` writes them; encoding.test.ts
 * checks the committed files still match and decode back to the passage.
 */
import { join } from 'node:path';
import { encodeTcvn3, encodeUtf16, encodeVni, encodeWindows1258 } from './legacy.js';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'read');

/**
 * Capital toned letters appear only in capitals lines or words (TCVN3 cannot
 * write them otherwise; see restoreCapitals). Every vowel with every tone,
 * and đ, ă, â, ê, ô, ơ, ư, occur somewhere.
 */
export const PASSAGE = [
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'TỈNH ỦY HƯNG YÊN',
  'Số 642-KH/TU',
  'Hưng Yên, ngày 28 tháng 4 năm 2025',
  '',
  'KẾ HOẠCH',
  'thực hiện Kết luận số 148-KL/TW ngày 08/4/2025 của Bộ Chính trị, Ban Bí thư',
  '',
  'I- MỤC ĐÍCH, YÊU CẦU',
  '1. Thống nhất cao nhận thức và đề ra những biện pháp cụ thể để kịp thời khắc phục',
  'những hạn chế, khuyết điểm trong lãnh đạo, chỉ đạo, tổ chức thực hiện.',
  '- Các sở, ban, ngành quán triệt, bảo đảm chất lượng; ưu tiên nguồn lực cho vùng khó khăn.',
  '+ Thời gian: trước ngày 31/10/2025; định kỳ hằng quý báo cáo kết quả về Ban Thường vụ Tỉnh ủy.',
  'Người đứng đầu chịu trách nhiệm; tăng cường kiểm tra, giám sát, xử lý nghiêm vi phạm.',
  'Ghi chú: mỹ thuật, kỹ năng, quỹ đất, bữa ăn, dữ liệu, lưỡng lự, ngẫm nghĩ, thuở ấy, ỷ lại, lũy kế, xã hội.',
  'Đắk Lắk, Quảng Ngãi; ông bà, ở đó, đợi chờ, mở rộng, xứ sở, cử tri, tự do, ưng ý, ủng hộ, ẵm bồng.',
  '',
].join('\n');

export interface Fixture {
  name: string;
  bytes: Buffer;
  /** What detection should report. */
  encoding: string;
}

const UTF8 = Buffer.from(PASSAGE, 'utf8');

export function buildFixtures(): Fixture[] {
  return [
    { name: 'passage.utf8.txt', bytes: UTF8, encoding: 'utf-8' },
    { name: 'passage.utf8-bom.txt', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), UTF8]), encoding: 'utf-8-bom' },
    { name: 'passage.utf16le-bom.txt', bytes: encodeUtf16(PASSAGE, 'le', true), encoding: 'utf-16le' },
    { name: 'passage.utf16be-bom.txt', bytes: encodeUtf16(PASSAGE, 'be', true), encoding: 'utf-16be' },
    { name: 'passage.utf16le.txt', bytes: encodeUtf16(PASSAGE, 'le', false), encoding: 'utf-16le' },
    { name: 'passage.utf16be.txt', bytes: encodeUtf16(PASSAGE, 'be', false), encoding: 'utf-16be' },
    { name: 'passage.windows-1258.txt', bytes: encodeWindows1258(PASSAGE), encoding: 'windows-1258' },
    { name: 'passage.tcvn3.txt', bytes: encodeTcvn3(PASSAGE), encoding: 'tcvn3' },
    { name: 'passage.vni.txt', bytes: encodeVni(PASSAGE), encoding: 'vni' },
    { name: 'passage.crlf.txt', bytes: Buffer.from(PASSAGE.replace(/\n/gu, '\r\n'), 'utf8'), encoding: 'utf-8' },
    { name: 'passage.cr.txt', bytes: Buffer.from(PASSAGE.replace(/\n/gu, '\r'), 'utf8'), encoding: 'utf-8' },
    {
      name: 'passage.tcvn3-crlf.txt',
      bytes: encodeTcvn3(PASSAGE.replace(/\n/gu, '\r\n')),
      encoding: 'tcvn3',
    },
  ];
}
