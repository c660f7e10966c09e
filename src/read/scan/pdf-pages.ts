/**
 * A PDF, one page at a time (pdf.js): the page's text layer, and, for pages
 * that have none worth reading, the page rendered to grey pixels for OCR.
 * Each page is let go before the next is read, so a 500-page scan costs
 * the memory of one page.
 */
import { createCanvas } from '@napi-rs/canvas';
import { getDocument, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { greyFromRgba, type GreyImage } from './grey-image.js';
import { ScanError } from './page-error.js';
import { textLayerLines, type TextPiece } from './pdf-text-lines.js';

/** A page rendered at `--dpi` larger than this (an A0 poster at 300 dpi) is refused rather than taking gigabytes. */
const MAX_RENDER_PIXELS = 100_000_000;

function openProblem(err: unknown): string {
  const name = (err as { name?: string } | null)?.name ?? '';
  const text = err instanceof Error ? err.message : String(err);
  if (name === 'PasswordException') return 'the PDF is encrypted (password-protected); save an unprotected copy to read it';
  if (name === 'InvalidPDFException' || name === 'FormatError') return `the PDF is damaged and cannot be read (${text})`;
  return `the PDF cannot be read (${text})`;
}

export interface OpenPdf {
  pages: number;
  /** The text layer's lines of page `page` (1-based). */
  textLines(page: number): Promise<string[]>;
  /** Page `page` rendered at `dpi` as grey pixels. */
  render(page: number, dpi: number): Promise<GreyImage>;
  close(): Promise<void>;
}

async function withPage<T>(doc: PDFDocumentProxy, page: number, use: (p: PDFPageProxy) => Promise<T>): Promise<T> {
  let proxy: PDFPageProxy;
  try {
    proxy = await doc.getPage(page);
  } catch (err) {
    throw new ScanError(`the page cannot be read (${err instanceof Error ? err.message : String(err)})`, page);
  }
  try {
    return await use(proxy);
  } catch (err) {
    if (err instanceof ScanError) throw err;
    throw new ScanError(`the page cannot be read (${err instanceof Error ? err.message : String(err)})`, page);
  } finally {
    proxy.cleanup();
  }
}

export async function openPdf(bytes: Uint8Array): Promise<OpenPdf> {
  let doc: PDFDocumentProxy;
  try {
    // pdf.js takes the buffer it is given (and may detach it): a copy leaves the caller's bytes alone.
    doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0, stopAtErrors: false, useSystemFonts: false })
      .promise;
  } catch (err) {
    throw new ScanError(openProblem(err));
  }
  if (doc.numPages === 0) {
    await doc.destroy();
    throw new ScanError('the PDF has no pages');
  }
  return {
    pages: doc.numPages,
    textLines: (page) =>
      withPage(doc, page, async (p) => {
        const content = await p.getTextContent();
        return textLayerLines(content.items.filter((i) => 'str' in i) as TextPiece[]);
      }),
    render: (page, dpi) =>
      withPage(doc, page, async (p) => {
        const viewport = p.getViewport({ scale: dpi / 72 });
        const width = Math.ceil(viewport.width);
        const height = Math.ceil(viewport.height);
        if (width * height > MAX_RENDER_PIXELS) {
          throw new ScanError(`the page is ${Math.round(viewport.width / dpi * 25.4)} × ${Math.round(viewport.height / dpi * 25.4)} mm, too large to render at ${dpi} dpi; give a smaller --dpi`, page);
        }
        const canvas = createCanvas(width, height);
        const context = canvas.getContext('2d');
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, width, height);
        // pdf.js draws on any canvas with the browser's 2D API, which @napi-rs/canvas implements.
        await p.render({ canvas, canvasContext: context, viewport } as unknown as Parameters<PDFPageProxy['render']>[0]).promise;
        const grey = greyFromRgba(context.getImageData(0, 0, width, height).data, width, height);
        canvas.width = 0;
        return grey;
      }),
    close: () => doc.destroy(),
  };
}
