/**
 * A long scanned document gives the OCR engine back once its pages are read
 * (its text is then parsed, when the heap is at its largest); a short one
 * leaves it running for the next document.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/read/scan/ocr-engine.js', async (original) => ({
  ...(await original<typeof import('../../../src/read/scan/ocr-engine.js')>()),
  recognizePage: vi.fn(async () => ({ text: 'Trang văn bản\n', confidence: 0.95, words: [{ text: 'Trang', confidence: 0.95 }, { text: 'văn', confidence: 0.95 }, { text: 'bản', confidence: 0.95 }] })),
  closeOcr: vi.fn(async () => {}),
}));

const { closeOcr, recognizePage } = await import('../../../src/read/scan/ocr-engine.js');
const { readScan, RELEASE_OCR_AFTER_PAGES } = await import('../../../src/read/scan/read-scan.js');

/** A PDF of `n` blank 1-inch pages with no text layer: every page goes to OCR. */
function blankPdf(n: number): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Count ${n} /Kids [${Array.from({ length: n }, (_, i) => `${i + 3} 0 R`).join(' ')}] >>`];
  for (let i = 0; i < n; i++) objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>');
  let body = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

beforeEach(() => vi.clearAllMocks());

describe('the OCR engine after a document', () => {
  it(`is stopped once ${RELEASE_OCR_AFTER_PAGES} OCR'd pages are read`, async () => {
    const read = await readScan(blankPdf(RELEASE_OCR_AFTER_PAGES), 'pdf', { dpi: 10 });
    expect(read.ok ? read.kind : read.problem).toBe('pdf-ocr');
    expect(recognizePage).toHaveBeenCalledTimes(RELEASE_OCR_AFTER_PAGES);
    expect(closeOcr).toHaveBeenCalledTimes(1);
  });

  it('is kept for the next document after fewer pages', async () => {
    const read = await readScan(blankPdf(RELEASE_OCR_AFTER_PAGES - 1), 'pdf', { dpi: 10 });
    expect(read.ok ? read.kind : read.problem).toBe('pdf-ocr');
    expect(closeOcr).not.toHaveBeenCalled();
  });
});
