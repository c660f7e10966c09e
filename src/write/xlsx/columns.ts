/**
 * The workbook's columns: those of the batch CSVs (csv-rows.ts), each with
 * the type its cells get in Excel and its heading in each language. Ids,
 * symbols and numbers as printed ("03", "642-KH/TU") are text, so Excel
 * never turns them into numbers or dates; counts and lines are numbers; ISO
 * dates are dates.
 */
import type { Lang } from '../../i18n/lang.js';
import type { TableName } from '../batch-tables.js';
import { DOCUMENT_COLUMNS, REFERENCE_COLUMNS, TASK_COLUMNS } from '../csv-rows.js';

export type CellKind = 'text' | 'long-text' | 'integer' | 'date' | 'boolean';

export interface ColumnSpec {
  key: string;
  kind: CellKind;
  heading: Record<Lang, string>;
}

/** The sheets in the order they appear, each with its table. */
export const SHEETS: ReadonlyArray<{ table: TableName; name: string }> = [
  { table: 'documents', name: 'Documents' },
  { table: 'tasks', name: 'Tasks' },
  { table: 'references', name: 'References' },
];

const KIND: Readonly<Record<string, CellKind>> = {
  text: 'long-text',
  subject: 'long-text',
  section_path: 'long-text',
  deadlines_all: 'long-text',
  deadline_text: 'long-text',
  lead: 'long-text',
  lead_as_written: 'long-text',
  partners: 'long-text',
  issuing_body: 'long-text',
  source_path: 'long-text',
  is_directive: 'boolean',
  date: 'date',
  deadline_due: 'date',
  deadline_start: 'date',
  line: 'integer',
  first_line: 'integer',
  mentions: 'integer',
  sections: 'integer',
  tasks: 'integer',
  references: 'integer',
  deadlines: 'integer',
  footnotes: 'integer',
  recipients: 'integer',
  tables: 'integer',
  restored_tokens: 'integer',
  restored_changed: 'integer',
  restored_low_confidence: 'integer',
  warnings: 'integer',
};

/** Vietnamese headings; the English ones are the CSV column names. */
const VI: Readonly<Record<string, string>> = {
  file: 'Tệp',
  document_id: 'Số, ký hiệu văn bản',
  task_id: 'Mã nhiệm vụ',
  source: 'Nguồn',
  section_path: 'Mục',
  text: 'Nội dung',
  lead: 'Cơ quan chủ trì',
  lead_as_written: 'Chủ trì (như văn bản ghi)',
  partners: 'Cơ quan phối hợp',
  deadline_kind: 'Loại thời hạn',
  deadline_due: 'Hạn hoàn thành',
  deadline_start: 'Ngày bắt đầu',
  deadline_text: 'Thời hạn (như văn bản ghi)',
  deadlines_all: 'Mọi thời hạn',
  references: 'Văn bản dẫn chiếu',
  inherited: 'Kế thừa từ mục trên',
  line: 'Dòng',
  reference_id: 'Số, ký hiệu văn bản dẫn chiếu',
  kind: 'Dạng',
  type: 'Loại văn bản',
  number: 'Số',
  code: 'Ký hiệu',
  issuer: 'Cơ quan ban hành',
  year: 'Năm',
  date: 'Ngày',
  issuing_body: 'Cơ quan ban hành (đầy đủ)',
  mentions: 'Số lần nhắc',
  first_line: 'Dòng đầu tiên',
  repairs: 'Sửa lỗi nhận dạng',
  flags: 'Ghi chú',
  source_path: 'Đường dẫn tệp nguồn',
  sha256: 'SHA-256',
  encoding: 'Bảng mã',
  is_directive: 'Là văn bản chỉ đạo',
  symbol: 'Ký hiệu',
  place: 'Địa danh',
  subject: 'Trích yếu',
  sections: 'Số mục',
  tasks: 'Số nhiệm vụ',
  deadlines: 'Số thời hạn',
  footnotes: 'Số chú thích',
  recipients: 'Số nơi nhận',
  tables: 'Số bảng',
  restored_tokens: 'Số từ đã đọc',
  restored_changed: 'Số từ đã khôi phục dấu',
  restored_low_confidence: 'Số từ chưa chắc chắn',
  warnings: 'Số cảnh báo',
};

const COLUMNS: Readonly<Record<TableName, readonly string[]>> = {
  tasks: TASK_COLUMNS,
  references: REFERENCE_COLUMNS,
  documents: DOCUMENT_COLUMNS,
};

/** The columns of a table; `references` is a count in Documents but the cited ids in Tasks. */
export function columnsOf(table: TableName): ColumnSpec[] {
  return COLUMNS[table].map((key) => {
    const kind = table === 'tasks' && key === 'references' ? 'text' : (KIND[key] ?? 'text');
    const vi = table === 'documents' && key === 'references' ? 'Số văn bản dẫn chiếu' : (VI[key] ?? key);
    return { key, kind, heading: { en: key, vi } };
  });
}

/** Whether every column of every table has a Vietnamese heading: checked by a test. */
export function missingHeadings(): string[] {
  return Object.values(COLUMNS)
    .flat()
    .filter((key) => VI[key] === undefined);
}
