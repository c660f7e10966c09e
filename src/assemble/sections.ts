/** Section nodes of the segmented tree → the `sections` outline of the document object. */
import { spanOfLines } from '../positions.js';
import type { LineNode, ParagraphNode, SectionNode } from '../tree.js';
import type { Section, Span } from '../types.js';
import { append } from '../text/append.js';

const EMPTY_SPAN: Span = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/** All line leaves under a node, in order. */
export function linesOf(node: { children?: unknown[] } | LineNode): LineNode[] {
  if ((node as LineNode).type === 'line') return [node as LineNode];
  const out: LineNode[] = [];
  for (const child of (node as { children?: unknown[] }).children ?? []) {
    append(out, linesOf(child as LineNode));
  }
  return out;
}

/** The paragraphs that belong to the item itself, not to its sub-items. */
export function ownParagraphs(section: SectionNode): ParagraphNode[] {
  return section.children.filter((c): c is ParagraphNode => c.type === 'paragraph');
}

export function subSections(section: SectionNode): SectionNode[] {
  return section.children.filter((c): c is SectionNode => c.type === 'section');
}

export function sectionText(section: SectionNode): string {
  return ownParagraphs(section)
    .map((p) => p.data.text)
    .filter((t) => t !== '')
    .join('\n');
}

export function toSection(node: SectionNode): Section {
  const { kind, marker, label, path, heading } = node.data;
  return {
    id: path.join('/'),
    kind,
    marker,
    label,
    path: [...path],
    heading,
    text: sectionText(node),
    span: spanOfLines(linesOf(node)) ?? EMPTY_SPAN,
    children: subSections(node).map(toSection),
  };
}
