/**
 * unified parser for Markdown: remark-parse with GFM reads the source, and
 * its blocks are laid out as the same flat root of `line` nodes the text
 * parser makes (see ./markdown/blocks.ts). Blank source lines become blank
 * line nodes, as in text; syntax-only lines (table delimiter rows, code
 * fences, setext underlines) get none. A source past the bounds of
 * ./markdown/bounds.ts is read as plain text, with a warning.
 */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { LineNode, Root } from '../tree.js';
import { endPoint, lineNode } from './lines.js';
import { BlockMapper } from './markdown/blocks.js';
import { markdownBounds, type MarkdownRefusal } from './markdown/bounds.js';
import { indexLines, lineText, pointAt } from './markdown/source.js';
import { parseTextToRoot } from './parse-text.js';

const markdown = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * The root of a Markdown source; `onPlainText` hears why when the source is
 * past the parser's bounds and is read as plain text instead.
 */
export function parseMarkdownToRoot(text: string, onPlainText?: (why: MarkdownRefusal) => void): Root {
  const refusal = markdownBounds(text);
  if (refusal !== null) {
    onPlainText?.(refusal);
    return parseTextToRoot(text);
  }
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

function warn(file: VFile, why: MarkdownRefusal): void {
  file.message(`Read as plain text, not Markdown: ${why.message}; the Markdown parser slows down without bound past it`, {
    ruleId: 'markdown-as-text',
    source: 'read',
    place: { line: why.line, column: 1 },
  });
}

const parseMarkdown: Plugin<[], string, Root> = function () {
  this.parser = (document: string, file: VFile) => parseMarkdownToRoot(document, (why) => warn(file, why));
};

export default parseMarkdown;
