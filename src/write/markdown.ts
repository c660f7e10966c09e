/**
 * The restored document as Markdown (NAME.md): the header as a short table,
 * numbered sections as headings (I- → ##, 1. → ###, 1.1. → ####) or as
 * paragraphs led by their marker when they carry no heading of their own,
 * dash and plus items as nested lists, appendix tables as GFM tables, then
 * the closing, signature, recipients and footnotes. Built as an mdast tree
 * and printed by remark-stringify, which escapes what Markdown would misread.
 */
import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table as MdTable, TableRow } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { DirectiveDocument, Section, Table } from '../types.js';
import { append } from '../text/append.js';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const heading = (depth: Heading['depth'], value: string): Heading => ({ type: 'heading', depth, children: [text(value)] });
const paragraphs = (value: string): Paragraph[] =>
  value
    .split('\n')
    .filter((p) => p.trim() !== '')
    .map((p) => paragraph(text(p)));

const HEADING_DEPTH: Partial<Record<Section['kind'], Heading['depth']>> = { roman: 2, arabic: 3, decimal: 4 };

function headerTable(doc: DirectiveDocument): MdTable | null {
  const h = doc.header;
  const fields: Array<[string, string | null]> = [
    ['Cơ quan ban hành', h.issuer],
    ['Quốc hiệu', h.nationalHeading],
    ['Số, ký hiệu', h.id ?? (h.symbol ? `…/${h.symbol}` : null)],
    ['Loại văn bản', h.type],
    ['Nơi ban hành', h.place],
    ['Ngày ban hành', h.date],
  ];
  const rows = fields.filter((f): f is [string, string] => f[1] !== null);
  if (rows.length === 0) return null;
  return gfmTable(['Trường', 'Giá trị'], rows);
}

function gfmTable(head: readonly string[], body: ReadonlyArray<readonly string[]>): MdTable {
  const row = (cells: readonly string[]): TableRow => ({
    type: 'tableRow',
    // A line break inside a cell would end the table row.
    children: cells.map((c) => ({ type: 'tableCell', children: [text(c.replace(/\s*\n\s*/gu, ' '))] })),
  });
  return { type: 'table', align: head.map(() => null), children: [row(head), ...body.map(row)] };
}

/** Dash and plus items, which the document prints as bullets, become one list per run of siblings. */
function isBullet(section: Section): boolean {
  return section.kind === 'dash' || section.kind === 'plus';
}

function bulletItem(section: Section): ListItem {
  const own: BlockContent[] = section.text.trim() === '' ? [] : paragraphs(section.text);
  return { type: 'listItem', spread: false, children: [...own, ...sectionsToMd(section.children, true)] as ListItem['children'] };
}

/** A section's text repeats its heading first (wrapped over lines perhaps); the body is what follows. */
export function bodyAfterHeading(text: string, heading: string | null): string {
  if (heading === null) return text;
  const want = heading.replace(/\s+/gu, '');
  let matched = 0;
  let i = 0;
  for (; i < text.length && matched < want.length; i++) {
    if (/\s/u.test(text[i]!)) continue;
    if (text[i] !== want[matched]) return text;
    matched++;
  }
  return matched === want.length ? text.slice(i).replace(/^\s+/u, '') : text;
}

function numberedSection(section: Section, inList: boolean): Array<RootContent> {
  const depth = HEADING_DEPTH[section.kind];
  const out: RootContent[] = [];
  const body = bodyAfterHeading(section.text, section.heading);
  const [first = '', ...rest] = body.split('\n');
  if (section.heading !== null && depth !== undefined && !inList) {
    out.push(heading(depth, `${section.marker} ${section.heading}`));
    append(out, paragraphs(body));
  } else {
    const lead = section.heading === null ? first : `${section.heading}${first ? ` ${first}` : ''}`;
    out.push(paragraph(strong(section.marker), text(lead ? ` ${lead}` : '')));
    append(out, paragraphs(rest.join('\n')));
  }
  append(out, sectionsToMd(section.children, inList));
  return out;
}

function sectionsToMd(sections: readonly Section[], inList = false): RootContent[] {
  const out: RootContent[] = [];
  let list: List | null = null;
  for (const section of sections) {
    if (isBullet(section)) {
      if (!list) out.push((list = { type: 'list', ordered: false, spread: false, children: [] }));
      list.children.push(bulletItem(section));
      continue;
    }
    list = null;
    append(out, numberedSection(section, inList));
  }
  return out;
}

function tableToMd(table: Table): RootContent[] {
  const title = [table.label, table.title].filter(Boolean).join(': ');
  const out: RootContent[] = [heading(2, title || table.id)];
  if (table.caption) out.push(paragraph(text(table.caption)));
  let group: string | null = null;
  const columns = table.columns;
  const body: string[][] = [];
  for (const row of table.rows) {
    const groupLabel = row.group ? `${row.group}. ${row.groupTitle ?? ''}`.trim() : null;
    if (groupLabel !== null && groupLabel !== group) {
      group = groupLabel;
      if (row.stt !== null) body.push(columns.map((_, i) => (i === 0 ? row.group! : i === 1 ? row.groupTitle ?? '' : '')));
    }
    body.push(columns.map((c) => row.cells[c.key] ?? (c.key === 'stt' ? row.stt ?? '' : '')));
  }
  out.push(gfmTable(columns.map((c) => c.label), body));
  return out;
}

function tailToMd(doc: DirectiveDocument): RootContent[] {
  const out: RootContent[] = doc.closing.flatMap((p) => paragraphs(p));
  const s = doc.signature;
  if (s) {
    const lines = [s.authority && s.onBehalfOf ? `${s.authority} ${s.onBehalfOf}` : s.onBehalfOf ?? s.authority, s.title, s.signer];
    out.push(paragraph(...lines.filter((l): l is string => !!l).flatMap((l, i) => (i === 0 ? [strong(l)] : [{ type: 'break' } as PhrasingContent, text(l)]))));
  }
  for (const role of ['to', 'cc'] as const) {
    const recipients = doc.recipients.filter((r) => r.role === role);
    if (recipients.length === 0) continue;
    out.push(paragraph(strong(role === 'to' ? 'Kính gửi:' : 'Nơi nhận:')));
    out.push({ type: 'list', ordered: false, spread: false, children: recipients.map((r) => ({ type: 'listItem', spread: false, children: [paragraph(text(r.text))] })) });
  }
  if (doc.footnotes.length > 0) {
    out.push(heading(2, 'Chú thích'));
    out.push({
      type: 'list',
      ordered: false,
      spread: false,
      children: doc.footnotes.map((f) => ({ type: 'listItem', spread: false, children: [paragraph(strong(`(${f.marker})`), text(` ${f.text}`))] })),
    });
  }
  return out;
}

export function documentToMdast(doc: DirectiveDocument): Root {
  const h = doc.header;
  const title = [h.type, h.id].filter(Boolean).join(' ');
  const children: RootContent[] = [];
  if (title) children.push(heading(1, title));
  if (h.subject) children.push(paragraph(strong(h.subject)));
  const table = headerTable(doc);
  if (table) children.push(table);
  append(children, doc.preamble.flatMap((p) => paragraphs(p)));
  append(children, sectionsToMd(doc.sections));
  for (const t of doc.tables) append(children, tableToMd(t));
  append(children, tailToMd(doc));
  return { type: 'root', children };
}

// Unpadded tables: aligning long Vietnamese cells would bury the text in spaces.
const printer = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' });

export function documentToMarkdown(doc: DirectiveDocument): string {
  return printer.stringify(documentToMdast(doc));
}
