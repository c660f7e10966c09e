/**
 * The top of the first page: the issuing body on the left, the national
 * heading and motto on the right. OCR flattens the two columns onto the same
 * lines ("TỈNH ỦY HƯNG YÊN ĐẢNG CỘNG SẢN VIỆT NAM"), so each line is cut where
 * the national heading or motto starts.
 */
import { locatePhrase, phraseKeys } from '../text/fold.js';

const HEADINGS = [phraseKeys('Đảng Cộng sản Việt Nam'), phraseKeys('Cộng hòa xã hội chủ nghĩa Việt Nam')];
const MOTTO = phraseKeys('Độc lập Tự do Hạnh phúc');

export interface TopLine {
  /** The left-column part, trimmed; '' when the line is all national heading. */
  left: string;
  /** The national heading as printed, when on this line. */
  heading: string | null;
  /** True when the line carries the motto. */
  motto: boolean;
}

/** Top-of-page lines are short; anything longer is body text. */
const MAX_TOP_LINE = 200;

export function splitTopLine(text: string): TopLine {
  if (text.length > MAX_TOP_LINE) return { left: text.trim(), heading: null, motto: false };
  for (const phrase of HEADINGS) {
    const at = locatePhrase(text, phrase);
    if (at) {
      return {
        left: text.slice(0, at.start).trim(),
        heading: text.slice(at.start, at.end).trim(),
        motto: locatePhrase(text, MOTTO) !== null,
      };
    }
  }
  const motto = locatePhrase(text, MOTTO);
  if (motto) return { left: text.slice(0, motto.start).trim(), heading: null, motto: true };
  return { left: text.trim(), heading: null, motto: false };
}
