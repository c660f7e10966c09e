/** The OCR models come from npm packages, never the network: a missing one is named with the package to install. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/api.js';
import { modelFiles, OcrDataMissing } from '../../../src/read/scan/ocr-engine.js';

const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('OCR models', () => {
  it('finds the Vietnamese model that npm ci installs', () => {
    const [vie] = modelFiles('vie');
    expect(vie!.code).toBe('vie');
    expect(vie!.file).toMatch(/@tesseract\.js-data\/vie\/4\.0\.0_best_int\/vie\.traineddata\.gz$/u);
    expect(existsSync(vie!.file)).toBe(true);
  });

  it('names the package of a language that is not installed', () => {
    expect(() => modelFiles('vie+xyz')).toThrow(OcrDataMissing);
    expect(() => modelFiles('vie+xyz')).toThrow('the OCR model for "xyz" is not installed (npm package @tesseract.js-data/xyz); run npm ci, or npm install @tesseract.js-data/xyz for another language');
  });

  it('makes a missing model a failure of the input, not a crash', async () => {
    const err = await parse(PNG_HEADER, { path: 'page.png', ocrLang: 'xyz' }).catch((e: unknown) => e as Error & { code: string });
    expect(err).toMatchObject({ name: 'InputError', code: 'ocr-unavailable' });
  });
});
