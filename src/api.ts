/**
 * The library API: `parse` for text or bytes in hand, `parseFile` for a path.
 * Both read (decode, detect the encoding), restore, segment and extract, and
 * return the document object of src/types.ts together with the restored text.
 * The restorer (the dictionary) is loaded once per process and shared; pass
 * your own with `restorer` to control when that happens.
 */
import type { VFile } from 'vfile';
import { checkOptions, FILE_OPTIONS, pathProblem, TEXT_OPTIONS, textOrBytesProblem } from './api-checks.js';
import { createProcessor, processText, type ProcessedDocument } from './pipeline.js';
import { readAnyBytes, readInput, toSourceInfo, type Input, type ReadFailure, type ReadOk, type ReadOptions } from './read/index.js';
import { failure } from './read/read-input.js';
import type { RestoreOptions } from './restore/index.js';
import { loadRestorer, type Restorer, type RestorerOptions } from './restore/restorer.js';
import { dictionaryIdentity, runInfo } from './run-info.js';
import type { DirectiveDocument, InputFormat, Message } from './types.js';

export interface ParseOptions extends ReadOptions, RestoreOptions {
  /** Skip restoration and take the text as printed (`--no-restore`). */
  restore?: boolean;
  /** A restorer already loaded; otherwise one is loaded from `dictDir`/`userDict` and cached. */
  restorer?: Restorer;
  /** Dictionary directory (default: the package's dict/). */
  dictDir?: string;
  /** A user dictionary file, or one already parsed (`--dict`). */
  userDict?: RestorerOptions['userDict'];
}

export interface ParseResult extends ProcessedDocument {
  document: DirectiveDocument;
}

/**
 * Raised when an input cannot be read at all (empty, binary, missing, not a
 * file, not text or bytes); names the input and the problem.
 */
export class InputError extends Error {
  readonly code: ReadFailure['code'];
  readonly path: string | null;
  readonly messages: Message[];
  constructor(failure: ReadFailure) {
    super(failure.message);
    this.name = 'InputError';
    this.code = failure.code;
    this.path = failure.path;
    this.messages = failure.messages;
  }
}

const restorers = new Map<string, Restorer>();

/** One restorer per dictionary and user dictionary file, loaded on first use. */
export function sharedRestorer(options: Pick<ParseOptions, 'dictDir' | 'userDict'> = {}): Restorer {
  const userKey = typeof options.userDict === 'string' ? options.userDict : options.userDict ? null : '';
  if (userKey === null) return loadRestorer(options); // a parsed dictionary object has no stable key
  const key = `${options.dictDir ?? ''}\u0000${userKey}`;
  let restorer = restorers.get(key);
  if (!restorer) {
    restorer = loadRestorer(options);
    restorers.set(key, restorer);
  }
  return restorer;
}

type Processor = ReturnType<typeof createProcessor>;
const processors = new WeakMap<Restorer, Map<string, Processor>>();

/** Processors are cheap but not free: one per restorer, format and restore options. */
function processorFor(format: InputFormat, options: ParseOptions, restorer: Restorer | null): Processor {
  if (restorer === null) return createProcessor({ format, restore: false });
  const key = `${format}|${options.toneStyle ?? ''}|${options.lowConfidence ?? ''}|${options.explain === true}`;
  let byKey = processors.get(restorer);
  if (!byKey) processors.set(restorer, (byKey = new Map()));
  let processor = byKey.get(key);
  if (!processor) {
    const restoreOptions: RestoreOptions = {};
    if (options.toneStyle) restoreOptions.toneStyle = options.toneStyle;
    if (options.lowConfidence !== undefined) restoreOptions.lowConfidence = options.lowConfidence;
    if (options.explain) restoreOptions.explain = true;
    processor = createProcessor({ format, restore: { ...restoreOptions, restorer } });
    byKey.set(key, processor);
  }
  return processor;
}

/** Read stage messages become the first messages of the document's file. */
function carryReadMessages(file: VFile, warnings: readonly Message[]): void {
  for (const w of warnings) {
    const place = w.line === null ? {} : { place: { line: w.line, column: w.column ?? 1 } };
    const message = file.message(w.message, { ruleId: w.ruleId, source: w.source, ...place });
    message.fatal = w.severity === 'error' ? true : w.severity === 'warning' ? false : undefined;
  }
}

/** The dictionary identity of a restorer (or of none), computed once: it hashes the dictionary's files. */
const identities = new WeakMap<Restorer, string>();
let unrestoredIdentity: string | null = null;

function identityOf(restorer: Restorer | null): string {
  if (restorer === null) return (unrestoredIdentity ??= dictionaryIdentity(null));
  let identity = identities.get(restorer);
  if (identity === undefined) identities.set(restorer, (identity = dictionaryIdentity(restorer)));
  return identity;
}

async function run(read: ReadOk, options: ParseOptions): Promise<ParseResult> {
  const restorer = options.restore === false ? null : (options.restorer ?? sharedRestorer(options));
  const processor = processorFor(read.format, options, restorer);
  const record = runInfo(options, identityOf(restorer));
  const prepare = (file: VFile): void => {
    carryReadMessages(file, read.warnings);
    if (read.ocrWords) file.data.ocrWords = read.ocrWords;
  };
  return processText(read.text, toSourceInfo(read), processor, prepare, record);
}

/**
 * Parses what was read already, as `parse` would have after reading it (a bench replays a
 * scan's OCR so: its text, kind, pages and word confidences, without OCR'ing it again).
 */
export async function parseRead(read: ReadOk, options: ParseOptions = {}): Promise<ParseResult> {
  checkOptions(options, TEXT_OPTIONS);
  return run(read, options);
}

/**
 * Parses a directive given as text or bytes (any supported encoding).
 * `path` names it in messages and in `source.path`; its extension picks the format.
 * Throws OptionError for an unknown option or a value it cannot use.
 */
export async function parse(
  input: string | Uint8Array,
  options: ParseOptions & { path?: string } = {},
): Promise<ParseResult> {
  checkOptions(options, TEXT_OPTIONS);
  const problem = textOrBytesProblem(input);
  if (problem !== null) throw new InputError(failure(options.path ?? null, 'invalid-input', problem));
  const read = await readAnyBytes(input, options.path ?? null, options);
  if (!read.ok) throw new InputError(read);
  return run(read, options);
}

/**
 * Reads and parses one file (or `-` for stdin), or an input found by
 * `expandInputs`. Throws `InputError` when it cannot be read: a missing or
 * unreadable file, a folder or device (/dev/zero), a stream past
 * MAX_STREAM_BYTES, empty or binary content; OptionError as `parse` does.
 */
export async function parseFile(path: string | Input, options: ParseOptions = {}): Promise<ParseResult> {
  checkOptions(options, FILE_OPTIONS);
  const problem = pathProblem(path);
  if (problem !== null) throw new InputError(failure(typeof path === 'string' ? path : null, 'invalid-input', problem));
  const read = await readInput(path, options);
  if (!read.ok) throw new InputError(read);
  return run(read, options);
}
