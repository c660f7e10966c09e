/**
 * How sure the reader of a scan (OCR) was of each word it printed, carried
 * with the text from the read stage to the restorer, which leaves alone what
 * the reader read surely and right.
 */

/** A word as read, by UTF-16 offsets [start, end) into the text, with the reader's confidence in it (0–1). */
export interface WordConfidence {
  start: number;
  end: number;
  confidence: number;
}

/** The words inside text[from, to), by offsets into that slice. */
export function wordsInSlice(words: readonly WordConfidence[], from: number, to: number): WordConfidence[] {
  const out: WordConfidence[] = [];
  for (const w of words) if (w.start >= from && w.end <= to) out.push({ start: w.start - from, end: w.end - from, confidence: w.confidence });
  return out;
}
