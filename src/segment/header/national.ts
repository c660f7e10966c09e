/**
 * The top of the first page: the issuing body on the left, the national
 * heading and motto on the right. OCR flattens the two columns onto the same
 * lines ("TỈNH ỦY HƯNG YÊN ĐẢNG CỘNG SẢN VIỆT NAM"), so each line is cut where
 * the national heading or motto starts. The heading is one of two fixed
 * strings, so it is returned in its canonical spelling however OCR printed it
 * ("PANG CỘNG SẢN VIỆT NAM" is "ĐẢNG CỘNG SẢN VIỆT NAM"), with the print kept
 * for the message that says so.
 */
import { locatePhrase, phraseKeys } from '../text/fold.js';

export const NATIONAL_HEADINGS = ['ĐẢNG CỘNG SẢN VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'] as const;
const HEADINGS = NATIONAL_HEADINGS.map((h) => ({ canonical: h, keys: phraseKeys(h) }));
const MOTTO = phraseKeys('Độc lập Tự do Hạnh phúc');

export interface TopLine {
  /** The left-column part, trimmed; '' when the line is all national heading. */
  left: string;
  /** The national heading in its canonical spelling, when on this line. */
  heading: string | null;
  /** The heading as printed (differs from `heading` when OCR damaged it). */
  printed: string | null;
  /** True when the line carries the motto. */
  motto: boolean;
}

/** Top-of-page lines are short; anything longer is body text. */
const MAX_TOP_LINE = 200;

export function splitTopLine(text: string): TopLine {
  if (text.length > MAX_TOP_LINE) return { left: text.trim(), heading: null, printed: null, motto: false };
  for (const { canonical, keys } of HEADINGS) {
    const at = locatePhrase(text, keys);
    if (at) {
      return {
        left: text.slice(0, at.start).trim(),
        heading: canonical,
        printed: text.slice(at.start, at.end).trim(),
        motto: locatePhrase(text, MOTTO) !== null,
      };
    }
  }
  const motto = locatePhrase(text, MOTTO);
  if (motto) return { left: text.slice(0, motto.start).trim(), heading: null, printed: null, motto: true };
  return { left: text.trim(), heading: null, printed: null, motto: false };
}
