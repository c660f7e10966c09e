/**
 * What a file holds, by its first bytes rather than its name: a scanner's
 * file named `.txt`, or a PDF saved without an extension, is still read for
 * what it is.
 */

export type ScanFormat = 'pdf' | 'png' | 'jpeg' | 'tiff' | 'webp' | 'docx' | 'doc';

/** How many leading bytes `sniffScan` looks at: a PDF header may sit after some junk, and a zip's first entry name within the first few hundred bytes. */
export const SNIFF_BYTES = 4096;

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  return prefix.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.max(0, Math.min(to, bytes.length) - from)).toString('latin1');
}

/** The scan or office format the bytes are, or null for anything else (text, or binary the decoder refuses). */
export function sniffScan(bytes: Uint8Array): ScanFormat | null {
  // PDF readers accept the header anywhere in the first 1024 bytes.
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  // A Word file is a zip whose entries include word/…; Word writes [Content_Types].xml first.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const head = ascii(bytes, 0, SNIFF_BYTES);
    if (head.includes('word/') || head.includes('[Content_Types].xml')) return 'docx';
  }
  return null;
}

export const IMAGE_FORMATS: ReadonlySet<ScanFormat> = new Set(['png', 'jpeg', 'tiff', 'webp']);

/** Extensions a folder contributes besides `.txt` and `.md`. */
export const SCAN_EXTENSIONS = ['.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff', '.webp', '.docx'] as const;
