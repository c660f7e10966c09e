/**
 * The extract stage: annotates every block of the segmented tree with what
 * its text mentions (`data.entities`; for tables `data.rowEntities`, keyed by
 * row and column) and fills each recipient's agency. Offsets in the entities
 * are into the text analysed: a paragraph's `data.text` (a section's heading
 * and own text are its paragraphs), a footnote's `data.text`, a table cell.
 * An unsegmented tree (only lines) is left alone.
 */
import type { Plugin } from 'unified';
import type { BlockNode, Entities, HeaderNode, RecipientsNode, Root, TableNode } from '../tree.js';
import { joinLines, pointInLine } from '../positions.js';
import { findAgencies } from './agencies/index.js';
import { unknownCellAgencies } from './agencies/cell-names.js';
import { findReferences } from './references/index.js';
import { extractTables, type ExtractTables } from './tables.js';
import { analyse, EMPTY_ENTITIES } from './analyse.js';
import type { DocumentContext } from './analyse.js';
import type { VFile } from 'vfile';
import '../file-data.js';
import { documentContext } from './document-context.js';
import type { TableRow } from '../types.js';

/** What each column of a task table holds, and so what to look for in it. */
function analyseCell(key: string, text: string, ctx: DocumentContext): Entities {
  switch (key) {
    case 'stt':
      return EMPTY_ENTITIES;
    case 'content':
      return analyse(text, ctx, { deadlines: false });
    case 'deadline':
      return analyse(text, ctx, { standaloneDeadline: true, roles: false });
    case 'groupTitle': {
      const found = analyse(text, ctx, { deadlines: false, roles: false });
      return { ...found, lead: found.agencies };
    }
    case 'lead':
    case 'partners': {
      const found = analyse(text, ctx, { deadlines: false, roles: false });
      const agencies = [...found.agencies, ...unknownCellAgencies(text, found.agencies, (ctx.tables ?? extractTables()).agencies)].sort((a, b) => a.start - b.start);
      return { ...found, agencies, [key]: agencies };
    }
    default:
      return analyse(text, ctx, { deadlines: false, roles: false });
  }
}

/**
 * Cells of one document by column and text: task tables repeat their lead,
 * partner and deadline cells row after row ("Sở Nội vụ", "Năm 2025"), and
 * the readers of the entities only read them.
 */
type CellMemo = Map<string, Entities>;

function cellEntities(key: string, text: string, ctx: DocumentContext, memo: CellMemo): Entities {
  const id = `${key}\u0000${text}`;
  let found = memo.get(id);
  if (found === undefined) memo.set(id, (found = analyseCell(key, text, ctx)));
  return found;
}

function rowEntities(row: TableRow, ctx: DocumentContext, memo: CellMemo): Record<string, Entities> {
  const cells: Record<string, Entities> = {};
  for (const [key, text] of Object.entries(row.cells)) {
    if (text.trim() !== '') cells[key] = cellEntities(key, text, ctx, memo);
  }
  // A task row under an agency's group heading ("I Sở Công Thương") is that agency's.
  if (row.stt !== null && row.groupTitle) cells['groupTitle'] = cellEntities('groupTitle', row.groupTitle, ctx, memo);
  return cells;
}

function annotateTable(node: TableNode, ctx: DocumentContext, memo: CellMemo): void {
  const rows: Array<Record<string, Entities>> = [];
  for (const row of node.data.table.rows) rows.push(rowEntities(row, ctx, memo));
  node.data.rowEntities = rows;
}

function annotateRecipients(node: RecipientsNode, ctx: ReadingContext): void {
  for (const r of node.data.recipients) {
    if (r.agency) continue;
    const hit = findAgencies(r.text, ctx.tables.agencies, { places: ctx.tables.places })[0];
    if (!hit) continue;
    const line = node.children.find((l) => l.value.includes(hit.text));
    const at = line ? line.value.indexOf(hit.text) : -1;
    r.agency = {
      ...hit.agency,
      span: line && at !== -1 ? { start: pointInLine(line, at), end: pointInLine(line, at + hit.text.length) } : null,
    };
  }
}

/**
 * The references the header cites: only its subject does ("Thực hiện Kết luận số 148-KL/TW …"). The
 * subject is cleaned of OCR debris, so it is found by its opening words; the number line before it
 * is the document's own.
 */
function annotateHeader(node: HeaderNode, ctx: ReadingContext): void {
  const { text } = joinLines(node.children);
  const subject = node.data.header.subject;
  const from = subject ? Math.max(0, text.indexOf(subject.slice(0, 12))) : 0;
  node.data.references = findReferences(text, findAgencies(text, ctx.tables.agencies, { places: ctx.tables.places }), ctx.tables.syllables).filter((hit) => hit.start >= from);
}

/** The document context with the dictionary's tables resolved. */
type ReadingContext = DocumentContext & { tables: ExtractTables };

function annotate(nodes: readonly unknown[], ctx: ReadingContext, memo: CellMemo): void {
  for (const node of nodes as BlockNode[]) {
    switch (node.type) {
      case 'header':
        annotateHeader(node, ctx);
        break;
      case 'paragraph':
        node.data.entities = analyse(node.data.text, ctx);
        break;
      case 'section':
        annotate(node.children, ctx, memo);
        break;
      case 'footnote':
        // Footnotes narrate what was done; their dates are not deadlines, their agencies have no role.
        node.data.entities = analyse(node.data.text, ctx, { deadlines: false, roles: false });
        break;
      case 'table':
        annotateTable(node, ctx, memo);
        break;
      case 'recipients':
        annotateRecipients(node, ctx);
        break;
      default:
        break;
    }
  }
}

/** Restoration that changed more than this share of words means the marks are the restorer's, not the author's. */
const RESTORED_SHARE = 0.02;

function marksAsPrinted(file: VFile): boolean {
  const r = file.data.restoration;
  return r === undefined || !r.applied || r.tokens === 0 || r.changed / r.tokens <= RESTORED_SHARE;
}

export interface ExtractPluginOptions {
  /** The dictionary's tables (src/dict hands them from dict/ or --dict-dir); the package's own by default. */
  tables?: ExtractTables;
}

const extract: Plugin<[ExtractPluginOptions?], Root> = function (options = {}) {
  const tables = options.tables ?? extractTables();
  return (tree: Root, file: VFile) => {
    if (tree.children.every((c) => c.type === 'line')) return;
    annotate(tree.children, { ...documentContext(tree), trustMarks: marksAsPrinted(file), tables }, new Map());
  };
};

export default extract;
