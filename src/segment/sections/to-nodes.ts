/**
 * Items → section nodes: paragraphs from each item's stream, the heading (a
 * short title line such as "MỤC ĐÍCH, YÊU CẦU" or "Mục đích") told apart from
 * the item's own text, and the data the document's `sections` are built from.
 */
import type { ParagraphNode, SectionNode } from '../../tree.js';
import { endsSentence, isUpperLine, trimDebris } from '../text/shape.js';
import type { Item } from './build-items.js';
import { toParagraphs } from './paragraphs.js';

/** Longest text taken for a heading that does not end in a full stop. */
const MAX_HEADING = 400;
/** "a) Về tổ chức bộ máy:" is a heading when it introduces sub-items; a long sentence ending in ':' is not. */
const MAX_COLON_HEADING = 60;

export function isHeading(text: string, followed: boolean, hasChildren: boolean): boolean {
  const t = trimDebris(text.trim());
  if (t === '') return false;
  if (isUpperLine(t)) return true;
  if (!followed) return false;
  if (/:$/u.test(t)) return hasChildren && t.length <= MAX_COLON_HEADING;
  return !endsSentence(t) && t.length <= MAX_HEADING;
}

/** "Điều" / "10. Cập nhật …": an article's number printed on the line after its word is its marker, not its title. */
function withoutArticleNumber(text: string, item: Item): string {
  return item.marker.kind === 'article' ? text.replace(new RegExp(`^\\s*${item.label}\\s{0,2}[.:]\\s*`, 'u'), '') : text;
}

export function toSectionNode(item: Item, width: number): SectionNode {
  const numbered = item.marker.kind !== 'dash' && item.marker.kind !== 'plus';
  const blocks = toParagraphs(item.entries, width, item.marker.textStart, numbered);
  // A number standing alone on its line leaves an empty first paragraph: the title is the next one.
  const paragraphs = blocks.filter((b): b is ParagraphNode => b.type === 'paragraph' && b.data.text !== '');
  const children = item.children.map((c) => toSectionNode(c, width));
  const texts = paragraphs.map((p, k) => (k === 0 ? withoutArticleNumber(p.data.text, item) : p.data.text));
  const followed = paragraphs.length > 1 || children.length > 0;
  const first = texts[0];
  const heading = first !== undefined && isHeading(first, followed, children.length > 0) ? trimDebris(first.trim()) : null;
  const own = (heading === null ? texts : texts.slice(1)).filter((t) => t !== '');
  return {
    type: 'section',
    children: [...blocks, ...children],
    data: {
      kind: item.marker.kind,
      marker: item.marker.marker,
      label: item.label,
      path: item.path,
      heading,
      isTask: false,
      text: own.join('\n'),
    },
  };
}
