/**
 * The restore stage as a unified transformer over the root of line nodes.
 * The whole document is restored at once (the noise regime is a property of
 * the document); sentences and paragraphs are found by the decoder, so
 * context runs across wrapped lines but not across blank lines. Each changed
 * line keeps its input in `data.original` and offset anchors in
 * `data.anchors`, and the summary goes to `file.data.restoration`.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import '../file-data.js';
import type { LineNode, OffsetAnchors, Root } from '../tree.js';
import type { Point, RestoredToken, RestorationSummary } from '../types.js';
import type { WordConfidence } from '../text/word-confidence.js';
import { restoreText, type RestoreOptions, type RestoreResult } from './index.js';
import { loadRestorer, type Restorer, type RestorerOptions } from './restorer.js';
import { explainRows } from './explain-rows.js';

export interface RestorePluginOptions extends RestoreOptions, RestorerOptions {
  /** A restorer loaded once and shared across documents; loaded from the other options when absent. */
  restorer?: Restorer;
}

interface Placed {
  line: LineNode;
  /** Where the line's value starts in the joined text. */
  at: number;
}

/** Lines joined by "\n"; a gap in line numbers (Markdown syntax lines) becomes a blank line. */
function joinLines(lines: readonly LineNode[]): { text: string; placed: Placed[] } {
  let text = '';
  const placed: Placed[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i > 0) {
      const gap = line.position.start.line - lines[i - 1]!.position.start.line;
      text += gap > 1 ? '\n\n' : '\n';
    }
    placed.push({ line, at: text.length });
    text += line.value;
  }
  return { text, placed };
}

/** The input point of an offset into a line's original value. */
function pointIn(line: LineNode, offset: number): Point {
  const start = line.position.start;
  return {
    line: start.line,
    column: start.column + offset,
    ...(start.offset === undefined ? {} : { offset: start.offset + offset }),
  };
}

/** Writes each line's edits into its value, with anchors back to the original. */
function applyToLines(placed: readonly Placed[], result: RestoreResult): void {
  let e = 0;
  for (const { line, at } of placed) {
    const end = at + line.value.length;
    const original = line.value;
    let value = '';
    let from = 0;
    const anchors: OffsetAnchors = [[0, 0]];
    for (; e < result.edits.length && result.edits[e]!.start < end; e++) {
      const edit = result.edits[e]!;
      if (edit.start < at || edit.end > end) continue; // never across lines
      const s = edit.start - at;
      value += original.slice(from, s);
      anchors.push([value.length, s]);
      value += edit.text;
      anchors.push([value.length, edit.end - at]);
      from = edit.end - at;
    }
    if (anchors.length === 1) continue;
    value += original.slice(from);
    line.value = value;
    line.data = { ...line.data, original, anchors };
  }
}

/**
 * The OCR words of the input (offsets into `input`, the file's text) by
 * offsets into the joined lines `text`: each word on one line, found by the
 * line's input offset, and kept only where both texts print it alike.
 */
function wordsInJoined(placed: readonly Placed[], words: readonly WordConfidence[], input: string, text: string): WordConfidence[] {
  const out: WordConfidence[] = [];
  let p = 0;
  for (const w of words) {
    while (p < placed.length && lineEnd(placed[p]!) <= w.start) p++;
    const place = placed[p];
    const from = place?.line.position.start.offset;
    if (place === undefined || from === undefined || w.start < from || w.end > lineEnd(place)) continue;
    const start = place.at + w.start - from;
    const end = place.at + w.end - from;
    if (text.slice(start, end) === input.slice(w.start, w.end)) out.push({ start, end, confidence: w.confidence });
  }
  return out;
}

/** The input offset where a line's value ends (values are the input's until this stage edits them). */
const lineEnd = ({ line }: Placed): number => (line.position.start.offset ?? -1) + line.value.length;

/** The input point of an offset into the joined text (placed lines in order). */
function pointAt(placed: readonly Placed[], offset: number): Point {
  let lo = 0;
  let hi = placed.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (placed[mid]!.at <= offset) lo = mid;
    else hi = mid - 1;
  }
  const { line, at } = placed[lo]!;
  return pointIn(line, offset - at);
}

/** Confidences are estimates: four decimals say all they know, and keep NAME.json readable. */
const round = (x: number): number => Math.round(x * 1e4) / 1e4;

function summarise(placed: readonly Placed[], result: RestoreResult): RestorationSummary {
  const details: RestoredToken[] = [];
  let p = 0;
  for (const t of result.tokens) {
    while (p + 1 < placed.length && placed[p + 1]!.at <= t.start) p++;
    const { line, at } = placed[p]!;
    details.push({
      original: t.original,
      restored: t.restored,
      confidence: round(t.confidence),
      alternatives: t.alternatives.map((a) => ({ text: a.text, confidence: round(a.confidence) })),
      span: { start: pointIn(line, t.start - at), end: pointIn(line, t.end - at) },
    });
  }
  return {
    applied: result.applied,
    tokens: result.stats.words,
    changed: result.stats.changed,
    lowConfidence: result.stats.lowConfidence,
    meanConfidence: round(result.stats.meanConfidence),
    details,
  };
}

const restorePlugin: Plugin<[RestorePluginOptions?], Root> = function (options = {}) {
  let restorer = options.restorer;
  return (tree: Root, file: VFile) => {
    restorer ??= loadRestorer(options);
    const lines = tree.children.filter((node): node is LineNode => node.type === 'line');
    const { text, placed } = joinLines(lines);
    const ocrWords = file.data.ocrWords ? wordsInJoined(placed, file.data.ocrWords, String(file.value), text) : undefined;
    const result = restoreText(text, restorer, ocrWords ? { ...options, ocrWords } : options);
    applyToLines(placed, result);
    file.data.restoration = summarise(placed, result);
    if (result.explained) file.data.explanation = explainRows(result.explained, (offset) => pointAt(placed, offset));
  };
};

export default restorePlugin;
