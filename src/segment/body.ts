/**
 * The body as a stream: text lines in order, with the page furniture and
 * blank runs already wrapped as ignorable nodes where they stand. Sections and
 * paragraphs are built from this stream; footnotes have been lifted out of it.
 */
import type { IgnorableNode, IgnorableReason, LineNode } from '../tree.js';

export type Entry = { type: 'text'; line: LineNode } | { type: 'ignorable'; node: IgnorableNode };

export function ignorable(lines: LineNode[], reason: IgnorableReason): IgnorableNode {
  return { type: 'ignorable', children: lines, data: { reason } };
}

export function isBlankEntry(e: Entry): boolean {
  return e.type === 'ignorable' && e.node.data.reason === 'blank';
}
