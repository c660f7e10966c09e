/**
 * The plain-text version of a corpus document scraped as Markdown from a legal web site:
 * what a clerk's copy-and-paste or a scan of the printed document holds.
 *
 *   npx tsx scripts/corpus/to-text.ts fixtures/corpus/NAME.md > fixtures/corpus/NAME.txt
 *
 * Drops the site's own furniture (copyright notice, "Đang tải văn bản…" and the metadata
 * table before the document), emphasis markers and the bare "|" lines that the flattened
 * header table leaves; keeps body pipe tables as pipe rows, and every other line as it is.
 */
import { readFileSync } from 'node:fs';

const NOTICE = /THƯ VIỆN PHÁP LUẬT|^Bản dịch này thuộc quyền|^các màu sắc:$|has the copyright|Các nội dung của VB này|Sửa đổi, thay thế,|^hủy bỏ$|Click vào phần bôi vàng|^CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN$|^X$/u;
const META_LABEL = /^(Số hiệu|Loại văn bản|Nơi ban hành|Người ký|Ngày ban hành|Ngày hiệu lực|Ngày công báo|Số công báo|Tình trạng):$/u;

export function toText(markdown: string): string {
  const lines = markdown.normalize('NFC').replace(/\r\n?/gu, '\n').split('\n');
  const out: string[] = [];
  let inMeta = false;
  let afterLabel = false;
  for (const raw of lines) {
    const line = raw.replace(/\*\*/gu, '').replace(/(^|\s)\*(\S)/gu, '$1$2').replace(/(\S)\*(\s|$)/gu, '$1$2').replace(/^#+\s*/u, '').trimEnd();
    const bare = line.trim();
    if (bare === 'Đang tải văn bản...') { inMeta = true; continue; }
    if (inMeta) {
      if (META_LABEL.test(bare)) { afterLabel = true; continue; }
      if (bare === '' || bare === '|' || bare === '*') continue;
      if (afterLabel) { afterLabel = false; continue; }
      inMeta = false;
    }
    if (NOTICE.test(bare)) continue;
    if (/^[|*\s]*$/u.test(bare) && bare !== '') continue;
    out.push(line);
  }
  return out.join('\n').replace(/\n{3,}/gu, '\n\n').trim() + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(toText(readFileSync(process.argv[2]!, 'utf8')));
}
