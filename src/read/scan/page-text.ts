/**
 * The pages of a scan joined into the document's text: each page after the
 * first starts with a line holding a form feed, the page break of plain
 * text, so `NAME.restored.txt` keeps the pages and every line of the text
 * can be traced to its page (`source.pages[].line`).
 */
import type { SourcePage } from '../../types.js';

export interface PageText {
  page: number;
  read: SourcePage['read'];
  lines: string[];
  ocrConfidence: number | null;
}

function trimBlankEnds(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end).map((l) => l.replace(/\s+$/u, ''));
}

export function joinPages(pages: readonly PageText[]): { text: string; pages: SourcePage[] } {
  const out: string[] = [];
  const infos: SourcePage[] = [];
  for (const page of pages) {
    const lines = trimBlankEnds(page.lines);
    let line: number | null = null;
    if (lines.length > 0) {
      if (out.length > 0) out.push('\f');
      line = Math.max(1, out.length);
      out.push(...lines);
    }
    infos.push({ page: page.page, line, read: page.read, ocrConfidence: page.ocrConfidence });
  }
  return { text: out.length > 0 ? `${out.join('\n')}\n` : '', pages: infos };
}

/** OCR output lines: Tesseract ends paragraphs with blank lines and may leave stray spaces. */
export function ocrLines(text: string): string[] {
  return text.normalize('NFC').replace(/\r\n?/gu, '\n').split('\n');
}
