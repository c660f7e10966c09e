/**
 * Reading one input: its bytes (a file, opened read-only, or stdin), then
 * decoding. Everything the pipeline needs about the source comes back in one
 * object, or a failure naming the input and the problem.
 */
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import type { EncodingName, InputFormat, Message, SourceInfo, SourceKind, SourcePage } from '../types.js';
import { decodeBytes, type DecodeRefusalCode } from './decode/index.js';
import { countLines } from './decode/normalize.js';
import { fsPathOf, type Input } from './inputs.js';
import { readMessage } from './messages.js';
import { fileKey, partLayout, partMessages, textPart, type PartLayout, type PartSpec } from './parts.js';
import type { ScanOptions } from './scan/options.js';
import type { ScanFailureCode } from './scan/read-scan.js';
import { sniffScan } from './scan/sniff.js';
import { wordsInSlice, type WordConfidence } from '../text/word-confidence.js';
import { pathBytes, streamBytes, type BytesRefusalCode } from './source-bytes.js';

export interface ReadOptions extends ScanOptions {
  /** Decode as this instead of detecting (`--encoding`). */
  encoding?: EncodingName;
  /** Parse as this instead of going by the extension (`.md`, `.markdown` are Markdown). */
  format?: InputFormat;
  /** Where `-` reads from; default `process.stdin`. */
  stdin?: AsyncIterable<Uint8Array | string>;
  /**
   * The input's bytes, read already: standard input or a named pipe can be
   * read only once, so a batch reads them before it plans their parts and
   * hands every part the same bytes. Used instead of reading the input.
   */
  bytes?: Uint8Array;
  /** Read only this part of a large input (see parts.ts); `count` follows from the input's size. */
  part?: PartSpec;
}

export interface ReadOk {
  ok: true;
  /** As given (`-` for stdin), null for a string or buffer passed in directly. */
  path: string | null;
  /** NFC, LF line breaks. */
  text: string;
  encoding: EncodingName;
  format: InputFormat;
  /** What the input was: text, Markdown, a PDF (by text layer or OCR), an image, a Word file. */
  kind: SourceKind;
  /** The pages of a PDF or image, null for other inputs. */
  pages: SourcePage[] | null;
  /** The words of `text` that OCR read, with its confidence in each (for the restorer); absent when nothing was OCR'd. */
  ocrWords?: WordConfidence[];
  /** Size of the input in bytes, and the SHA-256 of those bytes (hex). */
  bytes: number;
  sha256: string;
  /** Lines in `text`, as the text parser counts them. */
  lines: number;
  /** The `encoding-detected` info first, then any warnings. */
  warnings: Message[];
}

/** `invalid-input`: what was passed is neither text nor bytes (the library's `parse(null)`). */
export type ReadErrorCode = DecodeRefusalCode | BytesRefusalCode | ScanFailureCode | 'invalid-input';

export interface ReadFailure {
  ok: false;
  path: string | null;
  code: ReadErrorCode;
  /** Names the input and the problem: "a.txt: looks like a PDF document (starts with %PDF-), not text". */
  message: string;
  /** The same as an error `Message`. */
  messages: Message[];
}

export type ReadResult = ReadOk | ReadFailure;

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);

export function formatOf(path: string | null, override?: InputFormat): InputFormat {
  if (override) return override;
  return path && MARKDOWN_EXTENSIONS.has(extname(path).toLowerCase()) ? 'markdown' : 'text';
}

function displayName(path: string | null): string {
  if (path === '-') return '<stdin>';
  return path ?? '<input>';
}

export function failure(path: string | null, code: ReadErrorCode, problem: string): ReadFailure {
  const message = `${displayName(path)}: ${problem}`;
  return { ok: false, path, code, message, messages: [readMessage('error', code, message)] };
}

/** Decodes bytes (or a string) already in hand: what `parse(string | Buffer)` uses. */
export function readBytes(input: Uint8Array | string, path: string | null = null, options: ReadOptions = {}): ReadResult {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const decoded = decodeBytes(input, options.encoding ? { encoding: options.encoding } : {});
  if (!decoded.ok) return failure(path, decoded.code, decoded.message);
  const format = formatOf(path === '-' ? null : path, options.format);
  return {
    ok: true,
    path,
    text: decoded.text,
    encoding: decoded.encoding,
    format,
    kind: format,
    pages: null,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    lines: countLines(decoded.text),
    warnings: decoded.warnings,
  };
}

/**
 * Reads bytes in hand by what they are: a PDF, image or Word file (by its
 * first bytes, whatever its name) through ./scan, anything else decoded as
 * text by `readBytes`.
 */
export async function readAnyBytes(input: Uint8Array | string, path: string | null = null, options: ReadOptions = {}): Promise<ReadResult> {
  const scan = typeof input === 'string' ? null : sniffScan(input);
  if (scan === null) return readBytes(input, path, options);
  const bytes = input as Uint8Array;
  // Loaded on the first scan: PDF, image and Word readers and OCR are large, and a batch of text needs none of them.
  const { readScan } = await import('./scan/read-scan.js');
  const read = await readScan(bytes, scan, options);
  if (!read.ok) return failure(path, read.code, read.problem);
  return {
    ok: true,
    path,
    text: read.text,
    encoding: 'utf-8',
    format: read.format,
    kind: read.kind,
    pages: read.pages,
    ...(read.ocrWords.length > 0 ? { ocrWords: read.ocrWords } : {}),
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    lines: countLines(read.text),
    warnings: read.warnings,
  };
}

/** Reads and decodes one input (or one part of it, with `part`); a path string is read as a file. */
export async function readInput(input: Input | string, options: ReadOptions = {}): Promise<ReadResult> {
  const target: Input = typeof input === 'string' ? (input === '-' ? { kind: 'stdin', path: '-' } : { kind: 'file', path: input, realPath: input }) : input;
  if (options.part && options.part.count > 1 && (target.kind === 'file' || options.bytes)) return readPart(target, options.part, options);
  return readWhole(target, options);
}

/**
 * The decoded input whose parts are being read: the parts of one input come
 * one after the other, so decoding it once serves them all. One input at a
 * time, dropped after its last part. A file is known by its path, size and
 * time; bytes read already by the very object holding them.
 */
let decoded: { source: string | Uint8Array; key: string; read: ReadOk; layout: PartLayout } | null = null;

async function readPart(target: Input, part: PartSpec, options: ReadOptions): Promise<ReadResult> {
  const source = options.bytes ?? (target.kind === 'file' ? await fileKey(fsPathOf(target)).catch(() => '') : '');
  const key = `${target.path}\u0000${part.count}\u0000${options.encoding ?? ''}\u0000${options.format ?? ''}`;
  if (decoded?.source !== source || decoded.key !== key) {
    decoded = null;
    const read = await readWhole(target, options);
    if (!read.ok) return read;
    decoded = { source, key, read, layout: partLayout(read.text, part.count) };
  }
  const { read, layout } = decoded;
  if (part.index === part.count) decoded = null;
  const span = textPart(read.text, layout, part.index);
  const from = layout.bounds[part.index - 1]!;
  const ocrWords = read.ocrWords && wordsInSlice(read.ocrWords, from, from + span.text.length);
  return { ...read, text: span.text, ...(ocrWords ? { ocrWords } : {}), lines: countLines(span.text), warnings: partMessages(read.warnings, part, span, read.bytes) };
}

async function readWhole(target: Input, options: ReadOptions): Promise<ReadResult> {
  if (options.bytes) return readAnyBytes(options.bytes, target.path, options);
  const read = target.kind === 'stdin' ? await streamBytes(options.stdin ?? process.stdin) : await pathBytes(fsPathOf(target));
  if (!read.ok) return failure(target.path, read.code, read.problem);
  return readAnyBytes(read.bytes, target.path, options);
}

/** The document's `source` block from a successful read. */
export function toSourceInfo(read: ReadOk): SourceInfo {
  return {
    path: read.path,
    sha256: read.sha256,
    encoding: read.encoding,
    format: read.format,
    kind: read.kind,
    bytes: read.bytes,
    lines: read.lines,
    pages: read.pages,
  };
}
