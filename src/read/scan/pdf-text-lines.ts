/**
 * A PDF page's text layer as lines of text in reading order. The pieces of
 * text a PDF draws come in whatever order its producer wrote them, so they
 * are laid out by where they sit: grouped into lines by their baseline, top
 * to bottom, and left to right along a line. Pieces far apart on one line
 * (the two columns of a directive's heading) keep a wide gap, as a text
 * file of the same page does, and a blank line stands where the page
 * leaves one.
 */

/** The part of pdf.js's TextItem this needs. */
export interface TextPiece {
  str: string;
  /** [a, b, c, d, x, y]: the text matrix; y grows upwards. */
  transform: readonly number[];
  width: number;
  height: number;
}

interface Placed {
  text: string;
  x: number;
  end: number;
  y: number;
  size: number;
}

function place(piece: TextPiece): Placed | null {
  if (piece.str === '') return null;
  const [a = 0, b = 0, , , x = 0, y = 0] = piece.transform;
  const size = Math.max(piece.height, Math.hypot(a, b), 1);
  return { text: piece.str, x, end: x + piece.width, y, size };
}

/** Joins the pieces of one line, left to right, with the gaps between them. */
function joinLine(pieces: Placed[]): string {
  pieces.sort((p, q) => p.x - q.x);
  let line = '';
  let end = -Infinity;
  for (const p of pieces) {
    const gap = p.x - end;
    if (line !== '' && !/\s$/u.test(line) && !/^\s/u.test(p.text)) {
      // A gap of several letters is a column break; a smaller one, a word space.
      if (gap > p.size * 2) line += ' '.repeat(Math.min(40, Math.max(4, Math.round(gap / (p.size * 0.5)))));
      else if (gap > p.size * 0.15) line += ' ';
    }
    line += p.text;
    end = Math.max(end, p.end);
  }
  return line.replace(/\s+$/u, '');
}

/** The page's lines, top to bottom. */
export function textLayerLines(pieces: readonly TextPiece[]): string[] {
  const placed = pieces.map(place).filter((p): p is Placed => p !== null && p.text.trim() !== '');
  placed.sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Placed[][] = [];
  for (const p of placed) {
    const last = lines.at(-1);
    // Same line while the baselines are within half a letter's height (superscripts, small drift).
    if (last && Math.abs(last[0]!.y - p.y) < Math.min(last[0]!.size, p.size) * 0.5) last.push(p);
    else lines.push([p]);
  }
  const out: string[] = [];
  lines.forEach((line, i) => {
    const above = lines[i - 1]?.[0];
    // A text layer has no empty lines: a gap of well over a line's height between baselines is where the page has one.
    if (above && above.y - line[0]!.y > Math.max(above.size, line[0]!.size) * 1.9) out.push('');
    out.push(joinLine(line).normalize('NFC'));
  });
  return out;
}

/** Letters in the page's text, and the share of characters no real text has (replacement, private use, control): a layer of garbage from a font without a Unicode map. */
export function usableTextLayer(lines: readonly string[], minLetters = 20): boolean {
  const text = lines.join('');
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < minLetters) return false;
  const junk = text.match(/[\uFFFD\p{Co}\p{Cc}]/gu)?.length ?? 0;
  return junk / text.length < 0.05;
}
