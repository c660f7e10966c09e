/** Extraction reads damaged words by the shared OCR cost of src/vi. */
export { MAX_WORD, budget, ocrCost } from '../../vi/ocr-cost.js';
