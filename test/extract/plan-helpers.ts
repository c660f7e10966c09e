/** A provincial plan's header over the lines a test gives, parsed as printed (no restoration). */
import { parse } from '../../src/index.js';

export function planHeader(title: string): string[] {
  return [
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'TỈNH THANH HÓA Độc lập - Tự do - Hạnh phúc',
    'Số: 12/KH-UBND Thanh Hóa, ngày 05 tháng 3 năm 2025',
    '',
    'KẾ HOẠCH',
    title,
    '',
  ];
}

/** The tasks of a plan titled `title` whose body is `lines`. */
export async function planTasks(title: string, lines: string[]) {
  const { document } = await parse([...planHeader(title), ...lines].join('\n'), { restore: false });
  return document.tasks;
}
