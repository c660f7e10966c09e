/** unified parser for plain text: a root whose children are the input's lines. */
import type { Plugin } from 'unified';
import type { Root } from '../tree.js';
import { endPoint, splitLines } from './lines.js';

export function parseTextToRoot(text: string): Root {
  const children = splitLines(text);
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) } };
}

const parseText: Plugin<[], string, Root> = function () {
  this.parser = (document: string) => parseTextToRoot(document);
};

export default parseText;
