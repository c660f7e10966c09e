/**
 * The reference point for years a deadline leaves out: the document's date
 * from its header, or, for an undated document such as an appendix ("…
 * QUÝ IV NĂM 2025", "ngày …/…/2025"), the year its title or caption names.
 */
import type { HeaderNode, Root, TableNode } from '../tree.js';
import { plausibleYear } from './calendar.js';
import type { DeadlineContext } from './deadlines/index.js';
import { fold } from './text/fold.js';

const YEAR_IN_TITLE = /(?:nam\s{1,3}|\/\s{0,2})(\d{4})(?!\d)/;

function yearIn(text: string | null | undefined): number | null {
  if (!text) return null;
  const m = YEAR_IN_TITLE.exec(fold(text));
  const year = m ? Number(m[1]) : null;
  return year !== null && plausibleYear(year) ? year : null;
}

export function documentContext(root: Root): DeadlineContext {
  const header = root.children.find((c): c is HeaderNode => c.type === 'header');
  const date = header?.data.header.date ?? null;
  if (date) return { documentDate: date, documentYear: Number(date.slice(0, 4)) };
  const titles: Array<string | null | undefined> = [header?.data.header.subject];
  for (const c of root.children) {
    if (c.type !== 'table') continue;
    const { table } = (c as TableNode).data;
    titles.push(table.title, table.caption, table.label);
  }
  for (const t of titles) {
    const year = yearIn(t);
    if (year !== null) return { documentDate: null, documentYear: year };
  }
  return { documentDate: null, documentYear: null };
}
