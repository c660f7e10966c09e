/**
 * A PDF page rendered for OCR: the grey pixels are those of the canvas pdf.js
 * draws (read through the canvas's own memory, not a copy of it), and the
 * grey image goes to Tesseract as a PGM without being copied again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { newGreyImage, putGreyFromRgba, toPgm } from '../../../src/read/scan/grey-image.js';
import { openPdf } from '../../../src/read/scan/pdf-pages.js';

interface Context {
  fillStyle: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
}

const PDF = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'scans', 'an-giang-kh-ubnd.scan.pdf');

/** The page as pdf.js draws it, read back with getImageData: what the raster must equal. */
async function drawnGrey(bytes: Uint8Array, page: number, dpi: number): Promise<Uint8Array> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0, useSystemFonts: false }).promise;
  try {
    const p = await doc.getPage(page);
    const viewport = p.getViewport({ scale: dpi / 72 });
    const width = Math.ceil(viewport.width);
    const height = Math.ceil(viewport.height);
    const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): { canvas: unknown; context: Context } } }).canvasFactory;
    const drawn = factory.create(width, height);
    drawn.context.fillStyle = '#ffffff';
    drawn.context.fillRect(0, 0, width, height);
    await p.render({ canvas: drawn.canvas, canvasContext: drawn.context, viewport } as unknown as Parameters<typeof p.render>[0]).promise;
    const grey = newGreyImage(width, height);
    putGreyFromRgba(drawn.context.getImageData(0, 0, width, height).data, grey.pixels, 0);
    return grey.pixels;
  } finally {
    await doc.destroy();
  }
}

describe('page raster', () => {
  it('renders a scanned page to the grey pixels pdf.js draws', async () => {
    const bytes = readFileSync(PDF);
    const pdf = await openPdf(bytes);
    try {
      const image = await pdf.render(1, 100);
      expect(image.pixels.length).toBe(image.width * image.height);
      expect(image.pixels.some((v) => v < 128)).toBe(true); // ink, not a blank page
      expect(Buffer.compare(Buffer.from(image.pixels), Buffer.from(await drawnGrey(bytes, 1, 100)))).toBe(0);
    } finally {
      await pdf.close();
    }
  });

  it('hands a new grey image on as a PGM over the same memory, and copies any other', () => {
    const image = newGreyImage(3, 2);
    image.pixels.set([0, 50, 100, 150, 200, 255]);
    const pgm = toPgm(image);
    expect(pgm.buffer).toBe(image.pixels.buffer);
    expect(Buffer.from(pgm).toString('latin1')).toBe(`P5\n3 2\n255\n${String.fromCharCode(0, 50, 100, 150, 200, 255)}`);
    const other = { width: 3, height: 2, pixels: new Uint8Array([0, 50, 100, 150, 200, 255]) };
    expect(Buffer.from(toPgm(other))).toEqual(Buffer.from(pgm));
  });

  it('takes grey by luma, with transparent pixels as white paper', () => {
    const out = new Uint8Array(4).fill(7);
    putGreyFromRgba(new Uint8Array([255, 0, 0, 255, 0, 0, 0, 0, 0, 0, 0, 255]), out, 1);
    expect([...out]).toEqual([7, 76, 255, 0]);
  });
});
