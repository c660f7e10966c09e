/**
 * Binary files renamed `.txt`, each of the kinds the reader must name. Real
 * files where they are small (a 1×1 PNG and GIF, two stored ZIP archives made
 * with Python's zipfile, "Hà Nội\n" gzipped by zlib), hand-made headers otherwise.
 */
export interface BinaryFixture {
  name: string;
  bytes: Buffer;
  /** The kind the refusal should name. */
  looksLike: string;
}

const b64 = (s: string): Buffer => Buffer.from(s, 'base64');

const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const GIF_1X1 = 'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
const ZIP_TEXT =
  'UEsDBBQAAAAAAAAAIVp4jUuEBwAAAAcAAAALAAAAZ2hpLWNodS50eHRIYSBOb2kKUEsBAhQDFAAAAAAAAAAhWniNS4QHAAAABwAAAAsAAAAAAAAAAAAAAIABAAAAAGdoaS1jaHUudHh0UEsFBgAAAAABAAEAOQAAADAAAAAAAA==';
const ZIP_DOCX =
  'UEsDBBQAAAAAAAAAIVrHHBc8CAAAAAgAAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbDxUeXBlcy8+UEsDBBQAAAAAAAAAIVrdWoYNDQAAAA0AAAARAAAAd29yZC9kb2N1bWVudC54bWw8dzpkb2N1bWVudC8+UEsBAhQDFAAAAAAAAAAhWsccFzwIAAAACAAAABMAAAAAAAAAAAAAAIABAAAAAFtDb250ZW50X1R5cGVzXS54bWxQSwECFAMUAAAAAAAAACFa3VqGDQ0AAAANAAAAEQAAAAAAAAAAAAAAgAE5AAAAd29yZC9kb2N1bWVudC54bWxQSwUGAAAAAAIAAgCAAAAAdQAAAAAA';

const GZIP_HA_NOI = '1f8b0800000000000203f338bc40c1efe1ee99995c00d838e0c60a000000';

/** A 64-bit little-endian ELF header for an x86-64 executable, then zeros. */
function elf(): Buffer {
  const b = Buffer.alloc(128);
  b.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], 0);
  b.writeUInt16LE(2, 16); // ET_EXEC
  b.writeUInt16LE(0x3e, 18); // x86-64
  b.writeUInt32LE(1, 20);
  return b;
}

/** An MZ stub whose e_lfanew points at a PE signature. */
function pe(): Buffer {
  const b = Buffer.alloc(256);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  b.writeUInt16LE(0x8664, 0x84);
  return b;
}

/** Seeded bytes (a linear congruential generator), so the fixture is the same everywhere. */
function noise(length: number): Buffer {
  const b = Buffer.alloc(length);
  let state = 20250428;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    b[i] = state >>> 24;
  }
  return b;
}

export function buildBinaryFixtures(): BinaryFixture[] {
  return [
    {
      name: 'pdf.txt',
      bytes: Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'),
      looksLike: 'a PDF document',
    },
    { name: 'png.txt', bytes: b64(PNG_1X1), looksLike: 'a PNG image' },
    { name: 'jpeg.txt', bytes: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), Buffer.from('JFIF\0', 'latin1'), noise(64)]), looksLike: 'a JPEG image' },
    { name: 'gif.txt', bytes: b64(GIF_1X1), looksLike: 'a GIF image' },
    { name: 'zip.txt', bytes: b64(ZIP_TEXT), looksLike: 'a ZIP archive' },
    { name: 'docx.txt', bytes: b64(ZIP_DOCX), looksLike: 'a Word document (DOCX, a ZIP archive)' },
    { name: 'gzip.txt', bytes: Buffer.from(GZIP_HA_NOI, 'hex'), looksLike: 'a gzip archive' },
    { name: 'elf.txt', bytes: elf(), looksLike: 'an ELF executable' },
    { name: 'pe.txt', bytes: pe(), looksLike: 'a Windows PE executable' },
    { name: 'tiff.txt', bytes: Buffer.concat([Buffer.from([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0]), noise(56)]), looksLike: 'a TIFF image' },
    { name: 'noise.txt', bytes: noise(4096), looksLike: 'binary data' },
  ];
}
