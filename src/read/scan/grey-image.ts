/**
 * Page images as Tesseract is handed them: 8-bit grey, in a binary PGM
 * (a short header before the raw pixels), which costs nothing to write,
 * unlike PNG, and which Tesseract reads directly. A page at 300 dpi is
 * some 9 MB of grey: an image made by newGreyImage has its header in front
 * of its pixels already, so handing it on copies nothing.
 */

export interface GreyImage {
  width: number;
  height: number;
  /** One byte per pixel, rows top to bottom. */
  pixels: Uint8Array;
}

function pgmHeader(width: number, height: number): Uint8Array {
  return Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1');
}

/** A white image of `width` × `height` whose pixels follow a PGM header in one buffer. */
export function newGreyImage(width: number, height: number): GreyImage {
  const header = pgmHeader(width, height);
  const whole = new Uint8Array(header.length + width * height).fill(255);
  whole.set(header, 0);
  return { width, height, pixels: whole.subarray(header.length) };
}

export function toPgm(image: GreyImage): Uint8Array {
  const header = pgmHeader(image.width, image.height);
  const { pixels } = image;
  if (pixels.byteOffset === header.length && pixels.length === image.width * image.height) {
    const whole = new Uint8Array(pixels.buffer, 0, header.length + pixels.length);
    if (header.every((b, i) => whole[i] === b)) return whole;
  }
  const out = new Uint8Array(header.length + pixels.length);
  out.set(header, 0);
  out.set(pixels, header.length);
  return out;
}

/**
 * Grey from RGBA pixels (rows of a rendered canvas) written into `out` from
 * pixel `at` on, by the Rec. 601 luma weights; transparent pixels are white paper.
 */
export function putGreyFromRgba(rgba: Uint8Array | Uint8ClampedArray, out: Uint8Array, at: number): void {
  for (let i = 0, j = at; i < rgba.length; i += 4, j++) {
    const alpha = rgba[i + 3]! / 255;
    const luma = 0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!;
    out[j] = Math.round(luma * alpha + 255 * (1 - alpha));
  }
}
