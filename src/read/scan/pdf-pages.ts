/**
 * A PDF, one page at a time (pdf.js): the page's text layer, and, for pages
 * that have none worth reading, the page rendered to grey pixels for OCR.
 * Each page is let go before the next is read, so a 500-page scan costs
 * the memory of one page.
 */
import { getDocument, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { newGreyImage, putGreyFromRgba, type GreyImage } from './grey-image.js';
import { ScanError } from './page-error.js';
import { textLayerLines, type TextPiece } from './pdf-text-lines.js';

/** A page rendered at `--dpi` larger than this (an A0 poster at 300 dpi) is refused rather than taking gigabytes. */
const MAX_RENDER_PIXELS = 100_000_000;

/** Rows of the rendered canvas read at a time when it cannot lend its pixels: a copy of them all would be four times the page's grey. */
const READ_ROWS = 128;

function openProblem(err: unknown): string {
  const name = (err as { name?: string } | null)?.name ?? '';
  const text = err instanceof Error ? err.message : String(err);
  if (name === 'PasswordException') return 'the PDF is encrypted (password-protected); save an unprotected copy to read it';
  if (name === 'InvalidPDFException' || name === 'FormatError') return `the PDF is damaged and cannot be read (${text})`;
  return `the PDF cannot be read (${text})`;
}

/** The part of pdf.js's canvas factory (and of the 2D context it hands out) used here. */
interface CanvasContext {
  fillStyle: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
}
interface CanvasFactory {
  create(width: number, height: number): { canvas: unknown; context: CanvasContext };
  destroy(drawn: { canvas: unknown; context: CanvasContext }): void;
}

/**
 * The canvas's own pixels, without a copy, when it gives them (@napi-rs/canvas's
 * `data()`: RGBA rows, no padding); null otherwise. They are the canvas's memory,
 * valid only until it is destroyed: read at once, never kept. The canvas is
 * filled opaque white before drawing, so its premultiplied pixels are the plain ones.
 */
function surfacePixels(canvas: unknown, width: number, height: number): Uint8Array | null {
  const data = (canvas as { data?: unknown }).data;
  if (typeof data !== 'function') return null;
  const pixels = (data as () => unknown).call(canvas);
  return pixels instanceof Uint8Array && pixels.length === width * height * 4 ? pixels : null;
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
        // pdf.js's own canvas factory: in Node it draws with the @napi-rs/canvas it depends on (a second copy of that native module in the process crashes it).
        const factory = (doc as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
        const drawn = factory.create(width, height);
        try {
          drawn.context.fillStyle = '#ffffff';
          drawn.context.fillRect(0, 0, width, height);
          await p.render({ canvas: drawn.canvas, canvasContext: drawn.context, viewport } as unknown as Parameters<PDFPageProxy['render']>[0]).promise;
          const grey = newGreyImage(width, height);
          // Flushes the drawing to the canvas's pixels (and reads one).
          drawn.context.getImageData(0, 0, 1, 1);
          const raw = surfacePixels(drawn.canvas, width, height);
          if (raw) putGreyFromRgba(raw, grey.pixels, 0);
          else {
            for (let y = 0; y < height; y += READ_ROWS) {
              putGreyFromRgba(drawn.context.getImageData(0, y, width, Math.min(READ_ROWS, height - y)).data, grey.pixels, y * width);
            }
          }
          return grey;
        } finally {
          factory.destroy(drawn);
        }
      }),
    close: () => doc.destroy(),
  };
}
