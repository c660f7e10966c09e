/** The read stage's public surface: inputs, reading and decoding, and the two parsers. */
export { decodeBytes, normalizeText, countLines, parseEncodingName } from './decode/index.js';
export type { DecodeFailure, DecodeOk, DecodeOptions, DecodeRefusalCode, DecodeResult } from './decode/index.js';
export { expandInputs, compareCodePoints } from './inputs.js';
export type { ExpandOptions, ExpandedInputs, Input, InputError, InputErrorCode } from './inputs.js';
export { readInput, readBytes, readAnyBytes, formatOf, toSourceInfo } from './read-input.js';
export { closeOcr } from './scan/ocr-engine.js';
export { OCR_MODES, type OcrMode, type ScanOptions } from './scan/options.js';
export { sniffScan, SCAN_EXTENSIONS, type ScanFormat } from './scan/sniff.js';
export type { ReadErrorCode, ReadFailure, ReadOk, ReadOptions, ReadResult } from './read-input.js';
export { ENCODING_LABELS, type ReadRuleId } from './messages.js';
export { default as parseText, parseTextToRoot } from './parse-text.js';
export { default as parseMarkdown, parseMarkdownToRoot } from './parse-markdown.js';
export { PART_BYTES, partCount, type PartSpec } from './parts.js';
