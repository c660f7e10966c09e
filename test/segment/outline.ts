/**
 * A compact summary of a segmented tree: the header fields, the section
 * outline (ids with headings), what is a task, and the other parts. It is
 * what the golden structure fixtures hold, and a readable view for debugging.
 */
import type { BlockNode, SectionNode, TableNode } from '../../src/tree.js';
import type { Header } from '../../src/types.js';

export interface StructureSummary {
  header: Omit<Header, 'span'> | null;
  /** Every section in document order: its id and heading (null when the item runs straight into text). */
  outline: Array<[string, string | null]>;
  /** Ids of the sections that are tasks. */
  taskIds: string[];
  /** Appendix rows that assign work (numbered, with content, and a lead, partner, deadline or agency group). */
  tableTasks: number;
  preamble: number;
  closing: number;
  footnotes: string[];
  recipients: { to: number; cc: number };
  signature: { authority: string | null; onBehalfOf: string | null; title: string | null; signer: string | null } | null;
  tables: Array<{ id: string; label: string | null; columns: string[]; rows: number; groups: number }>;
}

function walk(sections: readonly SectionNode[], out: StructureSummary): void {
  for (const s of sections) {
    const id = s.data.path.join('/');
    out.outline.push([id, s.data.heading]);
    if (s.data.isTask) out.taskIds.push(id);
    walk(
      s.children.filter((c): c is SectionNode => c.type === 'section'),
      out,
    );
  }
}

function tableTasks(node: TableNode): number {
  return node.data.table.rows.filter((row) => {
    const filled = (key: string) => (row.cells[key] ?? '').trim() !== '';
    const assigns = filled('lead') || filled('partners') || filled('deadline') || row.groupTitle !== null;
    return row.stt !== null && filled('content') && assigns;
  }).length;
}

export function summarise(blocks: readonly BlockNode[]): StructureSummary {
  const out: StructureSummary = {
    header: null,
    outline: [],
    taskIds: [],
    tableTasks: 0,
    preamble: 0,
    closing: 0,
    footnotes: [],
    recipients: { to: 0, cc: 0 },
    signature: null,
    tables: [],
  };
  const first = blocks.findIndex((b) => b.type === 'section');
  const last = blocks.length - 1 - [...blocks].reverse().findIndex((b) => b.type === 'section');
  blocks.forEach((b, i) => {
    if (b.type === 'header') {
      const { span: _span, ...fields } = b.data.header;
      out.header = fields;
    } else if (b.type === 'paragraph') {
      if (first < 0 || i < first) out.preamble++;
      else if (i > last) out.closing++;
    } else if (b.type === 'footnote') out.footnotes.push(b.data.marker);
    else if (b.type === 'recipients') for (const r of b.data.recipients) out.recipients[r.role]++;
    else if (b.type === 'signature') out.signature = { ...b.data.signature };
    else if (b.type === 'table') {
      const t = b.data.table;
      out.tableTasks += tableTasks(b);
      out.tables.push({
        id: t.id,
        label: t.label,
        columns: t.columns.map((c) => c.key),
        rows: t.rows.filter((r) => r.stt !== null).length,
        groups: t.rows.filter((r) => r.stt === null).length,
      });
    }
  });
  walk(
    blocks.filter((b): b is SectionNode => b.type === 'section'),
    out,
  );
  return out;
}
