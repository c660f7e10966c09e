/**
 * Reading a PDF, image or Word file into the document's text, page by page:
 * a PDF page from its text layer when it has a usable one (or OCR'd, by
 * `--ocr`), an image page by OCR, a Word file through mammoth as Markdown.
 * A page that cannot be read is a warning naming it and the others are
 * read; a file none of whose pages gives text is a failure naming the file
 * and the problem.
 */
import type { Message, SourceKind, SourcePage } from '../../types.js';
import { readMessage } from '../messages.js';
import { docxMarkdown } from './docx.js';
import { toPgm, type GreyImage } from './grey-image.js';
import { imagePage, imagePageCount, type ImageFormat } from './image-pages.js';
import { closeOcr, modelFiles, OcrDataMissing, recognizePage } from './ocr-engine.js';
import { DEFAULT_DPI, DEFAULT_OCR_LANG, LOW_OCR_CONFIDENCE, type ScanOptions } from './options.js';
import { pagePrefix, ScanError } from './page-error.js';
import { joinPages, ocrLines, type PageText } from './page-text.js';
import { openPdf } from './pdf-pages.js';
import { usableTextLayer } from './pdf-text-lines.js';
import type { ScanFormat } from './sniff.js';
import { locateWords } from './word-spans.js';
import type { WordConfidence } from '../../text/word-confidence.js';

/**
 * A document with at least this many pages OCR'd stops the OCR engine once
 * they are read: its text is long, and parsing it is when the heap is at its
 * largest, so the engine's memory (its WebAssembly heap and thread, some
 * 100 MB) is given back first; starting it again for the next document
 * costs about a second, little beside this many pages of OCR. Shorter
 * documents keep it for the next.
 */
export const RELEASE_OCR_AFTER_PAGES = 20;

export type ScanFailureCode = 'unreadable-scan' | 'ocr-unavailable' | 'unsupported-format';

export type ScanResult =
  | {
      ok: true;
      text: string;
      format: 'text' | 'markdown';
      kind: SourceKind;
      pages: SourcePage[] | null;
      /** The OCR'd words of `text` with Tesseract's confidences; empty when nothing was OCR'd. */
      ocrWords: WordConfidence[];
      warnings: Message[];
    }
  | { ok: false; code: ScanFailureCode; problem: string };

interface Reader {
  ocr: (image: GreyImage, page: number) => Promise<PageText>;
  warn: (problem: string, page: number | null) => void;
}

async function readPdf(bytes: Uint8Array, options: ScanOptions, reader: Reader): Promise<{ pages: PageText[]; ocrd: boolean }> {
  const pdf = await openPdf(bytes);
  const mode = options.ocr ?? 'auto';
  const pages: PageText[] = [];
  let ocrd = false;
  try {
    for (let page = 1; page <= pdf.pages; page++) {
      try {
        const lines = mode === 'always' ? [] : await pdf.textLines(page);
        if (mode !== 'always' && usableTextLayer(lines)) {
          pages.push({ page, read: 'text-layer', lines, ocrConfidence: null, words: [] });
        } else if (mode === 'never') {
          if (lines.some((l) => l.trim() !== '')) pages.push({ page, read: 'text-layer', lines, ocrConfidence: null, words: [] });
          else {
            reader.warn('has no text layer, and OCR is off (--ocr never): no text read from it', page);
            pages.push({ page, read: 'none', lines: [], ocrConfidence: null, words: [] });
          }
        } else {
          pages.push(await reader.ocr(await pdf.render(page, options.dpi ?? DEFAULT_DPI), page));
          ocrd = true;
        }
      } catch (err) {
        if (!(err instanceof ScanError) || pdf.pages === 1) throw err;
        reader.warn(`${err.message}; the page is left out`, page);
        pages.push({ page, read: 'none', lines: [], ocrConfidence: null, words: [] });
      }
    }
  } finally {
    await pdf.close();
  }
  return { pages, ocrd };
}

async function readImage(bytes: Uint8Array, format: ImageFormat, options: ScanOptions, reader: Reader): Promise<PageText[]> {
  if (options.ocr === 'never') throw new ScanError('an image has no text without OCR, and OCR is off (--ocr never)');
  // A missing model is said before any page is decoded.
  modelFiles(options.ocrLang ?? DEFAULT_OCR_LANG);
  const count = await imagePageCount(bytes, format);
  const pages: PageText[] = [];
  for (let page = 1; page <= count; page++) {
    try {
      pages.push(await reader.ocr(await imagePage(bytes, format, page), page));
    } catch (err) {
      if (!(err instanceof ScanError) || count === 1) throw err;
      reader.warn(`${err.message}; the page is left out`, page);
      pages.push({ page, read: 'none', lines: [], ocrConfidence: null, words: [] });
    }
  }
  return pages;
}

/** Reads a file of format `format` (by ./sniff.ts). Never throws for a problem of the file: that is a failure result. */
export async function readScan(bytes: Uint8Array, format: ScanFormat, options: ScanOptions = {}): Promise<ScanResult> {
  const warnings: Message[] = [];
  const lang = options.ocrLang ?? DEFAULT_OCR_LANG;
  const reader: Reader = {
    warn: (problem, page) => warnings.push(readMessage('warning', 'scan-page', `${pagePrefix(page)}${problem}`)),
    ocr: async (image, page) => {
      const { text, confidence, words } = await recognizePage(toPgm(image), lang);
      const lines = ocrLines(text);
      if (lines.every((l) => l.trim() === '')) reader.warn('no text found by OCR (a blank page, or a picture with no writing)', page);
      else if (confidence < LOW_OCR_CONFIDENCE) {
        reader.warn(`read by OCR with low confidence (${confidence.toFixed(2)}): check the scan (resolution, skew, contrast) and the text`, page);
      }
      return { page, read: 'ocr', lines, ocrConfidence: Math.round(confidence * 1000) / 1000, words: locateWords(lines, words) };
    },
  };
  try {
    if (format === 'doc') {
      return { ok: false, code: 'unsupported-format', problem: 'is an old Word document (.doc), which is not read; save it as .docx (Word, or LibreOffice: soffice --convert-to docx)' };
    }
    if (format === 'docx') {
      return { ok: true, text: await docxMarkdown(bytes), format: 'markdown', kind: 'docx', pages: null, ocrWords: [], warnings };
    }
    let pages: PageText[];
    let kind: SourceKind;
    if (format === 'pdf') {
      const read = await readPdf(bytes, options, reader);
      pages = read.pages;
      kind = read.ocrd ? 'pdf-ocr' : 'pdf-text';
    } else {
      pages = await readImage(bytes, format, options, reader);
      kind = 'image-ocr';
    }
    if (pages.filter((p) => p.read === 'ocr').length >= RELEASE_OCR_AFTER_PAGES) await closeOcr();
    const joined = joinPages(pages);
    if (joined.text === '') {
      return { ok: false, code: 'unreadable-scan', problem: pages.length > 1 ? `no text found on any of its ${pages.length} pages` : 'no text found (a blank page, or a picture with no writing)' };
    }
    return { ok: true, text: joined.text, format: 'text', kind, pages: joined.pages, ocrWords: joined.words, warnings };
  } catch (err) {
    if (err instanceof ScanError) return { ok: false, code: 'unreadable-scan', problem: `${pagePrefix(err.page)}${err.message}` };
    if (err instanceof OcrDataMissing) return { ok: false, code: 'ocr-unavailable', problem: err.message };
    throw err;
  }
}
