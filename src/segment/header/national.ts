/**
 * The top of the first page: the issuing body on the left, the national
 * heading and motto on the right. OCR flattens the two columns onto the same
 * lines ("TỈNH ỦY HƯNG YÊN ĐẢNG CỘNG SẢN VIỆT NAM"), so each line is cut where
 * the national heading or motto starts. The heading is one of two fixed
 * strings, so it is returned in its canonical spelling however OCR printed it
 * ("PANG CỘNG SẢN VIỆT NAM" is "ĐẢNG CỘNG SẢN VIỆT NAM"), with the print kept
 * for the message that says so. OCR may wrap the heading's last word onto the
 * next line and run the motto's words together ("Tudo"); both still count.
 */
import { findPhrase, foldDroppingMarks, isPhrase, locatePhrase, phraseKeys, sameWord, wordSpans, words } from '../text/fold.js';

export const NATIONAL_HEADINGS = ['ĐẢNG CỘNG SẢN VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'] as const;
const HEADINGS = NATIONAL_HEADINGS.map((h) => ({ canonical: h, keys: phraseKeys(h) }));
const MOTTO = phraseKeys('Độc lập Tự do Hạnh phúc');
const MOTTO_START = phraseKeys('Độc lập');
/**
 * The rest of a motto whose middle OCR ran together or restoration misread ("Độc lập - Tudo - Hạnh
 * phúc", "Độc lập - Tuần - Hành phúc"): one or two short words, then "Hạnh ph…".
 */
const MOTTO_REST = /^[\s\-–]{0,4}[a-z]{1,6}(?:\s{1,2}[a-z]{1,3})?[\s\-–]{1,4}h[a-z]{1,3}\s{0,2}ph/u;

export interface TopLine {
  /** The left-column part, trimmed; '' when the line is all national heading. */
  left: string;
  /** The national heading in its canonical spelling, when on this line. */
  heading: string | null;
  /** The heading as printed (differs from `heading` when OCR damaged it). */
  printed: string | null;
  /** True when the line carries the motto. */
  motto: boolean;
  /** Keyed words of the heading the line did not hold: OCR wrapped them onto the next line ("NAM"). */
  rest?: string[];
}

/** Top-of-page lines are short; anything longer is body text. */
const MAX_TOP_LINE = 200;

/** Where the motto starts, its words whole or run together, or -1. */
function mottoAt(text: string): number {
  const whole = locatePhrase(text, MOTTO);
  if (whole) return whole.start;
  const start = locatePhrase(text, MOTTO_START);
  return start && MOTTO_REST.test(foldDroppingMarks(text.slice(start.end))) ? start.start : -1;
}

/**
 * A heading OCR damaged past the word-by-word reading: one word of it too
 * damaged to read ("CỘNG HÒA XÃ HỌ! CHỦ NGHĨA VIỆT NAM"; its first and last
 * words must read), or its last one or two words wrapped onto the next line
 * ("… CHỦ NGHĨA VIỆT" / "NAM", kept in `rest`), or both.
 */
function damagedHeading(text: string): { canonical: string; start: number; end: number; rest: string[] } | null {
  const spans = wordSpans(text);
  for (const { canonical, keys } of HEADINGS) {
    // The heading may wrap after any of its words but its first three ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM").
    for (let cut = 0; cut <= keys.length - 3; cut++) {
      const head = keys.slice(0, keys.length - cut);
      // A wrapped heading ends the line; a whole one may stand anywhere.
      const froms = cut > 0 ? [spans.length - head.length] : spans.map((_, i) => i).slice(0, Math.max(0, spans.length - head.length + 1));
      for (const from of froms) {
        if (from < 0) continue;
        let missed = 0;
        for (let k = 0; k < head.length && missed <= 1; k++) if (!sameWord(spans[from + k]!.key, head[k]!)) missed++;
        const ends = sameWord(spans[from]!.key, head[0]!) && sameWord(spans[from + head.length - 1]!.key, head[head.length - 1]!);
        if (!ends || missed > (head.length >= 4 ? 1 : 0)) continue;
        return { canonical, start: spans[from]!.start, end: spans[from + head.length - 1]!.end, rest: keys.slice(head.length) };
      }
    }
  }
  return null;
}

export function splitTopLine(text: string): TopLine {
  if (text.length > MAX_TOP_LINE) return { left: text.trim(), heading: null, printed: null, motto: false };
  for (const { canonical, keys } of HEADINGS) {
    const at = locatePhrase(text, keys);
    if (at) {
      return {
        left: text.slice(0, at.start).trim(),
        heading: canonical,
        printed: text.slice(at.start, at.end).trim(),
        motto: mottoAt(text) !== -1,
      };
    }
  }
  const damaged = damagedHeading(text);
  if (damaged) {
    const printed = text.slice(damaged.start, damaged.end).trim();
    const found: TopLine = { left: text.slice(0, damaged.start).trim(), heading: damaged.canonical, printed, motto: mottoAt(text) !== -1 };
    return damaged.rest.length > 0 ? { ...found, rest: damaged.rest } : found;
  }
  const motto = mottoAt(text);
  if (motto !== -1) return { left: text.slice(0, motto).trim(), heading: null, printed: null, motto: true };
  return { left: text.trim(), heading: null, printed: null, motto: false };
}

/** Whether a line is nothing but the heading's words the line above did not hold. */
export function isHeadingRest(text: string, rest: readonly string[] = []): boolean {
  return rest.length > 0 && isPhrase(words(text), rest);
}
