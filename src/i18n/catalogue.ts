/**
 * Every sentence the command says to a person, in each language of the
 * interface, by id: messages, usage errors, the summary, the progress line
 * and --help. `{name}` marks a value put in by the caller; a test checks
 * that every id has both languages with the same values.
 */
import type { Lang } from './lang.js';

type Entry = Readonly<Record<Lang, string>>;

export const CATALOGUE = {
  // --help
  'help.description': {
    en: "Turn OCR'd Vietnamese directives into structured data: restored text, sections, tasks with lead and partner agencies and deadlines, cited documents.",
    vi: 'Chuyển văn bản chỉ đạo tiếng Việt đã nhận dạng (OCR) thành dữ liệu có cấu trúc: văn bản đã khôi phục dấu, các mục, nhiệm vụ với cơ quan chủ trì, phối hợp và thời hạn, văn bản dẫn chiếu.',
  },
  'help.inputs': {
    en: 'files (text, Markdown, PDF, images, .docx), folders (searched for those), globs, or - for standard input',
    vi: 'tệp (văn bản thuần, Markdown, PDF, ảnh, .docx), thư mục (tìm các tệp đó), mẫu tên, hoặc - cho đầu vào chuẩn',
  },
  'help.out': { en: 'output folder', vi: 'thư mục kết quả' },
  'help.format': { en: 'comma list of {formats}', vi: 'danh sách định dạng, cách nhau bằng dấu phẩy: {formats}' },
  'help.stdout': { en: 'print each document (one format of {formats}) to standard output instead of writing files', vi: 'in từng văn bản (một định dạng: {formats}) ra đầu ra chuẩn thay vì ghi tệp' },
  'help.encoding': { en: 'decode inputs as this instead of detecting it', vi: 'giải mã đầu vào theo bảng mã này thay vì tự nhận biết' },
  'help.inputFormat': { en: 'read inputs as plain text or Markdown instead of going by the extension', vi: 'đọc đầu vào là văn bản thường hoặc Markdown, không theo phần mở rộng' },
  'help.noRestore': { en: 'take the text as printed (no diacritic restoration)', vi: 'giữ nguyên văn bản (không khôi phục dấu)' },
  'help.dict': { en: 'user dictionary: words, phrases and fixed corrections (see README)', vi: 'từ điển người dùng: từ, cụm từ và sửa lỗi cố định (xem README)' },
  'help.dictDir': { en: 'dictionary folder to load instead of the built-in dict/', vi: 'thư mục từ điển dùng thay cho dict/ có sẵn' },
  'help.toneStyle': { en: 'tone placement of restored syllables: hòa (classic) or hoà (modern)', vi: 'cách bỏ dấu thanh: hòa (classic, kiểu cũ) hoặc hoà (modern, kiểu mới)' },
  'help.explain': { en: 'print every word the restorer changed or was unsure of, with its confidence, and write NAME.explain.tsv: per token, what was kept or changed and why', vi: 'in mọi từ đã khôi phục dấu hoặc chưa chắc chắn, kèm độ tin cậy, và ghi NAME.explain.tsv: từng từ được giữ hay đổi, và vì sao' },
  'help.quiet': { en: 'print nothing but errors', vi: 'chỉ in lỗi' },
  'help.verbose': { en: 'print every message of every document', vi: 'in mọi thông báo của mọi văn bản' },
  'help.failFast': { en: 'stop at the first input that fails', vi: 'dừng ở đầu vào lỗi đầu tiên' },
  'help.resume': { en: 'skip documents whose NAME.json records the same input bytes, options, dictionary and version', vi: 'bỏ qua văn bản có NAME.json ghi cùng nội dung đầu vào, tuỳ chọn, từ điển và phiên bản' },
  'help.timestamps': { en: 'record the time of the run in the JSON (off: outputs are byte-identical across runs)', vi: 'ghi thời điểm chạy vào JSON (mặc định tắt: kết quả giống hệt nhau giữa các lần chạy)' },
  'help.asOf': { en: 'HTML report: deadlines before this date (yyyy-mm-dd) are shown as overdue', vi: 'báo cáo HTML: thời hạn trước ngày này (yyyy-mm-dd) được đánh dấu quá hạn' },
  'help.ocr': { en: 'OCR PDF pages: auto (pages with no text layer), always, never', vi: 'nhận dạng (OCR) trang PDF: auto (trang không có lớp chữ), always (luôn luôn), never (không bao giờ)' },
  'help.ocrLang': { en: 'OCR languages, joined by + (each an installed @tesseract.js-data package)', vi: 'ngôn ngữ OCR, nối bằng + (mỗi ngôn ngữ là một gói @tesseract.js-data đã cài)' },
  'help.dpi': { en: 'resolution PDF pages are rendered at for OCR', vi: 'độ phân giải khi dựng trang PDF để OCR' },
  'help.jobs': {
    en: 'documents processed in parallel (default and most: the number of cores, fewer when memory is short)',
    vi: 'số văn bản xử lý song song (mặc định và tối đa: số nhân CPU, ít hơn khi thiếu bộ nhớ)',
  },
  'help.color': { en: 'colour the summary even when not on a terminal', vi: 'tô màu bảng tóm tắt cả khi không ở màn hình dòng lệnh' },
  'help.noColor': { en: 'never colour the summary', vi: 'không bao giờ tô màu' },
  'help.lang': { en: 'language of messages, the summary and the workbook (default: from LC_ALL / LANG)', vi: 'ngôn ngữ của thông báo, bảng tóm tắt và tệp Excel (mặc định: theo LC_ALL / LANG)' },
  'help.report': { en: 'write a machine-readable report of the run (each input: status, outputs, timings, messages) to this JSON file', vi: 'ghi báo cáo lần chạy dạng máy đọc được (mỗi đầu vào: trạng thái, tệp kết quả, thời gian, thông báo) vào tệp JSON này' },
  'help.version': { en: 'print the version and exit', vi: 'in phiên bản rồi thoát' },
  'help.help': { en: 'print this help and exit', vi: 'in hướng dẫn này rồi thoát' },
  'help.title.usage': { en: 'Usage:', vi: 'Cách dùng:' },
  'help.title.arguments': { en: 'Arguments:', vi: 'Đối số:' },
  'help.title.options': { en: 'Options:', vi: 'Tuỳ chọn:' },
  'help.default': { en: 'default', vi: 'mặc định' },
  'help.choices': { en: 'choices', vi: 'chọn một trong' },
  'help.usage': { en: '[options] <inputs...>', vi: '[tuỳ chọn] <đầu vào...>' },

  // usage errors
  'usage.hint': { en: '(run directive-parse --help for the options)', vi: '(xem các tuỳ chọn: directive-parse --help)' },
  'usage.noInput': { en: 'no input given', vi: 'chưa có đầu vào nào' },
  'usage.unknownOption': { en: "unknown option '{option}'", vi: "không có tuỳ chọn '{option}'" },
  'usage.missingArgument': { en: "option '{option}' needs a value", vi: "tuỳ chọn '{option}' cần một giá trị" },
  'usage.badValue': { en: "{option} '{value}': {reason}", vi: "{option} '{value}': giá trị không hợp lệ: {reason}" },
  'usage.emptyOut': { en: "--out needs a folder name; '' would write into the current folder (say -o . for that)", vi: "--out cần tên thư mục; '' sẽ ghi vào thư mục hiện tại (muốn vậy thì dùng -o .)" },
  'usage.quietVerbose': { en: '--quiet and --verbose cannot be used together', vi: 'không dùng --quiet cùng --verbose' },
  'usage.stdinTwice': { en: 'standard input (-) can be given only once', vi: 'đầu vào chuẩn (-) chỉ được nêu một lần' },
  'usage.stdoutFormat': { en: '--stdout prints one per-document format: use it with --format {formats}', vi: '--stdout chỉ in một định dạng theo văn bản: dùng với --format {formats}' },
  'usage.stdoutResume': { en: '--resume needs output files; it cannot be used with --stdout', vi: '--resume cần tệp kết quả; không dùng cùng --stdout' },
  'usage.reportOnInput': { en: '--report {path} would overwrite an input; give the report another name', vi: '--report {path} sẽ ghi đè lên một đầu vào; hãy đặt tên khác cho báo cáo' },

  // the run
  'run.note': { en: 'note: {text}', vi: 'lưu ý: {text}' },
  'run.noInput': { en: 'no input could be read', vi: 'không đọc được đầu vào nào' },
  'run.outputsIn': { en: 'outputs in {dir}', vi: 'kết quả trong {dir}' },
  'run.batchKept': { en: '{files} left as they were: {why}, so new ones would lack rows (run the batch to its end to replace them; --resume skips the documents already done)', vi: 'giữ nguyên {files}: {why}, nên tệp mới sẽ thiếu dòng (chạy hết lô để thay; --resume bỏ qua các văn bản đã xong)' },
  'run.batchStopped': { en: 'the batch stopped before its end', vi: 'lô dừng trước khi hết' },
  'run.documentsNotWritten': { en: '{count} document(s) could not be written', vi: '{count} văn bản không ghi được' },
  'run.nameCut': { en: '{path}: output name cut to {name}{parts}: names are kept to {bytes} bytes, with a hash of the whole', vi: '{path}: tên kết quả rút gọn thành {name}{parts}: tên giữ trong {bytes} byte, kèm mã băm của tên đầy đủ' },
  'run.nameCutParts': { en: ' (and its other parts alike)', vi: ' (các phần khác cũng vậy)' },
  'run.skippedOutput': { en: '{count} file found among the inputs is an output of directive-parse, not read ({files})', vi: '{count} tệp trong số đầu vào là kết quả của directive-parse, không đọc ({files})' },
  'run.skippedOutputs': { en: '{count} files found among the inputs are outputs of directive-parse, not read ({files})', vi: '{count} tệp trong số đầu vào là kết quả của directive-parse, không đọc ({files})' },
  'run.reportFailed': { en: '{path}: the run report could not be written: {reason}', vi: '{path}: không ghi được báo cáo lần chạy: {reason}' },

  // the summary
  'summary.file': { en: 'file', vi: 'tệp' },
  'summary.type': { en: 'type', vi: 'loại' },
  'summary.id': { en: 'id', vi: 'số hiệu' },
  'summary.date': { en: 'date', vi: 'ngày' },
  'summary.sections': { en: 'sections', vi: 'mục' },
  'summary.tasks': { en: 'tasks', vi: 'nhiệm vụ' },
  'summary.refs': { en: 'refs', vi: 'dẫn chiếu' },
  'summary.deadlines': { en: 'deadlines', vi: 'thời hạn' },
  'summary.warnings': { en: 'warnings', vi: 'cảnh báo' },
  'summary.notDirective': { en: 'not a directive', vi: 'không phải văn bản chỉ đạo' },
  'summary.more': { en: '… and {count} more (every document is in documents.csv, or the run report)', vi: '… và {count} văn bản nữa (đủ cả trong documents.csv hoặc báo cáo lần chạy)' },
  'summary.written': { en: '{count} document(s) written', vi: 'đã ghi {count} văn bản' },
  'summary.upToDate': { en: '{count} up to date', vi: '{count} không đổi' },
  'summary.totals': { en: '{documents}, {tasks} tasks, {refs} references', vi: '{documents}, {tasks} nhiệm vụ, {refs} văn bản dẫn chiếu' },
  'summary.failed': { en: '{count} failed', vi: '{count} lỗi' },

  // the progress line
  'progress.rate': { en: '{rate} doc/s', vi: '{rate} vb/giây' },
  'progress.left': { en: '{time} left', vi: 'còn {time}' },
} as const satisfies Record<string, Entry>;

export type MessageId = keyof typeof CATALOGUE;
export type Params = Readonly<Record<string, string | number>>;

/** The message in the language, its `{name}`s filled in; `(s)` endings read as one or many by `count`. */
export function translate(lang: Lang, id: MessageId, params: Params = {}): string {
  const text = (CATALOGUE[id] as Entry)[lang].replace(/\{(\w+)\}/gu, (whole, name: string) => (name in params ? String(params[name]) : whole));
  if (lang !== 'en') return text;
  return text.replace(/\(s\)/gu, params['count'] === 1 ? '' : 's');
}

export type Translator = (id: MessageId, params?: Params) => string;

export function translator(lang: Lang): Translator {
  return (id, params) => translate(lang, id, params);
}
