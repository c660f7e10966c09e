/**
 * Work handed out in paragraphs rather than numbered items. A letter that answers a question
 * quotes the law, then asks its addressee to act ("Do vậy, đề nghị Thuế tỉnh Gia Lai căn cứ …"):
 * that request is the letter's task, whether it stands alone (a letter with no items that assign
 * anything) or after the quoted provisions, where the item that quotes them swallowed it.
 */
import type { BlockNode, ParagraphNode, SectionNode } from '../../tree.js';
import { assignsByName, directs, quotesProvision } from '../../vi/directs.js';
import { itemText } from './item-words.js';

const sectionsIn = (nodes: readonly unknown[]): SectionNode[] => (nodes as BlockNode[]).filter((n): n is SectionNode => n.type === 'section');
const paragraphsIn = (nodes: readonly unknown[]): ParagraphNode[] => (nodes as BlockNode[]).filter((n): n is ParagraphNode => n.type === 'paragraph');

function anyTask(sections: readonly SectionNode[]): boolean {
  return sections.some((s) => s.data.isTask || anyTask(sectionsIn(s.children)));
}

function mark(p: ParagraphNode): void {
  if (assignsByName(p.data.text)) p.data.isTask = true;
}

/** In a letter with no items, a paragraph that gives an order ("…, Bộ Xây dựng làm việc với …") is a task too. */
function markOrder(p: ParagraphNode): void {
  if (assignsByName(p.data.text) || directs(p.data.text)) p.data.isTask = true;
}

/** Past its first paragraph (what it quotes), every paragraph of a quoting item and of the items under it. */
function markInQuote(s: SectionNode): void {
  paragraphsIn(s.children).slice(1).forEach(mark);
  sectionsIn(s.children).forEach(markInQuote);
}

function markQuotes(sections: readonly SectionNode[]): void {
  for (const s of sections) {
    if (!s.data.isTask && quotesProvision(itemText(s))) markInQuote(s);
    else markQuotes(sectionsIn(s.children));
  }
}

/**
 * Sets `isTask` on the paragraphs that hand out work by name where no item does: the body's own
 * paragraphs when no numbered item is a task, and the paragraphs after a quoted provision.
 */
export function markParagraphTasks(body: readonly BlockNode[]): void {
  const sections = sectionsIn(body);
  if (!anyTask(sections)) paragraphsIn(body).forEach(sections.length === 0 ? markOrder : mark);
  markQuotes(sections);
}
