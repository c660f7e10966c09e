/**
 * What the library is given, checked before anything is read: `parse` takes
 * text or bytes, `parseFile` a path or an input from `expandInputs`, and
 * each option must be one the pipeline knows, with a value it can use.
 * Callers from JavaScript have no compiler to tell them, and unchecked, a
 * wrong value goes through: `parse(null)` fails deep inside with a TypeError,
 * a Uint16Array is read as bytes, `format: 'pdf'` gives a document the schema
 * refuses.
 */
import { ENCODING_LABELS } from './read/messages.js';
import { OCR_MODES } from './read/scan/options.js';

/** An option the library does not know, or a value it cannot use; names the option. */
export class OptionError extends TypeError {
  override name = 'OptionError';
  constructor(
    readonly option: string,
    problem: string,
  ) {
    super(`option ${option}: ${problem}`);
  }
}

/** What a value is, for a message: "null", "a Uint16Array", "a String object". */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object' && typeof value !== 'function') return typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  if (tag === 'String' || tag === 'Number' || tag === 'Boolean') return `a ${tag} object`;
  // "an Array", "an Int8Array", but "a Uint16Array".
  return /^[AEIO]/u.test(tag) ? `an ${tag}` : `a ${tag}`;
}

/** A Uint8Array or a Buffer, from this realm or another (a worker's, a vm context's), where `instanceof` fails. */
export function isBytes(value: unknown): value is Uint8Array {
  return ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]';
}

/** Why `parse` cannot take this, or null: a string or bytes only (not a String object, nor another typed array). */
export function textOrBytesProblem(input: unknown): string | null {
  if (typeof input === 'string' || isBytes(input)) return null;
  return `is not text or bytes (got ${describeValue(input)}): pass a string, a Buffer or a Uint8Array`;
}

/** Why `parseFile` cannot take this, or null: a path, or an input as `expandInputs` gives them. */
export function pathProblem(input: unknown): string | null {
  if (typeof input === 'string') return input === '' ? 'is an empty path' : null;
  const i = input as { kind?: unknown; path?: unknown; realPath?: unknown } | null;
  if (i !== null && typeof i === 'object') {
    if (i.kind === 'stdin' && i.path === '-') return null;
    if (i.kind === 'file' && typeof i.path === 'string' && typeof i.realPath === 'string') return null;
  }
  return `is not a path (got ${describeValue(input)}): pass a file's path, '-' for standard input, or an input from expandInputs`;
}

type Check = (value: unknown) => string | null;

const oneOf =
  (allowed: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && allowed.includes(v) ? null : `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}`;

const isString: Check = (v) => (typeof v === 'string' && v !== '' ? null : 'must be a non-empty string');
const isBoolean: Check = (v) => (typeof v === 'boolean' ? null : 'must be true or false');
const isObject: Check = (v) => (v !== null && typeof v === 'object' ? null : 'must be an object');

const CHECKS: Readonly<Record<string, Check>> = {
  path: isString,
  encoding: oneOf(Object.keys(ENCODING_LABELS)),
  format: oneOf(['text', 'markdown']),
  stdin: (v) => (v !== null && typeof (v as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function' ? null : 'must be an async iterable of bytes or strings (a readable stream)'),
  bytes: (v) => (isBytes(v) ? null : 'must be a Buffer or a Uint8Array'),
  part: (v) => {
    const p = v as { index?: unknown; count?: unknown } | null;
    const ok = p !== null && typeof p === 'object' && Number.isInteger(p.index) && Number.isInteger(p.count) && (p.index as number) >= 1 && (p.index as number) <= (p.count as number);
    return ok ? null : 'must be { index, count }, whole numbers with 1 ≤ index ≤ count';
  },
  restore: isBoolean,
  restorer: isObject,
  dictDir: isString,
  userDict: (v) => (typeof v === 'string' ? isString(v) : isObject(v)),
  toneStyle: oneOf(['classic', 'modern']),
  lowConfidence: (v) => (typeof v === 'number' && v >= 0 && v <= 1 ? null : 'must be a number from 0 to 1'),
  explain: isBoolean,
  ocr: oneOf(OCR_MODES),
  ocrLang: (v) => (typeof v === 'string' && /^[a-z_]+(?:\+[a-z_]+)*$/iu.test(v) ? null : "must be Tesseract language codes joined by '+' ('vie', 'vie+eng')"),
  dpi: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 72 && v <= 1200 ? null : 'must be a whole number from 72 to 1200'),
};

/**
 * Throws OptionError for the first option that is unknown or has a value
 * that cannot be used; an option set to `undefined` counts as not given.
 * `allowed` are the options the caller takes.
 */
export function checkOptions(options: unknown, allowed: readonly string[]): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new OptionError('(options)', `must be an object (got ${describeValue(options)})`);
  }
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined) continue;
    if (!allowed.includes(name)) throw new OptionError(name, `unknown; the options are ${allowed.join(', ')}`);
    const problem = CHECKS[name]?.(value) ?? null;
    if (problem !== null) throw new OptionError(name, `${problem} (got ${typeof value === 'string' ? `'${value}'` : describeValue(value)})`);
  }
}

/** The options of `parseFile`; `parse` also takes `path`. */
export const FILE_OPTIONS = ['encoding', 'format', 'stdin', 'bytes', 'part', 'restore', 'restorer', 'dictDir', 'userDict', 'toneStyle', 'lowConfidence', 'explain', 'ocr', 'ocrLang', 'dpi'] as const;
export const TEXT_OPTIONS = [...FILE_OPTIONS, 'path'] as const;
