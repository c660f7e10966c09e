/**
 * The pages of a scan joined into the document's text: each page after the
 * first starts with a line holding a form feed, the page break of plain
 * text, so `NAME.restored.txt` keeps the pages and every line of the text
 * can be traced to its page (`source.pages[].line`).
 */
import type { SourcePage } from '../../types.js';
import type { WordConfidence } from '../../text/word-confidence.js';
import type { LineWord } from './word-spans.js';

export interface PageText {
  page: number;
  read: SourcePage['read'];
  lines: string[];
  ocrConfidence: number | null;
  /** The OCR words of `lines`, with their confidences; none for a page not OCR'd. */
  words: LineWord[];
}

/** The lines without blank lines at either end or spaces at line ends, and the index of the first line kept. */
function trimBlankEnds(lines: readonly string[]): { lines: string[]; first: number } {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return { lines: lines.slice(start, end).map((l) => l.replace(/\s+$/u, '')), first: start };
}

/** The document's text, its pages, and its OCR words by offsets into the text. */
export function joinPages(pages: readonly PageText[]): { text: string; pages: SourcePage[]; words: WordConfidence[] } {
  const out: string[] = [];
  const infos: SourcePage[] = [];
  const words: WordConfidence[] = [];
  let offset = 0; // where the next line pushed starts in the text
  const push = (line: string): number => {
    const at = offset;
    out.push(line);
    offset += line.length + 1;
    return at;
  };
  for (const page of pages) {
    const { lines, first } = trimBlankEnds(page.lines);
    let line: number | null = null;
    if (lines.length > 0) {
      if (out.length > 0) push('\f');
      line = Math.max(1, out.length);
      const starts = lines.map(push);
      for (const w of page.words) {
        const k = w.line - first;
        if (k >= 0 && k < lines.length && w.end <= lines[k]!.length) words.push({ start: starts[k]! + w.start, end: starts[k]! + w.end, confidence: w.confidence });
      }
    }
    infos.push({ page: page.page, line, read: page.read, ocrConfidence: page.ocrConfidence });
  }
  return { text: out.length > 0 ? `${out.join('\n')}\n` : '', pages: infos, words };
}

/** OCR output lines: Tesseract ends paragraphs with blank lines and may leave stray spaces. */
export function ocrLines(text: string): string[] {
  return text.normalize('NFC').replace(/\r\n?/gu, '\n').split('\n');
}
