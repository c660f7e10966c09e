/**
 * The document object from the finished tree: the one place where the
 * stages' annotations become the JSON shape of `src/types.ts`.
 */
import type { VFile } from 'vfile';
import '../file-data.js';
import { PASSTHROUGH } from '../file-data.js';
import type { HeaderNode, ParagraphNode, Root, SectionNode } from '../tree.js';
import { SCHEMA_VERSION, type DirectiveDocument, type DocumentType, type Header, type SourceInfo } from '../types.js';
import { toMessages } from './messages.js';
import { blocksOfType, toFootnote, toRecipients, toSignature, toTable } from './parts.js';
import { toSection } from './sections.js';
import { collectReferences } from './references.js';
import { collectTasks } from './tasks.js';
import { spanOfLines } from '../positions.js';

export const EMPTY_HEADER: Header = {
  issuer: null,
  nationalHeading: null,
  number: null,
  symbol: null,
  id: null,
  type: null,
  place: null,
  date: null,
  subject: null,
  span: null,
};

/** Documents whose purpose is to assign work: one without a task is a reading that failed. */
const ASSIGNING: ReadonlySet<DocumentType> = new Set(['Kế hoạch', 'Chương trình hành động', 'Chỉ thị', 'Công điện', 'Hướng dẫn']);

function headerOf(root: Root): Header {
  const node = blocksOfType(root.children, 'header')[0] as HeaderNode | undefined;
  if (!node) return EMPTY_HEADER;
  return { ...node.data.header, span: node.data.header.span ?? spanOfLines(node.children) };
}

/** Root-level paragraphs before the first section, and after the last one. */
function preambleAndClosing(root: Root): { preamble: string[]; closing: string[] } {
  const kids = root.children;
  const first = kids.findIndex((c) => c.type === 'section');
  let last = -1;
  kids.forEach((c, i) => {
    if (c.type === 'section') last = i;
  });
  const textOf = (c: (typeof kids)[number]) => (c as ParagraphNode).data.text;
  const paragraphs = (from: number, to: number) =>
    kids.slice(from, to).filter((c) => c.type === 'paragraph').map(textOf).filter((t) => t !== '');
  if (first === -1) return { preamble: paragraphs(0, kids.length), closing: [] };
  return { preamble: paragraphs(0, first), closing: paragraphs(last + 1, kids.length) };
}

export function assembleDocument(root: Root, file: VFile, source: SourceInfo): DirectiveDocument {
  const header = headerOf(root);
  const sections = blocksOfType(root.children, 'section').map((s) => toSection(s as SectionNode));
  const isDirective = header.type !== null || header.id !== null || sections.length >= 2;
  if (!isDirective) {
    file.info('No header and no numbered structure: this does not look like a directive', {
      ruleId: 'not-a-directive',
      source: 'segment',
    });
  }
  const cited = collectReferences(root, header.id);
  const tasks = collectTasks(root, cited.aliases);
  if (isDirective && tasks.length === 0 && header.type !== null && ASSIGNING.has(header.type)) {
    // A plan that yields no task has lost them to a layout the reader did not follow: say so.
    file.message(`No task found in this ${header.type}: its items may be laid out in a way not read`, {
      ruleId: 'no-tasks',
      source: 'extract',
    });
  }
  const signature = blocksOfType(root.children, 'signature')[0];
  return {
    schemaVersion: SCHEMA_VERSION,
    source,
    run: file.data.run ?? null,
    isDirective,
    header,
    ...preambleAndClosing(root),
    sections,
    tasks,
    references: cited.references,
    footnotes: blocksOfType(root.children, 'footnote').map((f) => toFootnote(f)),
    recipients: blocksOfType(root.children, 'recipients').flatMap(toRecipients),
    signature: signature ? toSignature(signature) : null,
    tables: blocksOfType(root.children, 'table').map(toTable),
    restoration: file.data.restoration ?? PASSTHROUGH,
    messages: toMessages(file),
  };
}
