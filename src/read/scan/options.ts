/** How scans are read: when to OCR, in which languages, at what resolution. */

/** `auto`: OCR only PDF pages with no usable text layer (images always); `always`: OCR every PDF page; `never`: no OCR (image files then fail). */
export type OcrMode = 'auto' | 'always' | 'never';

export const OCR_MODES: readonly OcrMode[] = ['auto', 'always', 'never'];

export interface ScanOptions {
  /** `--ocr`, default `auto`. */
  ocr?: OcrMode;
  /** `--ocr-lang`: Tesseract languages joined by `+`, each installed as `@tesseract.js-data/LANG`; default `vie`. */
  ocrLang?: string;
  /** `--dpi`: resolution PDF pages are rendered at for OCR; default 300. */
  dpi?: number;
}

/** Mean word confidence under which an OCR'd page gets a warning: clean scans read at 0.9 and more, a page under this is worth a look. */
export const LOW_OCR_CONFIDENCE = 0.7;

export const DEFAULT_OCR_LANG = 'vie';

/** The resolution PDF pages are rendered at for OCR: the one Tesseract's models read best at. */
export const DEFAULT_DPI = 300;
