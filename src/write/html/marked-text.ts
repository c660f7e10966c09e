/**
 * The restored text as HTML lines, each changed word marked and each
 * low-confidence word highlighted, with what OCR printed (and the restorer's
 * other readings) in data attributes for the hover tip.
 *
 * Token spans are positions in the input, and the restored text is the input
 * line for line, so a token is found on its line by the text between tokens
 * (which restoration leaves as it was). Where something between tokens did
 * change length (a repaired number, a joined symbol), the token is looked
 * for a few characters either side; one not found is left unmarked.
 */
import type { RestoredToken } from '../../types.js';
import { esc } from './escape.js';
import { percent } from './strings.js';

/** How far from its expected place a token is looked for. */
const SLACK = 12;

interface Placed {
  token: RestoredToken;
  at: number;
}

function placeOnLine(line: string, tokens: readonly RestoredToken[]): Placed[] {
  const placed: Placed[] = [];
  let shift = 0;
  let floor = 0;
  for (const token of tokens) {
    const expected = token.span.start.column - 1 + shift;
    if (line.startsWith(token.restored, expected) && expected >= floor) {
      placed.push({ token, at: expected });
      floor = expected + token.restored.length;
      shift += token.restored.length - (token.span.end.column - token.span.start.column);
      continue;
    }
    const found = line.indexOf(token.restored, Math.max(floor, expected - SLACK));
    if (found < 0 || found > expected + SLACK || token.restored === '') continue;
    placed.push({ token, at: found });
    floor = found + token.restored.length;
    shift = floor - (token.span.end.column - 1);
  }
  return placed;
}

/** The restorer's other readings, "text 12,5 %" each, for the tip. */
function alternatives(token: RestoredToken): string {
  return token.alternatives
    .filter((a) => a.text !== token.restored)
    .map((a) => `${a.text} ${percent(a.confidence)}`)
    .join(', ');
}

function markedLine(line: string, placed: readonly Placed[], lowBelow: number): string {
  let html = '';
  let from = 0;
  for (const { token, at } of placed) {
    const low = token.confidence < lowBelow;
    const changed = token.original !== token.restored;
    html += esc(line.slice(from, at));
    const cls = [changed ? 'ch' : '', low ? 'lo' : ''].filter((c) => c !== '').join(' ');
    const alt = alternatives(token);
    // The tip's words are the page's (scripts.ts); each word carries its own values only, there are thousands.
    html += `<span class="w ${cls}" data-o="${esc(token.original)}" data-c="${esc(percent(token.confidence))}"${alt === '' ? '' : ` data-a="${esc(alt)}"`}>${esc(token.restored)}</span>`;
    from = at + token.restored.length;
  }
  return html + esc(line.slice(from));
}

/**
 * One `<div class="ln" id="L{n}">` per line of the restored text. Tokens are
 * low-confidence below `lowBelow` (the run's threshold).
 */
export function markedTextHtml(restoredText: string, details: readonly RestoredToken[], lowBelow: number): string {
  const byLine = new Map<number, RestoredToken[]>();
  for (const token of details) {
    if (token.span.start.line !== token.span.end.line) continue;
    const list = byLine.get(token.span.start.line);
    if (list) list.push(token);
    else byLine.set(token.span.start.line, [token]);
  }
  const lines = restoredText.replace(/\r?\n$/u, '').split(/\r?\n/u);
  return lines
    .map((line, i) => {
      const n = i + 1;
      const tokens = byLine.get(n);
      const body = tokens ? markedLine(line, placeOnLine(line, tokens), lowBelow) : esc(line);
      return `<div class="ln" id="L${n}"><a class="n" href="#L${n}">${n}</a><span class="t">${body}</span></div>`;
    })
    .join('\n');
}
