/**
 * The HTML report's own words, in Vietnamese, in one place: the report's
 * labels, headings and notes. Kept as one flat catalogue so that it can join
 * the command's message catalogue (`--lang`) without touching the pages.
 */
export const VI = {
  lang: 'vi',
  reportTitle: 'Báo cáo rà soát văn bản',
  backToReport: '← Báo cáo của lô',
  documents: 'Văn bản',
  tasks: 'Nhiệm vụ',
  timeline: 'Thời hạn theo tháng',
  graph: 'Sơ đồ dẫn chiếu',
  graphNote: 'Văn bản của lô (trái) và văn bản được dẫn chiếu (phải): văn bản có trong lô, hoặc được từ hai văn bản của lô trở lên dẫn chiếu.',
  graphEmpty: 'Không có văn bản nào được dẫn chiếu từ hai văn bản của lô trở lên.',
  graphCapped: 'Chỉ vẽ những văn bản dẫn chiếu nhiều nhất.',
  colType: 'Loại',
  colId: 'Số, ký hiệu',
  colDate: 'Ngày',
  colIssuer: 'Cơ quan ban hành',
  colTasks: 'Nhiệm vụ',
  colReferences: 'Dẫn chiếu',
  colWarnings: 'Cảnh báo',
  colRestored: 'Từ đã khôi phục',
  colConfidence: 'Độ tin cậy',
  colDocument: 'Văn bản',
  colTask: 'Mục',
  colContent: 'Nội dung',
  colLead: 'Chủ trì',
  colPartners: 'Phối hợp',
  colDeadline: 'Thời hạn',
  colLine: 'Dòng',
  colMessage: 'Nội dung',
  colRule: 'Mã',
  colSeverity: 'Mức',
  filterLead: 'Cơ quan chủ trì',
  filterMonth: 'Tháng đến hạn',
  filterDocument: 'Văn bản',
  filterAll: 'Tất cả',
  filterNoDeadline: 'Không có hạn cụ thể',
  filterReset: 'Bỏ lọc',
  showing: 'Hiển thị',
  of: 'trên',
  sortHint: 'Bấm vào tiêu đề cột để sắp xếp.',
  cappedShowing: 'Bảng hiện',
  cappedFirst: 'nhiệm vụ đầu tiên',
  cappedNote: 'nhiệm vụ khớp bộ lọc: lọc theo cơ quan, tháng hoặc văn bản để thu hẹp (mọi nhiệm vụ đều có trên trang của từng văn bản).',
  overdue: 'Quá hạn',
  overdueAsOf: 'tính đến ngày',
  asOfHint: 'Chạy với --as-of YYYY-MM-DD để tách riêng các nhiệm vụ quá hạn.',
  undated: 'nhiệm vụ không có hạn cụ thể (không đưa lên dòng thời gian)',
  month: 'Tháng',
  noDeadlines: 'Không có nhiệm vụ nào có hạn cụ thể.',
  notDirective: 'không phải văn bản chỉ đạo',
  noId: '(không rõ số)',
  noValue: '—',
  restoredText: 'Văn bản đã khôi phục',
  restoredLegend: 'Từ được sửa có gạch chân; từ có độ tin cậy thấp được tô vàng. Rê chuột lên từ để xem bản OCR gốc.',
  notRestored: 'Văn bản không cần khôi phục dấu (giữ nguyên như bản in).',
  sections: 'Mục lục',
  sectionsNone: 'Không tìm thấy mục đánh số.',
  references: 'Văn bản được dẫn chiếu',
  referencesNone: 'Không dẫn chiếu văn bản nào.',
  inBatch: 'Liên kết trong lô',
  citedBy: 'Được dẫn chiếu bởi',
  citedByNone: 'Không văn bản nào của lô dẫn chiếu văn bản này.',
  alsoCitedBy: 'cũng được dẫn chiếu bởi',
  citesInBatch: 'Dẫn chiếu đến văn bản có trong lô',
  sharedRefs: 'Dẫn chiếu chung với văn bản khác của lô',
  openInBatch: 'có trong lô',
  messages: 'Thông báo',
  messagesNone: 'Không có thông báo.',
  lead: 'Chủ trì',
  partners: 'Phối hợp',
  deadlines: 'Thời hạn',
  refs: 'Dẫn chiếu',
  inherited: 'kế thừa từ mục trên',
  line: 'dòng',
  original: 'Bản OCR',
  confidence: 'độ tin cậy',
  alternatives: 'khác',
  changedWords: 'từ được sửa',
  lowWords: 'từ tin cậy thấp',
  meanConfidence: 'độ tin cậy trung bình',
  severity: { info: 'thông tin', warning: 'cảnh báo', error: 'lỗi' } as Record<string, string>,
  generatedBy: 'Tạo bởi directive-parse',
  documentCount: 'văn bản',
  taskCount: 'nhiệm vụ',
  deadlineCount: 'thời hạn',
} as const;

export type Strings = typeof VI;

/** "Tháng 5/2025" for "2025-05". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${VI.month} ${Number(m)}/${y}`;
}

/** "28/04/2025" for "2025-04-28": the way dates are written in Vietnamese documents. */
export function dateLabel(iso: string | null): string {
  if (iso === null) return VI.noValue;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** A share as a Vietnamese percentage, comma for the decimal: "99,6 %". */
export function percent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1).replace('.', ',')} %`;
}
