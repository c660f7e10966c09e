/**
 * Tesseract's word confidences inform the restorer: a well-formed accented word
 * the engine was sure of stays as printed, a word it doubted is reconsidered.
 */
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import '../../src/file-data.js';
import parseText from '../../src/read/parse-text.js';
import { loadRestorer, restoreText, type WordConfidence } from '../../src/restore/index.js';
import restorePlugin from '../../src/restore/plugin.js';
import type { LineNode, Root } from '../../src/tree.js';

const restorer = loadRestorer();

/** OCR'd with a Vietnamese model: 'sắn' (cassava) read right, 'ctia' (của) and the rest of the heading garbled. */
const OCR = 'Ban Thuong vu Tinh ty giao Sở Nông nghiệp rà soát diện tích lúa, ngô, khoai, sắn, ctia các xã.';

/** Every word split at spaces, at `sure` confidence, but those named, at `unsure`. */
function confidences(text: string, doubted: readonly string[], sure = 0.96, unsure = 0.45): WordConfidence[] {
  return [...text.matchAll(/\S+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    confidence: doubted.some((d) => m[0].startsWith(d)) ? unsure : sure,
  }));
}

const DOUBTED = ['Thuong', 'vu', 'Tinh', 'ty', 'ctia'];

describe('restoring OCR text with the engine\'s word confidences', () => {
  it('keeps a confident, accented word the language model alone would change', () => {
    const alone = restoreText(OCR, restorer).text;
    expect(alone, 'the model alone changes sắn (else this test shows nothing)').not.toContain('sắn,');
    const informed = restoreText(OCR, restorer, { ocrWords: confidences(OCR, DOUBTED) }).text;
    expect(informed).toContain('khoai, sắn, của các xã.');
  });

  it('still repairs the words the engine doubted', () => {
    const informed = restoreText(OCR, restorer, { ocrWords: confidences(OCR, DOUBTED) }).text;
    expect(informed.startsWith('Ban Thường vụ Tỉnh ủy giao Sở')).toBe(true);
  });

  it('reconsiders an accented word the engine was unsure of', () => {
    const unsure = restoreText(OCR, restorer, { ocrWords: confidences(OCR, [...DOUBTED, 'sắn']) }).text;
    expect(unsure).toBe(restoreText(OCR, restorer).text);
  });

  it('is carried through the pipeline\'s lines by input offsets (file.data.ocrWords)', async () => {
    const input = `${OCR}\n\n${OCR}\n`;
    const processor = unified().use(parseText).use(restorePlugin, { restorer });
    const file = new VFile({ value: input });
    file.data.ocrWords = confidences(input, DOUBTED);
    const tree = (await processor.run(processor.parse(file), file)) as Root;
    const lines = tree.children as LineNode[];
    for (const line of [lines[0]!, lines[2]!]) {
      expect(line.value).toContain('khoai, sắn, của các xã.');
      expect(line.value.startsWith('Ban Thường vụ Tỉnh ủy')).toBe(true);
    }
  });
});
