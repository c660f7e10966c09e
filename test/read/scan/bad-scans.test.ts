/**
 * Scan files that cannot be read: each is an InputError naming the file (and
 * the page) and the problem, and in a batch the other inputs are written and
 * the exit code says some failed.
 */
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, parse } from '../../../src/api.js';
import { closeOcr } from '../../../src/read/index.js';
import { run, tempDir } from '../../cli/helpers.js';

const SCANS = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'scans');

afterAll(() => closeOcr());

async function refusal(bytes: Uint8Array, path: string, options = {}): Promise<InputError> {
  const err = await parse(bytes, { path, ...options }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  return err as InputError;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG whose header says 20,000 × 20,000 px: what a decoder would need gigabytes for. */
function hugePng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(20_000, 0);
  header.writeUInt32BE(20_000, 4);
  header[8] = 8;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', header), pngChunk('IDAT', Buffer.alloc(16)), pngChunk('IEND', Buffer.alloc(0))]);
}

const ZERO_PAGES = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';

describe('PDF files that cannot be read', () => {
  it('encrypted', async () => {
    const err = await refusal(readFileSync(join(SCANS, 'encrypted.pdf')), 'locked.pdf');
    expect(err.code).toBe('unreadable-scan');
    expect(err.message).toBe('locked.pdf: the PDF is encrypted (password-protected); save an unprotected copy to read it');
  });

  it('damaged', async () => {
    const err = await refusal(Buffer.from(`%PDF-1.7\n${'garbage '.repeat(50)}`, 'latin1'), 'broken.pdf');
    expect(err.message).toMatch(/^broken\.pdf: the PDF is damaged and cannot be read \(.+\)$/u);
  });

  it('with no pages', async () => {
    expect((await refusal(Buffer.from(ZERO_PAGES, 'latin1'), 'empty.pdf')).message).toBe('empty.pdf: the PDF has no pages');
  });
});

describe('images that cannot be read', () => {
  it('a JPEG cut short, naming the page', async () => {
    const jpeg = await sharp(readFileSync(join(SCANS, 'an-giang-kh-ubnd.png'))).jpeg().toBuffer();
    const err = await refusal(jpeg.subarray(0, jpeg.length >> 1), 'cut.jpg');
    expect(err.message).toMatch(/^cut\.jpg: page 1: the JPEG image is damaged or cut short \(.+\)$/u);
  });

  it('a picture of 20,000 × 20,000 px, refused before it is decoded', async () => {
    const err = await refusal(hugePng(), 'poster.png');
    expect(err.message).toMatch(/^poster\.png: page 1: the PNG image is 20000 × 20000 px, more than 100 megapixels/u);
  });

  it('a blank page', async () => {
    const blank = await sharp({ create: { width: 1240, height: 1754, channels: 3, background: '#ffffff' } }).png().toBuffer();
    expect((await refusal(blank, 'blank.png')).message).toBe('blank.png: no text found (a blank page, or a picture with no writing)');
  });

  it('any image with OCR off', async () => {
    const err = await refusal(readFileSync(join(SCANS, 'an-giang-kh-ubnd.png')), 'page.png', { ocr: 'never' });
    expect(err.message).toBe('page.png: an image has no text without OCR, and OCR is off (--ocr never)');
  });
});

describe('Word files', () => {
  it('an old .doc is named as such, with the way out', async () => {
    const err = await refusal(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]), 'old.doc');
    expect(err.code).toBe('unsupported-format');
    expect(err.message).toMatch(/^old\.doc: is an old Word document \(\.doc\), which is not read; save it as \.docx/u);
  });
});

describe('in a batch', () => {
  it('bad scans fail by name, the good ones are written, exit 5', async () => {
    const dir = tempDir();
    copyFileSync(join(SCANS, 'an-giang-kh-ubnd.docx'), join(dir, 'plan.docx'));
    copyFileSync(join(SCANS, 'encrypted.pdf'), join(dir, 'locked.pdf'));
    copyFileSync(join(SCANS, 'an-giang-kh-ubnd.text.pdf'), join(dir, 'plan-text.pdf'));
    const r = await run(['.', '-o', 'out', '-j', '1'], { cwd: dir });
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('locked.pdf: the PDF is encrypted');
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.json')).sort()).toEqual(['plan-text.json', 'plan.json']);
    const doc = JSON.parse(readFileSync(join(dir, 'out', 'plan-text.json'), 'utf8'));
    expect(doc.source).toMatchObject({ kind: 'pdf-text', pages: [{ page: 1, line: 1, read: 'text-layer', ocrConfidence: null }, { page: 2 }] });
  });
});
