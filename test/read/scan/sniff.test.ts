/** Scan files are told by their first bytes, whatever their name. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sniffScan } from '../../../src/read/scan/sniff.js';

const SCANS = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'scans');
const read = (name: string): Buffer => readFileSync(join(SCANS, name));

describe('sniffScan', () => {
  it('knows the committed fixtures by content', () => {
    expect(sniffScan(read('an-giang-kh-ubnd.scan.pdf'))).toBe('pdf');
    expect(sniffScan(read('an-giang-kh-ubnd.text.pdf'))).toBe('pdf');
    expect(sniffScan(read('an-giang-kh-ubnd.png'))).toBe('png');
    expect(sniffScan(read('an-giang-kh-ubnd.tif'))).toBe('tiff');
    expect(sniffScan(read('an-giang-kh-ubnd.docx'))).toBe('docx');
  });

  it('knows JPEG, WebP, big-endian TIFF and old Word files', () => {
    expect(sniffScan(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('jpeg');
    expect(sniffScan(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('webp');
    expect(sniffScan(Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]))).toBe('tiff');
    expect(sniffScan(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe('doc');
  });

  it('finds a PDF header after leading junk, as PDF readers do', () => {
    expect(sniffScan(Buffer.from('\r\n\r\njunk%PDF-1.7\n', 'latin1'))).toBe('pdf');
  });

  it('takes text, a zip that is no Word file, and a RIFF that is no WebP for no scan', () => {
    expect(sniffScan(Buffer.from('Kế hoạch số 286/KH-UBND\n', 'utf8'))).toBeNull();
    expect(sniffScan(Buffer.from('PK\x03\x04\x14\x00\x00\x00\x00\x00notes.txt', 'latin1'))).toBeNull();
    expect(sniffScan(Buffer.from('RIFF\x10\x00\x00\x00WAVEfmt ', 'latin1'))).toBeNull();
    expect(sniffScan(Buffer.alloc(0))).toBeNull();
  });
});
