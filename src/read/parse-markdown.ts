/**
 * unified parser for Markdown: remark-parse with GFM reads the source, and
 * its blocks are laid out as the same flat root of `line` nodes the text
 * parser makes (see ./markdown/blocks.ts). Blank source lines become blank
 * line nodes, as in text; syntax-only lines (table delimiter rows, code
 * fences, setext underlines) get none.
 */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Plugin } from 'unified';
import type { LineNode, Root } from '../tree.js';
import { endPoint, lineNode } from './lines.js';
import { BlockMapper } from './markdown/blocks.js';
import { indexLines, lineText, pointAt } from './markdown/source.js';

const markdown = unified().use(remarkParse).use(remarkGfm).freeze();

export function parseMarkdownToRoot(text: string): Root {
  const source = indexLines(text);
  const mapped = new BlockMapper(source).mapRoot(markdown.parse(text));
  const byLine = new Map<number, LineNode>();
  for (const node of mapped) {
    // One node per source line; a second block on the same line (rare) joins the first.
    const existing = byLine.get(node.position.start.line);
    if (existing) {
      existing.value += ` ${node.value}`;
      existing.position.end = { ...existing.position.end, column: existing.position.end.column + node.value.length + 1 };
    } else byLine.set(node.position.start.line, node);
  }
  source.starts.forEach((_, i) => {
    const line = i + 1;
    const raw = lineText(source, line);
    if (!byLine.has(line) && raw.trim() === '') {
      const at = pointAt(source, line, 1);
      byLine.set(line, lineNode(raw, line, 1, at.offset ?? 0));
    }
  });
  const children = [...byLine.values()].sort((a, b) => a.position.start.line - b.position.start.line);
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) } };
}

const parseMarkdown: Plugin<[], string, Root> = function () {
  this.parser = (document: string) => parseMarkdownToRoot(document);
};

export default parseMarkdown;
