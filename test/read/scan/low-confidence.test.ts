/**
 * A page OCR reads with low confidence is a warning naming the file and the
 * page; the other pages draw none. The low page is drawn here: rows of
 * smudged blots shaped like words, which Tesseract reads as something, at a
 * mean word confidence far under LOW_OCR_CONFIDENCE.
 *
 * OCR of the two pages is most of this file's time, so it is done once: one
 * run of the command (--verbose) reads the PDF, and both tests check that
 * run, the document it wrote (the library's document, as NAME.json) and what
 * it printed. The pages are rendered at the resolution they were drawn at
 * (the fixture's 1411 px across A4: 171 dpi); at the default 300 dpi each
 * pixel is read over three times and the smudged page alone took 30 s of OCR.
 * scans.test.ts reads an image-only PDF at the default.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { LOW_OCR_CONFIDENCE } from '../../../src/read/scan/options.js';
import { imagePdf, type BitonalPage } from '../../../scripts/scans/pdf-writer.js';
import type { DirectiveDocument } from '../../../src/types.js';
import { run, tempDir, type RunResult } from '../../cli/helpers.js';

const SCANS = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'scans');

/** A page of word-sized blots, speckled (a fixed seed: the same page every run), 1 = white. */
function smudgedPage(width: number, height: number): BitonalPage {
  let seed = 7;
  const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const grey = new Uint8Array(width * height).fill(255);
  const margin = Math.round(width / 8);
  for (let y = margin; y < height - margin; y += Math.round(height / 44)) {
    for (let x = margin; x < width - margin; ) {
      const w = Math.round((width / 124) * (1 + random() * 6));
      if (random() < 0.8) {
        for (let yy = y; yy < y + Math.round(height / 80); yy++) {
          for (let xx = x; xx < Math.min(x + w, width - margin); xx++) if (random() < 0.7) grey[yy * width + xx] = 0;
        }
      }
      x += w + Math.round(width / 80);
    }
  }
  return bitonal(grey, width, height);
}

function bitonal(grey: Uint8Array, width: number, height: number): BitonalPage {
  const stride = Math.ceil(width / 8);
  const bits = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) if (grey[y * width + x]! >= 128) bits[y * stride + (x >> 3)]! |= 0x80 >> (x & 7);
  }
  return { width, height, bits };
}

/** Two scanned pages, image only: the committed fixture's first page (a medium-degraded scan that reads well), then a smudged one. */
async function mixedPdf(): Promise<Buffer> {
  const { data, info } = await sharp(readFileSync(join(SCANS, 'an-giang-kh-ubnd.png'))).greyscale().raw().toBuffer({ resolveWithObject: true });
  const good = bitonal(data, info.width, info.height);
  return imagePdf([good, smudgedPage(info.width, info.height)]);
}

/** The fixture page's resolution on A4 (1411 px across 595 pt), which the PDF's pages are rendered at. */
const DPI = '171';

/** The command run once on the mixed PDF, verbose: what it printed and the document it wrote. */
let once: Promise<{ r: RunResult; doc: DirectiveDocument }> | null = null;
function commandRun(): Promise<{ r: RunResult; doc: DirectiveDocument }> {
  once ??= (async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mixed.pdf'), await mixedPdf());
    const r = await run(['.', '-o', 'out', '-j', '1', '-v', '--dpi', DPI], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    return { r, doc: JSON.parse(readFileSync(join(dir, 'out', 'mixed.json'), 'utf8')) as DirectiveDocument };
  })();
  return once;
}

describe('a page read with low confidence', () => {
  it('is a warning naming its page; the page that reads well draws none', async () => {
    const { doc } = await commandRun();
    const [first, second] = doc.source.pages!;
    expect(first!.ocrConfidence).toBeGreaterThanOrEqual(LOW_OCR_CONFIDENCE);
    expect(second!.ocrConfidence).toBeLessThan(LOW_OCR_CONFIDENCE);
    const warnings = doc.messages.filter((m) => m.ruleId === 'scan-page');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', source: 'read' });
    expect(warnings[0]!.message).toMatch(/^page 2: read by OCR with low confidence \(0\.\d\d\): check the scan/u);
  });

  it('is printed with the file and the page by the command (--verbose)', async () => {
    const { r } = await commandRun();
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/mixed\.pdf: warning page 2: read by OCR with low confidence \(0\.\d\d\)/u);
    expect(r.stderr).not.toMatch(/mixed\.pdf: warning page 1:/u);
  });
});
