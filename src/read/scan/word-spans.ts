/**
 * Where Tesseract's words sit in the text it printed for the page, so that
 * each word's confidence can travel with the text: Tesseract prints its words
 * in reading order, one line of text per line of words, so each word is
 * looked for after the one before.
 */
import type { OcrWord } from './ocr-engine.js';

/** An OCR word on a page: its line (0-based, of the page's text lines) and columns [start, end). */
export interface LineWord {
  line: number;
  start: number;
  end: number;
  /** Tesseract's confidence in the word, 0–1. */
  confidence: number;
}

/**
 * How many lines past the current one a word is looked for: a word missing
 * from the text (Tesseract drops words of spaces only) must not carry the
 * search to the end of the page.
 */
const LOOK_AHEAD = 2;

/** The words found in `lines` (the page's text as ocrLines gives it), in order; a word not found is left out. */
export function locateWords(lines: readonly string[], words: readonly OcrWord[]): LineWord[] {
  const out: LineWord[] = [];
  let line = 0;
  let column = 0;
  for (const word of words) {
    const text = word.text.normalize('NFC').trim();
    if (text === '') continue;
    for (let l = line; l < lines.length && l <= line + LOOK_AHEAD; l++) {
      const at = lines[l]!.indexOf(text, l === line ? column : 0);
      if (at < 0) continue;
      out.push({ line: l, start: at, end: at + text.length, confidence: word.confidence });
      line = l;
      column = at + text.length;
      break;
    }
  }
  return out;
}
