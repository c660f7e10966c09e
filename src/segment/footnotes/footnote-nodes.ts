/** Footnote nodes from the footnotes found in the body, with the spans of the marks that point at them. */
import { joinLines } from '../../positions.js';
import type { FootnoteNode, LineNode } from '../../tree.js';
import type { Span } from '../../types.js';
import type { FoundFootnote } from './find-footnotes.js';
import { findMarks, pairMarks } from './markers.js';

/** A footnote node that also carries where the body points at it (read by the assembly as `markerSpans`). */
export type FootnoteNodeWithMarks = FootnoteNode & { data: FootnoteNode['data'] & { markerSpans: Span[] } };

export function footnoteNodes(
  found: readonly FoundFootnote[],
  lines: readonly LineNode[],
  bodyLines: readonly LineNode[],
): FootnoteNodeWithMarks[] {
  const spans = pairMarks(
    found.map((f) => ({ marker: f.marker, firstLine: lines[f.indices[0]!]!.position.start.line })),
    findMarks(bodyLines),
  );
  return found.map((f, k) => {
    const children = f.indices.map((i) => lines[i]!);
    return {
      type: 'footnote',
      children,
      data: { marker: f.marker, text: joinLines(children, f.skip).text, markerSpans: spans[k] ?? [] },
    };
  });
}
