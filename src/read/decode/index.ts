/**
 * Bytes → NFC Unicode text with LF line breaks, or a refusal. Refused: empty
 * and whitespace-only input, and binary data (named by its signature when it
 * has one). Everything else decodes, with warnings for what was off.
 */
import type { EncodingName, Message } from '../../types.js';
import { ENCODING_LABELS, readMessage } from '../messages.js';
import { sniffBinaryBytes, sniffSignature } from './binary.js';
import { decodeAs } from './decoders.js';
import { controlShare, detectByteEncoding, detectByteOrder, type Detection } from './detect.js';
import { controlCharacterWarning, isBlank, normalizeWithWarnings } from './normalize.js';

export interface DecodeOptions {
  /** Skip detection and decode as this (`--encoding`). Binary signatures are still refused. */
  encoding?: EncodingName;
}

export interface DecodeOk {
  ok: true;
  text: string;
  encoding: EncodingName;
  /** The `encoding-detected` info first, then warnings. */
  warnings: Message[];
}

export type DecodeRefusalCode = 'empty-input' | 'binary-input';

export interface DecodeFailure {
  ok: false;
  code: DecodeRefusalCode;
  /** What is wrong, without the file name: "looks like a PDF document (starts with %PDF-), not text". */
  message: string;
  /** For binary input, what it looks like: "a PDF document", "binary data". */
  looksLike?: string;
}

export type DecodeResult = DecodeOk | DecodeFailure;

const MAX_UTF16_CONTROL = 0.05;

function refuseBinary(kind: string, evidence: string): DecodeFailure {
  return { ok: false, code: 'binary-input', message: `looks like ${kind} (${evidence}), not text`, looksLike: kind };
}

function refuseBlank(bytes: number, text = ''): DecodeFailure {
  let message = `contains only whitespace (${bytes} byte${bytes === 1 ? '' : 's'})`;
  if (bytes === 0) message = 'is empty (0 bytes)';
  else if (text === '') message = 'is empty (nothing but a byte order mark)';
  return { ok: false, code: 'empty-input', message };
}

function isUtf16(encoding: EncodingName): boolean {
  return encoding === 'utf-16le' || encoding === 'utf-16be';
}

function finish(raw: string, bytes: number, encoding: EncodingName, info: Message, warnings: Message[]): DecodeResult {
  const { text, warnings: marks } = normalizeWithWarnings(raw);
  if (isBlank(text)) return refuseBlank(bytes, text);
  const control = controlCharacterWarning(text);
  return { ok: true, text, encoding, warnings: [info, ...warnings, ...marks, ...(control ? [control] : [])] };
}

function encodingInfo(encoding: EncodingName, reason: string): Message {
  return readMessage('info', 'encoding-detected', `Encoding ${ENCODING_LABELS[encoding]} (${reason})`);
}

/**
 * Decodes input bytes (or takes a string as already decoded) into the
 * normalised text the parsers read.
 */
export function decodeBytes(input: Uint8Array | string, options: DecodeOptions = {}): DecodeResult {
  if (typeof input === 'string') {
    const info = encodingInfo('utf-8', 'given as a string');
    return finish(input, Buffer.byteLength(input), 'utf-8', info, []);
  }
  if (input.length === 0) return refuseBlank(0);
  const signature = sniffSignature(input);
  if (signature) return refuseBinary(signature.kind, signature.evidence);

  const given: Detection | null = options.encoding ? { encoding: options.encoding, reason: 'as given' } : null;
  const byteOrder = given ?? detectByteOrder(input);
  // UTF-16 is full of zero bytes; only byte-oriented text is judged by byte statistics.
  if (!byteOrder || !isUtf16(byteOrder.encoding)) {
    const stats = sniffBinaryBytes(input);
    if (stats) return refuseBinary(stats.kind, stats.evidence);
  }
  const detection = byteOrder ?? detectByteEncoding(input);
  const raw = decodeAs(input, detection.encoding);
  // A UTF-16 byte order mark can open binary data by chance; what follows then is no text.
  if (!given && isUtf16(detection.encoding) && controlShare(raw.text.slice(0, 65536)) > MAX_UTF16_CONTROL) {
    return refuseBinary('binary data', `starts like UTF-16 but decodes to control characters`);
  }
  return finish(raw.text, input.length, detection.encoding, encodingInfo(detection.encoding, detection.reason), raw.warnings);
}

export { parseEncodingName } from '../messages.js';
export { countLines, normalizeText } from './normalize.js';
