/**
 * Wrapped lines rejoined into paragraphs. Scans have no indentation, so a
 * paragraph ends where the text says so: a blank line after a finished or
 * short line, or a short line followed by a capital. A blank line in the middle
 * of a sentence (after a comma, before a lower-case word) is OCR layout, not a
 * paragraph break. Ignorable nodes met inside a paragraph (a page number at a
 * page break) are put after it, so the paragraph's text runs on.
 */
import { joinLines } from '../../positions.js';
import type { IgnorableNode, LineNode, ParagraphNode } from '../../tree.js';
import type { Entry } from '../body.js';
import { isBlankEntry } from '../body.js';
import { endsOpen, endsSentence, isUpperLine, startsLower, startsUpper } from '../text/shape.js';
import { wordKey } from '../text/fold.js';
import { append } from '../../text/append.js';
import { opensByAssigning } from '../../vi/directs.js';

/** Below this share of the page's measure a line is the last line of its paragraph. */
const SHORT = 0.6;
const SHORT_BEFORE_BLANK = 0.75;

export function paragraph(lines: LineNode[], skip = 0): ParagraphNode {
  return { type: 'paragraph', children: lines, data: { text: joinLines(lines, skip).text } };
}

/**
 * A line that stops on a word no paragraph ends with: a body's head word ("Giao Sở" / "Nông
 * nghiệp …") or a function word ("… của" / "Ủy ban …"). Pages copied from the web wrap anywhere.
 */
const NEVER_LAST = new Set([
  'sở', 'bộ', 'ban', 'ủy', 'uỷ', 'cục', 'phòng', 'viện', 'các', 'và', 'của', 'với', 'cho', 'tại', 'về', 'theo', 'trong', 'để', 'là', 'được', 'giao', 'đề nghị',
  // A time cut before its number: "Thời gian thực hiện: Quý" / "IV năm 2025", "… Năm" / "2026 …".
  'quý', 'tháng', 'năm', 'ngày', 'từ', 'đến', 'hết', 'trước',
]);

/** Two-word head phrases of bodies a line may stop after ("Đề nghị: Hiệp hội" / "Doanh nghiệp tỉnh, …"). */
const NEVER_LAST_PAIRS = new Set(['hiệp hội', 'trung tâm', 'tập đoàn', 'liên minh', 'công ty', 'ngân hàng', 'chi cục', 'tổng cục', 'bệnh viện', 'học viện']);

/** A document's number cut from its name ("… nêu tại công văn số" / "4814/CCTKV.05-TTKT3 …"). */
const ENDS_BEFORE_NUMBER = /(?:văn bản|công văn|quyết định|nghị quyết|nghị định|thông tư|kế hoạch|chỉ thị|thông báo|hướng dẫn|tờ trình|báo cáo|luật)\s+số\s*$/iu;

/** Openings of a letter's conclusion or request. */
const CONCLUDES = /^(?:Theo nội dung|Trên cơ sở|Căn cứ (?:nội dung|quy định|các quy định)|Do đó|Do vậy|Vì vậy|Như vậy)(?!\p{L})/u;

function endsMidName(line: string): boolean {
  if (ENDS_BEFORE_NUMBER.test(line.normalize('NFC'))) return true;
  const m = /(?:(\p{L}+)\s+)?(\p{L}+)\s*$/u.exec(line);
  if (!m) return false;
  const last = m[2]!.toLowerCase().normalize('NFC');
  return NEVER_LAST.has(last) || (m[1] !== undefined && NEVER_LAST_PAIRS.has(`${m[1].toLowerCase().normalize('NFC')} ${last}`));
}

/**
 * A body's name whose place or rest is on the next line ("3. Bộ Tư lệnh" / "Thành phố chủ trì, …",
 * "Đề nghị Ủy ban Mặt trận" / "Tổ quốc Việt Nam thành phố …"): the name goes on, whatever case
 * the place is printed in.
 */
const NAME_BEFORE_PLACE = /(?:^|\s)(?:ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân|ubnd|hđnd|tư lệnh|chỉ huy quân sự|công an|mặt trận)\s*$/iu;
const PLACE_OPENS = /^(?:thành phố|tỉnh|tp\.?|xã|phường|đặc khu|tổ quốc)(?!\p{L})/iu;

function nameRunsOn(previous: string, next: string): boolean {
  return NAME_BEFORE_PLACE.test(previous.normalize('NFC')) && PLACE_OPENS.test(next.normalize('NFC'));
}

/** Head words of bodies, folded: a line of that word alone is a name OCR cut off from the rest ("+Số" / "Xây dựng: …"), whatever marks restoration gave it. */
const HEAD_KEYS = new Set(['so', 'bo']);

function headWordAlone(line: string): boolean {
  const rest = line.replace(/^[\s+\-–•]+/u, '').trim();
  return rest !== '' && !/\s/u.test(rest) && HEAD_KEYS.has(wordKey(rest));
}

/**
 * `opening`: the previous line is the first of its paragraph, after a blank line. Pages copied
 * from the web keep the first line's indent as a short line ("Trung tâm Chuyển đổi số" /
 * "Thành phố chủ trì, …"): short there, unfinished, it is no paragraph of its own.
 */
function breaksBetween(previous: string, next: string, blank: boolean, width: number, titleLine: boolean, opening = false): boolean {
  const p = previous.trim();
  const n = next.trim();
  if (endsOpen(p) || startsLower(n) || endsMidName(p) || headWordAlone(p) || nameRunsOn(p, n)) return false;
  // A capitals heading wrapped onto the next line ("II. MỤC" / "ĐÍCH, YÊU CẦU") is one title.
  if (!blank && isUpperLine(p) && isUpperLine(n) && !endsSentence(p)) return false;
  // A numbered item's one-line title stands alone above a blank line even when it fills the line.
  if (titleLine && blank && !endsSentence(p)) return true;
  const finished = endsSentence(p) || /:$/u.test(p);
  // A finished sentence, then a line asking someone named to act: a letter's request is a paragraph of its own.
  if (finished && opensByAssigning(n)) return true;
  // A clause or a quotation ended, then a sentence opening on what the letter concludes from it ("Theo nội dung …").
  if ((finished || /[”"]$/u.test(p)) && CONCLUDES.test(n)) return true;
  if (blank) return finished || p.length < SHORT_BEFORE_BLANK * width;
  if (opening && !finished && !isUpperLine(p)) return false;
  return p.length < SHORT * width && startsUpper(n);
}

/**
 * Paragraphs and ignorable nodes, in order, from a stream. `skip` drops that
 * many characters of the first line (the item's marker) from the first
 * paragraph's text; `numbered` says the stream is a numbered item's.
 */
export function toParagraphs(
  entries: readonly Entry[],
  width: number,
  skip = 0,
  numbered = false,
): Array<ParagraphNode | IgnorableNode> {
  const out: Array<ParagraphNode | IgnorableNode> = [];
  let lines: LineNode[] = [];
  let pending: IgnorableNode[] = [];
  let blank = false;
  let openedAfterBlank = false;
  let first = true;
  const flush = () => {
    if (lines.length > 0) {
      out.push(paragraph(lines, first ? skip : 0));
      first = false;
    }
    append(out, pending);
    lines = [];
    pending = [];
  };
  for (const e of entries) {
    if (e.type === 'ignorable') {
      pending.push(e.node);
      if (isBlankEntry(e)) blank = true;
      continue;
    }
    const last = lines[lines.length - 1];
    // The title is the first line, or two: after a number that stands alone ("1." / "Mục đích"), or
    // wrapped where a web page broke the line ("2. Sở" / "Khoa học và Công nghệ, Sở Nội vụ").
    const titleLine = numbered && first && lines.length <= 2;
    // A dash item has no title: its first line, short and unfinished, runs on like a paragraph's first line.
    const opening = lines.length === 1 && (openedAfterBlank || (first && !numbered && skip > 0));
    if (last && breaksBetween(last.value, e.line.value, blank, width, titleLine, opening)) flush();
    else if (!last && pending.length > 0) {
      append(out, pending);
      pending = [];
    }
    if (lines.length === 0) openedAfterBlank = blank;
    lines.push(e.line);
    blank = false;
  }
  flush();
  return out;
}
