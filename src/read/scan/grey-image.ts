/**
 * Page images as Tesseract is handed them: 8-bit grey, in a binary PGM
 * (a short header before the raw pixels), which costs nothing to write,
 * unlike PNG, and which Tesseract reads directly.
 */

export interface GreyImage {
  width: number;
  height: number;
  /** One byte per pixel, rows top to bottom. */
  pixels: Uint8Array;
}

export function toPgm(image: GreyImage): Uint8Array {
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'latin1');
  const out = new Uint8Array(header.length + image.pixels.length);
  out.set(header, 0);
  out.set(image.pixels, header.length);
  return out;
}

/** Grey from RGBA pixels (a rendered canvas), by the Rec. 601 luma weights; transparent pixels are white paper. */
export function greyFromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): GreyImage {
  const pixels = new Uint8Array(width * height);
  for (let i = 0, j = 0; j < pixels.length; i += 4, j++) {
    const alpha = rgba[i + 3]! / 255;
    const luma = 0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!;
    pixels[j] = Math.round(luma * alpha + 255 * (1 - alpha));
  }
  return { width, height, pixels };
}
