/** An item as printed from its marker on: its heading and its own text, one run. */
import type { SectionNode } from '../../tree.js';
import { foldDroppingMarks } from '../text/fold.js';

export function itemText(s: SectionNode): string {
  return `${s.data.heading ?? ''} ${s.data.text ?? ''}`.replace(/\s+/gu, ' ').trim();
}

/** `itemText`, folded: what labels and shapes are matched against. */
export function itemWords(s: SectionNode): string {
  return foldDroppingMarks(itemText(s));
}
