/**
 * The OCR engine is started once and reused page after page, and replaced by
 * a fresh one after RECYCLE_OCR_AFTER_PAGES pages (its memory creeps up with
 * every page it reads). Tesseract itself is stood in for here.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';

const started: Array<{ terminated: boolean }> = [];
vi.mock('tesseract.js', () => ({
  OEM: { LSTM_ONLY: 1 },
  createWorker: vi.fn(async () => {
    const worker = { terminated: false, recognize: async () => ({ data: { text: 'văn bản\n', confidence: 95, blocks: [] } }), terminate: async () => void (worker.terminated = true) };
    started.push(worker);
    return worker;
  }),
}));

const { closeOcr, recognizePage, RECYCLE_OCR_AFTER_PAGES } = await import('../../../src/read/scan/ocr-engine.js');

afterAll(() => closeOcr());

describe('the OCR engine', () => {
  it(`reads ${RECYCLE_OCR_AFTER_PAGES} pages with one engine, then starts a fresh one and stops the old`, async () => {
    const page = new Uint8Array([80, 53, 10, 49, 32, 49, 10, 50, 53, 53, 10, 255]);
    for (let i = 0; i < RECYCLE_OCR_AFTER_PAGES; i++) expect((await recognizePage(page, 'vie')).text).toBe('văn bản\n');
    expect(started).toHaveLength(1);
    await recognizePage(page, 'vie');
    expect(started).toHaveLength(2);
    expect(started.map((w) => w.terminated)).toEqual([true, false]);
  });
});
