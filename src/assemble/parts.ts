/** Footnotes, recipients, signature and tables: block nodes → document parts. */
import { spanOfLines } from '../positions.js';
import type { BlockNode, FootnoteNode, RecipientsNode, SignatureNode, TableNode } from '../tree.js';
import type { Footnote, Recipient, Signature, Span, Table } from '../types.js';

const EMPTY_SPAN: Span = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

function spanOf(node: { children: Parameters<typeof spanOfLines>[0] }): Span {
  return spanOfLines(node.children) ?? EMPTY_SPAN;
}

export function toFootnote(node: FootnoteNode, markerSpans: Span[] = []): Footnote {
  return { marker: node.data.marker, text: node.data.text, span: spanOf(node), markerSpans };
}

/**
 * One span per recipient entry: entries are matched to the lines that start
 * with their text; an entry that cannot be found falls back to the list's span.
 */
export function toRecipients(node: RecipientsNode): Recipient[] {
  const whole = spanOf(node);
  return node.data.recipients.map((r) => {
    const line = node.children.find((l) => r.text !== '' && l.value.includes(r.text.slice(0, 24)));
    const span = line ? (spanOfLines([line]) ?? whole) : whole;
    return { ...r, span };
  });
}

export function toSignature(node: SignatureNode): Signature {
  return { ...node.data.signature, span: spanOf(node) };
}

export function toTable(node: TableNode): Table {
  return { ...node.data.table, span: spanOf(node) };
}

export function blocksOfType<T extends BlockNode['type']>(
  children: readonly unknown[],
  type: T,
): Array<Extract<BlockNode, { type: T }>> {
  const out: Array<Extract<BlockNode, { type: T }>> = [];
  for (const c of children as BlockNode[]) if (c.type === type) out.push(c as Extract<BlockNode, { type: T }>);
  return out;
}
