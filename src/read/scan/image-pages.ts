/**
 * The pages of an image file — PNG, JPEG, WebP, or every page of a TIFF —
 * decoded by sharp (libvips) into grey pixels, one page at a time so a
 * many-page TIFF never sits in memory whole. A damaged file (a JPEG cut
 * short) or a picture too large to be a page is refused, naming the page.
 */
import sharp, { type Metadata } from 'sharp';
import type { GreyImage } from './grey-image.js';
import { ScanError } from './page-error.js';

/** An A4 page at 600 dpi is some 35 megapixels; past this a "page" is no scan of one, and decoding it would take gigabytes. */
export const MAX_PAGE_PIXELS = 100_000_000;

/** "PNG", "JPEG", … as messages name the format. */
export type ImageFormat = 'png' | 'jpeg' | 'tiff' | 'webp';

function problemOf(err: unknown, format: ImageFormat): string {
  const text = (err instanceof Error ? err.message : String(err)).trim().split('\n')[0];
  const image = `the ${format.toUpperCase()} image`;
  if (/premature end|truncated|unexpected end|corrupt|bad huffman|not a jpeg|invalid|read error/iu.test(text ?? '')) return `${image} is damaged or cut short (${text})`;
  if (/unsupported image format/iu.test(text ?? '')) return `${image} is damaged: its header is not one that can be read`;
  return `${image} cannot be decoded (${text})`;
}

/** How many pages the image has (a TIFF may have many; the others have one). */
export async function imagePageCount(bytes: Uint8Array, format: ImageFormat): Promise<number> {
  try {
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    return meta.pages ?? 1;
  } catch (err) {
    throw new ScanError(problemOf(err, format));
  }
}

/** Page `page` (1-based) as grey pixels. */
export async function imagePage(bytes: Uint8Array, format: ImageFormat, page: number): Promise<GreyImage> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { page: page - 1, limitInputPixels: false }).metadata();
  } catch (err) {
    throw new ScanError(problemOf(err, format), page);
  }
  const width = meta.autoOrient?.width ?? meta.width ?? 0;
  const height = meta.autoOrient?.height ?? meta.height ?? 0;
  if (width * height > MAX_PAGE_PIXELS) {
    throw new ScanError(`the ${format.toUpperCase()} image is ${width} × ${height} px, more than ${MAX_PAGE_PIXELS / 1e6} megapixels, far larger than a page scanned at 300 dpi; scale it down first`, page);
  }
  try {
    const { data, info } = await sharp(bytes, { page: page - 1, failOn: 'truncated', limitInputPixels: MAX_PAGE_PIXELS })
      .autoOrient()
      .flatten({ background: '#ffffff' })
      .greyscale()
      .extractChannel(0)
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { width: info.width, height: info.height, pixels: new Uint8Array(data.buffer, data.byteOffset, info.width * info.height) };
  } catch (err) {
    throw new ScanError(problemOf(err, format), page);
  }
}
