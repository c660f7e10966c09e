/**
 * The unist tree every stage works on.
 *
 * The parser makes a flat `root` of `line` nodes, one per input line, each with
 * its position in the input. Restoration rewrites `line.value` in place and
 * keeps the original. Segmentation regroups the same line nodes under block
 * nodes (header, section, paragraph, table…), so every block still knows where
 * it came from. Extraction annotates blocks with `data.entities`. The document
 * object (src/types.ts) is assembled from this tree at the end.
 */
import type { Literal, Parent, Position } from 'unist';
import type {
  Agency,
  Deadline,
  Header,
  Recipient,
  Reference,
  SectionKind,
  Signature,
  Table,
} from './types.js';

/** Anchor pairs [offsetInValue, offsetInOriginal], ascending, mapping restored text back to the input line. */
export type OffsetAnchors = Array<[number, number]>;

export interface LineData {
  /** The line as read, before restoration; absent when restoration left it unchanged. */
  original?: string;
  /** Where the restored value's characters came from in the original line. */
  anchors?: OffsetAnchors;
  /** What a Markdown input said this line was. */
  markdown?: 'heading' | 'listItem' | 'tableRow' | 'paragraph' | 'code' | 'thematicBreak';
  /** Heading depth or list nesting depth in Markdown input. */
  depth?: number;
  /** For `tableRow` lines from Markdown: the cells, already split. */
  cells?: string[];
  /** For `tableRow` lines of a pipe table OCR wrapped (src/text/wrapped-pipe-rows.ts): a row's first line, more of it, or debris. */
  wrappedRow?: 'start' | 'more' | 'skip';
}

export interface LineNode extends Literal {
  type: 'line';
  value: string;
  position: Position;
  data?: LineData;
}

/** What extraction found in a block's text; offsets are into the block's joined text. */
export interface Entities {
  references: ReferenceHit[];
  deadlines: DeadlineHit[];
  agencies: AgencyHit[];
  lead: AgencyHit[];
  partners: AgencyHit[];
}

interface Hit {
  start: number;
  end: number;
  text: string;
}
export interface ReferenceHit extends Hit {
  reference: Omit<Reference, 'mentions'>;
}
export interface DeadlineHit extends Hit {
  deadline: Omit<Deadline, 'span'>;
}
export interface AgencyHit extends Hit {
  agency: Omit<Agency, 'span'>;
}

export interface BlockData {
  /** The block's lines joined into running text (wrapped lines rejoined). */
  text?: string;
  entities?: Entities;
}

export interface ParagraphNode extends Parent {
  type: 'paragraph';
  children: LineNode[];
  data: BlockData & {
    text: string;
    /** A paragraph outside any task item that hands out work by name ("Đề nghị Thuế tỉnh … rà soát …"): a task of its own. */
    isTask?: boolean;
  };
}

export interface SectionData extends BlockData {
  kind: SectionKind;
  marker: string;
  label: string;
  path: string[];
  heading: string | null;
  /** True when the section sits where tasks are assigned (Nhiệm vụ, Giải pháp, Tổ chức thực hiện…). */
  isTask: boolean;
  /**
   * The sub-items are the task's fields, not tasks of their own ("- Nội dung: …", "- Cơ quan chủ
   * trì: …", "- Thời gian thực hiện: …"): the task is this item with all of them.
   */
  fields?: boolean;
}

export interface SectionNode extends Parent {
  type: 'section';
  /** The first child paragraph holds the item's own text (after the marker); then sub-sections. */
  children: Array<ParagraphNode | SectionNode | IgnorableNode>;
  data: SectionData;
}

export interface HeaderNode extends Parent {
  type: 'header';
  children: LineNode[];
  /** `references`: the documents the header cites (its subject's), found by extraction. */
  data: { header: Header; references?: ReferenceHit[] };
}

export interface FootnoteNode extends Parent {
  type: 'footnote';
  children: LineNode[];
  data: BlockData & { marker: string; text: string };
}

export interface RecipientsNode extends Parent {
  type: 'recipients';
  children: LineNode[];
  data: { recipients: Omit<Recipient, 'span'>[] };
}

export interface SignatureNode extends Parent {
  type: 'signature';
  children: LineNode[];
  data: { signature: Omit<Signature, 'span'> };
}

export interface TableNode extends Parent {
  type: 'table';
  children: LineNode[];
  /**
   * Entities per row and cell: `rowEntities[rowIndex][columnKey]`, plus the key
   * `groupTitle` for the title of the row's group (Phụ lục 2 groups tasks under
   * the agency that leads them).
   */
  data: {
    table: Omit<Table, 'span'>;
    rowEntities?: Array<Record<string, Entities>>;
    /**
     * The header printed labels and none named a column we know ("TT, Đơn vị khai thác, Số giấy
     * phép, Trữ lượng"): a table of data, its rows no work. Its columns are the default pair.
     */
    unlabelled?: boolean;
  };
}

export type IgnorableReason = 'blank' | 'page-number' | 'stamp' | 'running-header' | 'noise' | 'attachment-header' | 'web-page';

export interface IgnorableNode extends Parent {
  type: 'ignorable';
  children: LineNode[];
  data: { reason: IgnorableReason };
}

export type BlockNode =
  | HeaderNode
  | ParagraphNode
  | SectionNode
  | FootnoteNode
  | RecipientsNode
  | SignatureNode
  | TableNode
  | IgnorableNode;

export interface Root extends Parent {
  type: 'root';
  /** Lines straight after parsing and restoring; blocks after segmentation. */
  children: Array<LineNode | BlockNode>;
}
