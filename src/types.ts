/**
 * The document object: what `parse` returns, what `NAME.json` holds, and what
 * `schema/directive.schema.json` is generated from. Every change here that
 * alters the JSON shape must bump SCHEMA_VERSION.
 */

export const SCHEMA_VERSION = '1.3.0';

/** A place in the input text: 1-based line and column, 0-based UTF-16 offset (unist Point). */
export interface Point {
  line: number;
  column: number;
  offset?: number;
}

/** A stretch of the input text (unist Position). */
export interface Span {
  start: Point;
  end: Point;
}

export type InputFormat = 'text' | 'markdown';

/** Encodings the reader can decode; `utf-8` also covers ASCII. */
export type EncodingName =
  | 'utf-8'
  | 'utf-8-bom'
  | 'utf-16le'
  | 'utf-16be'
  | 'windows-1258'
  | 'tcvn3'
  | 'vni';

/**
 * What the input was: a text or Markdown file; a PDF read from its text
 * layer on every page (`pdf-text`) or OCR'd on some page (`pdf-ocr`); an
 * image file OCR'd (`image-ocr`); a Word file (`docx`).
 */
export type SourceKind = 'text' | 'markdown' | 'pdf-text' | 'pdf-ocr' | 'image-ocr' | 'docx';

/** One page of a PDF or image input. */
export interface SourcePage {
  /** 1-based, in the file. */
  page: number;
  /** The line of the document's text the page starts on (pages after the first start with a form-feed line); null for a page that gave no text. */
  line: number | null;
  /** How its text was read: the PDF's text layer, OCR, or not at all (a page that could not be read, or had no text layer with OCR off). */
  read: 'text-layer' | 'ocr' | 'none';
  /** Tesseract's mean word confidence (0–1) for an OCR'd page, else null. */
  ocrConfidence: number | null;
}

export interface SourceInfo {
  /** Path as given on the command line, or `-` for stdin, or null for a string passed to `parse`. */
  path: string | null;
  sha256: string;
  /** How the text was decoded; `utf-8` for text read out of a PDF, image or Word file. */
  encoding: EncodingName;
  format: InputFormat;
  kind: SourceKind;
  bytes: number;
  lines: number;
  /** The pages of a PDF or image input, in order; null for text, Markdown and Word inputs. */
  pages: SourcePage[] | null;
}

/**
 * What made the document besides its input: the tool's version and every
 * option that shapes the document. `--resume` reuses a NAME.json only when
 * this record, and the path and sha256 in `source`, are what a run now would
 * write.
 */
export interface RunInfo {
  /** The version of directive-parse that made the document ("0.1.0"). */
  version: string;
  /** Whether diacritics were restored (false with `restore: false`, `--no-restore`). */
  restore: boolean;
  /** Tone placement of restored syllables; null without restoration. */
  toneStyle: 'classic' | 'modern' | null;
  /** Restored tokens less confident than this are reported as low-confidence; null without restoration. */
  lowConfidence: number | null;
  /** The encoding asked for (`--encoding`), or null when it was detected (the one used is `source.encoding`). */
  encoding: EncodingName | null;
  /** The format asked for (`--input-format`), or null when the extension decided (the one used is `source.format`). */
  format: InputFormat | null;
  /**
   * SHA-256 (hex) of the dictionary files that shaped the document: the
   * agency gazetteer and the syllable list, and with restoration every file of
   * the restorer's dictionary folder and the user dictionary's entries.
   */
  dictionary: string;
  /** For an input too large to be one document, the part this is (`source` describes the whole input); else null. */
  part: { index: number; count: number } | null;
  /** How PDF and image inputs are read: `--ocr` (auto, always, never), `--ocr-lang` and `--dpi`. */
  ocr: { mode: 'auto' | 'always' | 'never'; lang: string; dpi: number };
}

export type DocumentType =
  | 'Kế hoạch'
  | 'Công văn'
  | 'Chương trình hành động'
  | 'Chỉ thị'
  | 'Quyết định'
  | 'Nghị quyết'
  | 'Nghị định'
  | 'Kết luận'
  | 'Thông báo'
  | 'Thông tư'
  | 'Báo cáo'
  | 'Hướng dẫn'
  | 'Công điện'
  | 'Quy chế'
  | 'Quy định'
  | 'Tờ trình'
  | 'Phụ lục'
  | 'Luật';

export interface Header {
  /** The issuing body as printed, e.g. "TỈNH ỦY HƯNG YÊN" (lines joined with a space). */
  issuer: string | null;
  /** "ĐẢNG CỘNG SẢN VIỆT NAM" or "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM". */
  nationalHeading: string | null;
  /** The number alone: "642", "444", "178". */
  number: string | null;
  /** The symbol alone: "KH/TU", "QĐ-TTg", "NĐ-CP". */
  symbol: string | null;
  /** Canonical id: "642-KH/TU" (Party), "444/QĐ-TTg", "178/2024/NĐ-CP" (State). */
  id: string | null;
  type: DocumentType | null;
  place: string | null;
  /** ISO date, yyyy-mm-dd. */
  date: string | null;
  /** Title lines after the type, or the "V/v …" line of a Công văn. */
  subject: string | null;
  span: Span | null;
}

/** How a numbered item is marked: A. (a part above Roman headings) / I- / 1. / 1.1. / a) / (1) / - / +. */
export type SectionKind = 'part' | 'article' | 'roman' | 'arabic' | 'decimal' | 'letter' | 'paren' | 'dash' | 'plus';

export interface Section {
  /** Path joined with "/", unique in the document: "II/5/5.3", "II/1/1.1/-2". */
  id: string;
  kind: SectionKind;
  /** The marker as printed after restoration: "II-", "5.3.", "a)", "-". */
  marker: string;
  /** The normalised label: "II", "5", "5.3", "a", "(1)"; dashes and pluses are numbered "-1", "+2" in order. */
  label: string;
  /** Labels from the top: ["II", "5", "5.3"]. */
  path: string[];
  /** A heading line ("MỤC ĐÍCH, YÊU CẦU", "Mục đích"), or null when the item runs straight into text. */
  heading: string | null;
  /** The item's own text, wrapped lines joined, paragraphs separated by "\n"; children excluded. */
  text: string;
  span: Span;
  children: Section[];
}

export type AgencyLevel = 'central' | 'province' | 'commune';
export type AgencyBranch = 'party' | 'state' | 'front';

export interface Agency {
  /** Full name from the gazetteer ("Ủy ban nhân dân tỉnh"), or the cleaned text for unseen agencies. */
  canonical: string;
  /** As written in the document ("UBND tỉnh"). */
  text: string;
  level: AgencyLevel | null;
  branch: AgencyBranch | null;
  /** False when matched by a pattern rather than the gazetteer. */
  known: boolean;
  span: Span | null;
}

export interface Mention {
  text: string;
  span: Span;
}

export type ReferenceKind = 'numbered' | 'named';

export interface Reference {
  /** Canonical id: "148-KL/TW", "178/2024/NĐ-CP", "444/QĐ-TTg"; for named references the normalised name. */
  id: string;
  kind: ReferenceKind;
  /** "Kết luận", "Nghị quyết", … from the code and the words before it. */
  type: string | null;
  number: string | null;
  /** Type code: "KL", "NQ", "QĐ", "QĐi". */
  code: string | null;
  /** Issuer code: "TW", "TU", "CP", "TTg", "UBKTTW". */
  issuer: string | null;
  year: number | null;
  /** ISO date when stated. */
  date: string | null;
  /** "Bộ Chính trị", "Ban Chấp hành Trung ương", when stated. */
  issuingBody: string | null;
  /** What OCR repair was applied ("148- KL/TW → 148-KL/TW"). */
  repairs: string[];
  /** Doubts, e.g. "unknown type code XY". */
  flags: string[];
  mentions: Mention[];
}

export type DeadlineKind =
  | 'date'
  | 'month'
  | 'quarter'
  | 'year'
  | 'range'
  | 'recurring'
  | 'relative'
  | 'conditional';

export type Recurrence = 'continuous' | 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly';

export interface Deadline {
  kind: DeadlineKind;
  /** The words as written. */
  text: string;
  /** Last day by which the task is due, ISO; null when not determinable. */
  due: string | null;
  /** First day, for ranges, ISO. */
  start: string | null;
  /** True for "năm 2025 và các năm tiếp theo". */
  ongoing: boolean;
  recurrence: Recurrence | null;
  /** For weekly recurrences: 1 = Monday … 7 = Sunday ("ngày thứ 3" = Tuesday = 2). */
  dayOfWeek: number | null;
  /** "15:00" when a time is stated. */
  time: string | null;
  /** For relative deadlines. */
  offset: { days?: number; months?: number; workingDays?: boolean } | null;
  /** The event a relative or conditional deadline hangs on. */
  anchor: string | null;
  /** Ids of references named in the anchor. */
  references: string[];
  /** Fields filled in rather than written, e.g. ["year"]. */
  implied: string[];
  span: Span;
}

/** Where a task was read: a numbered item, a row of a task table, or a paragraph of a letter that assigns work unnumbered. */
export type TaskSource = 'section' | 'table' | 'paragraph';

export interface Task {
  /** Unique in the document: the section id, or "table:<tableId>:<rowId>". */
  id: string;
  source: TaskSource;
  sectionPath: string[];
  text: string;
  lead: Agency[];
  partners: Agency[];
  deadlines: Deadline[];
  /** Reference ids. */
  references: string[];
  /** Fields taken from the enclosing item because this one does not state them ("5. Trước 31/10/2025, Đảng ủy … chỉ đạo hoàn thành các nhiệm vụ sau:" → 5.1 … 5.11); partners only from an item's "Đơn vị phối hợp:" field over the tasks its "Nhiệm vụ:" field lists. */
  inherited: Array<'lead' | 'deadlines' | 'partners'>;
  span: Span;
}

export interface Footnote {
  /** "1", "2", "*" … the marker as normalised. */
  marker: string;
  text: string;
  span: Span;
  /** Where the body text points at this footnote, when found. */
  markerSpans: Span[];
}

export type RecipientRole = 'to' | 'cc';

export interface Recipient {
  /** "to" for Kính gửi, "cc" for Nơi nhận. */
  role: RecipientRole;
  text: string;
  agency: Agency | null;
  span: Span;
}

export interface Signature {
  /** "T/M", "K/T", "TL.", "TUQ.", "Q."; normalised to the slash form for T/M and K/T. */
  authority: string | null;
  /** The body signed for: "BAN THƯỜNG VỤ", "ỦY BAN NHÂN DÂN". */
  onBehalfOf: string | null;
  /** "PHÓ BÍ THƯ", "CHỦ TỊCH". */
  title: string | null;
  signer: string | null;
  span: Span;
}

export interface TableColumn {
  /** Stable key: "stt", "content", "unit", "lead", "partners", "deadline", "notes", or a slug for indicator columns. */
  key: string;
  /** The header as printed. */
  label: string;
}

export interface TableRow {
  /** Row number within its group as printed (STT), or null for group headings. */
  stt: string | null;
  /** Roman group the row sits under ("I", "II"), and that group's title. */
  group: string | null;
  groupTitle: string | null;
  cells: Record<string, string>;
  span: Span;
}

export interface Table {
  /** "phu-luc-1", "table-2". */
  id: string;
  /** "Phụ lục 1". */
  label: string | null;
  title: string | null;
  caption: string | null;
  columns: TableColumn[];
  rows: TableRow[];
  span: Span;
}

export interface TokenAlternative {
  text: string;
  /** Posterior-like score in [0, 1]. */
  confidence: number;
}

/** A token the restorer changed or was unsure of. */
export interface RestoredToken {
  original: string;
  restored: string;
  confidence: number;
  alternatives: TokenAlternative[];
  span: Span;
}

export interface RestorationSummary {
  /** False when the text was judged clean and passed through untouched. */
  applied: boolean;
  /** Syllable-like tokens seen. */
  tokens: number;
  changed: number;
  lowConfidence: number;
  /** Mean confidence over all tokens, 1 when nothing was restored. */
  meanConfidence: number;
  /** Changed or low-confidence tokens, in text order. */
  details: RestoredToken[];
}

export type MessageSeverity = 'info' | 'warning' | 'error';

export interface Message {
  severity: MessageSeverity;
  /** Stable id of the check: "encoding-detected", "header-missing-date", … */
  ruleId: string;
  /** The stage that raised it: "read", "restore", "segment", "extract", "write". */
  source: string;
  message: string;
  line: number | null;
  column: number | null;
}

export interface DirectiveDocument {
  schemaVersion: string;
  source: SourceInfo;
  /** What made the document; null when it was made by a pipeline of one's own (`processText` without a record). */
  run: RunInfo | null;
  /** False for text that does not look like a directive (no header, no numbered structure). */
  isDirective: boolean;
  header: Header;
  /** Paragraphs before the first numbered section. */
  preamble: string[];
  sections: Section[];
  /** Paragraphs after the last section and before the signature. */
  closing: string[];
  tasks: Task[];
  references: Reference[];
  footnotes: Footnote[];
  recipients: Recipient[];
  signature: Signature | null;
  tables: Table[];
  restoration: RestorationSummary;
  messages: Message[];
  /** When the output was made (ISO time), only with `--timestamps`: without it, outputs are byte-identical across runs. */
  generatedAt?: string;
}
