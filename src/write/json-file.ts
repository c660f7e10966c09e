/** A document as the text of NAME.json: readable (one restoration detail a line), or one line for --stdout. */
import type { DirectiveDocument } from '../types.js';
import { INLINE_WIDTH, stringifyReadable, writeReadable } from './json.js';
import { Utf8Sink } from './text-sink.js';

/** A scan's restoration details, thousands of records, one line each. */
const JSON_LAYOUT = { rows: ['details'] };

function withStamp(doc: DirectiveDocument, generatedAt: string | undefined): object {
  return generatedAt === undefined ? doc : { ...doc, generatedAt };
}

export function documentToJson(doc: DirectiveDocument, generatedAt?: string, compact = false): string {
  const body = withStamp(doc, generatedAt);
  return `${compact ? JSON.stringify(body) : stringifyReadable(body, 2, INLINE_WIDTH, JSON_LAYOUT)}\n`;
}

/** documentToJson's readable text as UTF-8, byte for byte what encoding that string would give. */
export function documentToJsonBytes(doc: DirectiveDocument, generatedAt?: string): Uint8Array {
  const sink = new Utf8Sink();
  writeReadable(withStamp(doc, generatedAt), sink, 2, INLINE_WIDTH, JSON_LAYOUT);
  sink.push('\n');
  return sink.bytes();
}
