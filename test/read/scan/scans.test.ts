/**
 * Every kind of scan file, end to end through `parseFile`: the committed
 * fixtures of fixtures/scans (made by scripts/make-scan-fixtures.ts from the
 * held-out An Giang plan, medium degradation) give the plan's header, its
 * tasks and its text, and say how they were read. OCR runs in this process
 * (one engine, reused page after page).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, parseFile, parse } from '../../../src/api.js';
import { closeOcr } from '../../../src/read/index.js';
import type { DirectiveDocument } from '../../../src/types.js';
import { paginate } from '../../../scripts/make-scan-fixtures.js';
import { syllableAccuracy } from './helpers/syllables.js';

const REPO = join(import.meta.dirname, '..', '..', '..');
const SCANS = join(REPO, 'fixtures', 'scans');
const TRUTH = readFileSync(join(REPO, 'fixtures', 'heldout', 'an-giang-kh-ubnd.txt'), 'utf8');
const FIRST_PAGE = paginate(TRUTH)[0]!;
const scan = (ext: string): string => join(SCANS, `an-giang-kh-ubnd.${ext}`);

afterAll(() => closeOcr());

function expectHeader(doc: DirectiveDocument): void {
  expect(doc.header).toMatchObject({ id: '286/KH-UBND', type: 'Kế hoạch', date: '2025-12-12', place: 'An Giang' });
  expect(doc.header.issuer).toMatch(/^ỦY BAN NHÂN DÂN\s+TỈNH AN GIANG$/u);
}

describe('born-digital files', () => {
  it('reads a PDF from its text layer, page by page, word for word', async () => {
    const { document: doc, restoredText } = await parseFile(scan('text.pdf'));
    expect(doc.source).toMatchObject({ kind: 'pdf-text', format: 'text', encoding: 'utf-8' });
    expect(doc.source.pages!.map((p) => [p.page, p.read, p.ocrConfidence])).toEqual([
      [1, 'text-layer', null],
      [2, 'text-layer', null],
    ]);
    expectHeader(doc);
    expect(doc.tasks).toHaveLength(15);
    expect(syllableAccuracy(TRUTH, restoredText)).toBe(1);
    // Page 2 starts on its form-feed line.
    const lines = restoredText.split('\n');
    expect(lines[doc.source.pages![1]!.line! - 1]).toBe('\f');
  });

  it('reads a Word file: the two-column heading side by side, paragraphs, and the appendix as a table', async () => {
    const { document: doc, restoredText } = await parseFile(scan('docx'));
    expect(doc.source).toMatchObject({ kind: 'docx', format: 'markdown', pages: null });
    expectHeader(doc);
    expect(doc.tasks).toHaveLength(15);
    expect(doc.tables.length).toBeGreaterThan(0);
    expect(syllableAccuracy(TRUTH, restoredText)).toBeGreaterThanOrEqual(0.99);
  });
});

describe('scanned pages, OCR with the Vietnamese model', () => {
  it('reads a PNG page, and hands the restorer each OCR word with its confidence, by its place in the text', async () => {
    const { document: doc, restoredText, file } = await parseFile(scan('png'));
    expect(doc.source.kind).toBe('image-ocr');
    expect(doc.source.pages).toHaveLength(1);
    expect(doc.source.pages![0]!.ocrConfidence).toBeGreaterThan(0.85);
    expectHeader(doc);
    expect(doc.tasks.length).toBeGreaterThanOrEqual(5);
    expect(syllableAccuracy(FIRST_PAGE, restoredText)).toBeGreaterThanOrEqual(0.97);
    const text = String(file.value);
    const words = file.data.ocrWords ?? [];
    // Nearly every word Tesseract printed is found (a page of the plan holds some 300).
    expect(words.length).toBeGreaterThan(200);
    expect(words.length).toBeGreaterThan(0.95 * (text.match(/\S+/gu) ?? []).length);
    for (const w of words) {
      expect(text.slice(w.start, w.end)).toMatch(/^\S+$/u);
      expect(w.confidence).toBeGreaterThanOrEqual(0);
      expect(w.confidence).toBeLessThanOrEqual(1);
    }
    expect(words.map((w) => text.slice(w.start, w.end))).toContain('AN');
  });

  it('reads every page of a multi-page TIFF, with a form feed between pages', async () => {
    const { document: doc, restoredText } = await parseFile(scan('tif'));
    expect(doc.source.kind).toBe('image-ocr');
    expect(doc.source.pages!.map((p) => [p.page, p.read])).toEqual([
      [1, 'ocr'],
      [2, 'ocr'],
    ]);
    expect(restoredText.split('\n').filter((l) => l === '\f')).toHaveLength(1);
    expectHeader(doc);
    expect(doc.tasks.length).toBeGreaterThanOrEqual(12);
    expect(syllableAccuracy(TRUTH, restoredText)).toBeGreaterThanOrEqual(0.97);
  });

  it('renders and reads the pages of an image-only PDF', async () => {
    const { document: doc, restoredText } = await parseFile(scan('scan.pdf'));
    expect(doc.source.kind).toBe('pdf-ocr');
    expect(doc.source.pages!.every((p) => p.read === 'ocr' && p.ocrConfidence! > 0.85)).toBe(true);
    expectHeader(doc);
    expect(doc.tasks.length).toBeGreaterThanOrEqual(8);
    expect(syllableAccuracy(TRUTH, restoredText)).toBeGreaterThanOrEqual(0.97);
  });

  it('reads a WebP given as bytes, by its content', async () => {
    const webp = await sharp(readFileSync(scan('png'))).webp({ lossless: true }).toBuffer();
    const { document: doc, restoredText } = await parse(webp, { path: 'photo.bin' });
    expect(doc.source.kind).toBe('image-ocr');
    expectHeader(doc);
    expect(syllableAccuracy(FIRST_PAGE, restoredText)).toBeGreaterThanOrEqual(0.97);
  });
});

describe('--ocr', () => {
  it('never: an image-only PDF gives no text, and says why', async () => {
    const err = await parseFile(scan('scan.pdf'), { ocr: 'never' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('unreadable-scan');
    expect((err as InputError).message).toMatch(/an-giang-kh-ubnd\.scan\.pdf: no text found on any of its 2 pages/u);
  });

  it('always: a PDF with a text layer is OCR\'d all the same, and the run records it', async () => {
    const { document: doc } = await parseFile(scan('text.pdf'), { ocr: 'always', dpi: 200 });
    expect(doc.source.kind).toBe('pdf-ocr');
    expect(doc.source.pages!.map((p) => p.read)).toEqual(['ocr', 'ocr']);
    expect(doc.run!.ocr).toEqual({ mode: 'always', lang: 'vie', dpi: 200 });
    expectHeader(doc);
  });
});
