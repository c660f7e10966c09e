/**
 * unified parser for plain text: a root whose children are the input's lines. Pipe tables in
 * the text are marked as table rows, as Markdown input's are, and so are the lines of pipe tables
 * OCR wrapped; their cells are split after restoration, from the restored lines.
 */
import type { Plugin } from 'unified';
import type { Root } from '../tree.js';
import { pipeTableLines } from '../text/pipe-rows.js';
import { wrappedPipeTables } from '../text/wrapped-pipe-rows.js';
import { endPoint, splitLines } from './lines.js';

export function parseTextToRoot(text: string): Root {
  const children = splitLines(text);
  const values = children.map((l) => l.value);
  const pipes = pipeTableLines(values);
  for (const i of pipes) children[i]!.data = { ...children[i]!.data, markdown: 'tableRow' };
  for (const [i, part] of wrappedPipeTables(values, pipes)) children[i]!.data = { ...children[i]!.data, markdown: 'tableRow', wrappedRow: part };
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) } };
}

const parseText: Plugin<[], string, Root> = function () {
  this.parser = (document: string) => parseTextToRoot(document);
};

export default parseText;
