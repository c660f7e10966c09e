/**
 * Markdown blocks onto `line` nodes, one per source line that carries text,
 * so Markdown input reaches the segmenter in the same shape as plain text:
 * list items keep their bullet or number in the value ("- foo", "1. foo"),
 * footnote definitions start with their superscript number, and each GFM
 * table row is one line with its cells split out in `data.cells`.
 */
import type { Code, FootnoteDefinition, Heading, List, ListItem, Paragraph, Root as MdRoot, RootContent, Table } from 'mdast';
import type { Point } from 'unist';
import type { LineData, LineNode } from '../../tree.js';
import { lineNode } from '../lines.js';
import { footnoteMark, inlineLines } from './inline.js';
import { lineText, pointAt, type SourceLines } from './source.js';

/** Text owed to the next line emitted on a given source line: a list marker, a footnote number. */
interface Prefix {
  line: number;
  text: string;
  start: Point;
}

interface Context {
  /** List nesting depth; 0 outside lists. */
  listDepth: number;
}

export class BlockMapper {
  readonly lines: LineNode[] = [];
  private prefix: Prefix | null = null;

  constructor(private readonly source: SourceLines) {}

  mapRoot(root: MdRoot): LineNode[] {
    this.blocks(root.children, { listDepth: 0 });
    return this.lines;
  }

  private emit(value: string, start: Point, data: LineData): void {
    let text = value;
    let at = start;
    if (this.prefix) {
      if (this.prefix.line === start.line) {
        text = this.prefix.text + value;
        at = this.prefix.start;
      } else this.flushPrefix(data);
      this.prefix = null;
    }
    this.lines.push(lineNode(text, at.line, at.column, at.offset ?? 0, data));
  }

  /** A marker whose content is on a later line (or absent) gets a line of its own. */
  private flushPrefix(data: LineData): void {
    const p = this.prefix;
    if (!p) return;
    this.prefix = null;
    this.lines.push(lineNode(p.text.trimEnd(), p.start.line, p.start.column, p.start.offset ?? 0, data));
  }

  private blocks(nodes: readonly RootContent[], ctx: Context): void {
    for (const node of nodes) this.block(node, ctx);
  }

  private block(node: RootContent, ctx: Context): void {
    switch (node.type) {
      case 'heading':
        return this.heading(node);
      case 'paragraph':
        return this.paragraph(node, ctx);
      case 'list':
        return this.list(node, ctx);
      case 'table':
        return this.table(node);
      case 'code':
        return this.code(node);
      case 'blockquote':
        return this.blocks(node.children, ctx);
      case 'footnoteDefinition':
        return this.footnote(node, ctx);
      case 'thematicBreak':
        if (node.position) this.emit('', node.position.start, { markdown: 'thematicBreak' });
        return;
      case 'html':
        return this.raw(node.value, node.position?.start, { markdown: 'paragraph' });
      default:
        // Link definitions and the like carry no text of the document.
        return;
    }
  }

  private heading(node: Heading): void {
    for (const l of inlineLines(node.children, this.source)) {
      this.emit(l.text, l.start, { markdown: 'heading', depth: node.depth });
    }
  }

  private paragraph(node: Paragraph, ctx: Context): void {
    const data: LineData = ctx.listDepth > 0 ? { markdown: 'listItem', depth: ctx.listDepth } : { markdown: 'paragraph' };
    for (const l of inlineLines(node.children, this.source, node.position?.start)) this.emit(l.text, l.start, data);
  }

  private list(node: List, ctx: Context): void {
    const inner = { listDepth: ctx.listDepth + 1 };
    for (const item of node.children) this.listItem(item, inner);
  }

  private listItem(item: ListItem, ctx: Context): void {
    const start = item.position?.start;
    if (!start || start.offset === undefined) return this.blocks(item.children, ctx);
    const first = item.children[0]?.position?.start;
    const data: LineData = { markdown: 'listItem', depth: ctx.listDepth };
    // The marker as written, with the checkbox of a task item and the spacing after it.
    const text =
      first && first.line === start.line && first.offset !== undefined
        ? this.source.text.slice(start.offset, first.offset)
        : (/^(?:[-*+]|\d{1,9}[.)])/u.exec(lineText(this.source, start.line).slice(start.column - 1))?.[0] ?? '');
    this.prefix = { line: start.line, text, start };
    this.blocks(item.children, ctx);
    this.flushPrefix(data);
  }

  private footnote(node: FootnoteDefinition, ctx: Context): void {
    const start = node.position?.start;
    if (start) this.prefix = { line: start.line, text: `${footnoteMark(node.label ?? node.identifier)} `, start };
    this.blocks(node.children, ctx);
    this.flushPrefix({ markdown: 'paragraph' });
  }

  private table(node: Table): void {
    for (const row of node.children) {
      const cells = row.children.map((cell) => inlineLines(cell.children, this.source).map((l) => l.text).join(' ').trim());
      const start = row.children[0]?.children[0]?.position?.start ?? row.position?.start;
      if (start) this.emit(cells.join(' | '), start, { markdown: 'tableRow', cells });
    }
  }

  private code(node: Code): void {
    const start = node.position?.start;
    if (!start) return;
    const fenced = /^\s*(?:```|~~~)/u.test(lineText(this.source, start.line));
    this.raw(node.value, pointAt(this.source, start.line + (fenced ? 1 : 0), 1), { markdown: 'code' });
  }

  /** Verbatim lines (code, HTML), each placed where it sits in its source line. */
  private raw(value: string, start: Point | undefined, data: LineData): void {
    if (!start || value === '') return;
    value.split('\n').forEach((text, i) => {
      const line = start.line + i;
      const at = Math.max(0, lineText(this.source, line).indexOf(text));
      this.emit(text, pointAt(this.source, line, at + 1), data);
    });
  }
}
