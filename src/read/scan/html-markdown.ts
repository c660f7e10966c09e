/**
 * The HTML mammoth makes of a Word file, as Markdown in the shape the
 * Markdown reader knows: headings, paragraphs, numbered and bulleted lists
 * (nested by indentation), and tables as GFM tables. mammoth writes a small,
 * well-formed subset of HTML (p, h1–h6, ul/ol/li, table/tr/td/th, inline
 * strong/em/u/s/sup/sub/a/img, br), which is all this reads.
 *
 * Word documents lay their heading out in a borderless two-column table
 * (issuer left, national heading right) and often their signature too: a
 * table of two columns and at most two rows is read as that layout, its
 * cells' lines side by side with a wide gap, as a text file of the page has
 * them, not as a table of data.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

interface Cell {
  lines: string[];
}

interface ListLevel {
  ordered: boolean;
  next: number;
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th']);
/** Two columns at most two rows deep: a heading or signature laid out side by side. */
const LAYOUT_ROWS = 2;
const LAYOUT_GAP = '        ';

function tidy(text: string): string {
  return text.replace(/[ \t\u00a0]+/gu, ' ').trim();
}

export function htmlToMarkdown(html: string): string {
  const out: string[] = [];
  const lists: ListLevel[] = [];
  let text = '';
  /** The list marker owed to the next paragraph of the current item. */
  let marker: string | null = null;
  let heading = 0;
  let rows: Cell[][] | null = null;
  let cell: Cell | null = null;

  const block = (line: string): void => {
    if (out.length > 0 && out.at(-1) !== '' && lists.length === 0) out.push('');
    out.push(line);
  };
  const flush = (): void => {
    const line = tidy(text);
    text = '';
    if (line === '') return;
    if (cell) {
      cell.lines.push(line);
      return;
    }
    if (lists.length > 0) {
      const indent = '   '.repeat(lists.length - 1);
      if (marker !== null) {
        if (out.length > 0 && out.at(-1) !== '' && !/^\s*(?:-|\d+\.) /u.test(out.at(-1)!)) out.push('');
        out.push(`${indent}${marker}${line}`);
        marker = null;
      } else out.push(`${indent}   ${line}`);
      return;
    }
    block(heading > 0 ? `${'#'.repeat(heading)} ${line}` : line);
  };
  const endTable = (table: Cell[][]): void => {
    const width = Math.max(0, ...table.map((r) => r.length));
    if (width === 0) return;
    if (width === 2 && table.length <= LAYOUT_ROWS) {
      for (const row of table) {
        const [left = { lines: [] }, right = { lines: [] }] = row;
        const depth = Math.max(left.lines.length, right.lines.length);
        const pad = Math.max(0, ...left.lines.map((l) => l.length));
        const lines: string[] = [];
        for (let i = 0; i < depth; i++) lines.push(`${(left.lines[i] ?? '').padEnd(pad)}${LAYOUT_GAP}${right.lines[i] ?? ''}`.trimEnd());
        if (lines.length > 0) block(lines.join('\n'));
      }
      return;
    }
    const cellText = (c: Cell | undefined): string => (c?.lines.join(' ') ?? '').replace(/\|/gu, '\\|');
    const row = (r: Cell[]): string => `| ${Array.from({ length: width }, (_, i) => cellText(r[i])).join(' | ')} |`;
    const [head, ...body] = table;
    block([row(head!), `|${' --- |'.repeat(width)}`, ...body.map(row)].join('\n'));
  };

  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/gu)) {
    const [, closing, rawTag, attrs, chars] = m;
    if (chars !== undefined) {
      text += decodeEntities(chars);
      continue;
    }
    const tag = rawTag!.toLowerCase();
    const selfClosing = /\/\s*$/u.test(attrs ?? '');
    if (tag === 'br') {
      if (cell || lists.length > 0) text += ' ';
      else flush();
      continue;
    }
    if (tag === 'img' || selfClosing) continue;
    if (closing) {
      if (BLOCKS.has(tag) || tag === 'ul' || tag === 'ol') flush();
      if (/^h[1-6]$/u.test(tag)) heading = 0;
      else if (tag === 'ul' || tag === 'ol') {
        lists.pop();
        if (lists.length === 0 && !cell) out.push('');
      } else if (tag === 'li') marker = null;
      else if ((tag === 'td' || tag === 'th') && cell && rows) {
        rows.at(-1)?.push(cell);
        cell = null;
      } else if (tag === 'table' && rows) {
        const table = rows;
        rows = null;
        endTable(table.filter((r) => r.length > 0));
      }
      continue;
    }
    if (BLOCKS.has(tag) || tag === 'ul' || tag === 'ol' || tag === 'table') flush();
    if (/^h[1-6]$/u.test(tag)) heading = Number(tag[1]);
    else if (tag === 'ul' || tag === 'ol') lists.push({ ordered: tag === 'ol', next: 1 });
    else if (tag === 'li') {
      const level = lists.at(-1);
      if (level) marker = level.ordered ? `${level.next++}. ` : '- ';
    } else if (tag === 'table') rows = [];
    else if (tag === 'tr') rows?.push([]);
    else if (tag === 'td' || tag === 'th') cell = { lines: [] };
  }
  flush();
  while (out.at(-1) === '') out.pop();
  return `${out.join('\n').replace(/\n{3,}/gu, '\n\n')}\n`;
}
