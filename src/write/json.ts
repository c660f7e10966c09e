/**
 * JSON for people as well as programs: indented like JSON.stringify(v, null, 2),
 * except that an object or array whose one-line form is short stays on one
 * line (`"span": {"start": {…}, "end": {…}}`, a token's alternatives). The
 * documents hold thousands of such small leaves, which indentation would
 * spread over ten lines each. Parsing the result gives the same value as
 * JSON.stringify would; key order is kept, so the output is deterministic.
 */
import { StringSink, type TextSink } from './text-sink.js';

/** One-line forms up to this many characters stay on one line. */
export const INLINE_WIDTH = 100;

export interface ReadableOptions {
  /**
   * Keys whose array value is a table of records: one record per line, as
   * JSON.stringify writes it, however long. A scan's restoration details are
   * thousands of such records; ten lines each would be most of the file.
   */
  rows?: readonly string[];
}

/**
 * Two passes over the value. The first measures every subtree's one-line
 * length (leaves first, so nothing is stringified twice) and keeps each leaf's
 * text, on a tape in visiting order; the second reads the tape in the same
 * order and hands the pieces of the output to a sink, in order. Building
 * each subtree's text and pasting it into its parent's would copy a document's
 * bytes once per level of nesting, and those megabyte strings go straight to
 * the old generation, where they made most of a worker's garbage collection.
 */
export function stringifyReadable(value: unknown, indent = 2, width = INLINE_WIDTH, options: ReadableOptions = {}): string {
  const sink = new StringSink();
  writeReadable(value, sink, indent, width, options);
  return sink.text();
}

/** The same text, written piece by piece to a sink (as UTF-8 bytes, say: see text-sink.ts). */
export function writeReadable(value: unknown, sink: TextSink, indent = 2, width = INLINE_WIDTH, options: ReadableOptions = {}): void {
  const walk: Walk = { rows: new Set(options.rows ?? []), plain: new Map(), tape: [], at: 0 };
  if (measure(value, walk) === undefined) {
    sink.push('null');
    return;
  }
  emit(value, '', { step: ' '.repeat(indent), width, walk, out: sink });
}

interface Walk {
  rows: ReadonlySet<string>;
  /** Objects with a toJSON method, as the plain value JSON.stringify would write for them. */
  plain: Map<object, unknown>;
  /** Per value visited: a leaf's text, or an object's or array's one-line length. */
  tape: (string | number)[];
  /** The next tape entry to read, while emitting. */
  at: number;
}

interface Emit {
  step: string;
  width: number;
  walk: Walk;
  out: TextSink;
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function absent(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function plainOf(value: object, walk: Walk): unknown {
  if (typeof (value as { toJSON?: unknown }).toJSON !== 'function') return value;
  let plain = walk.plain.get(value);
  if (plain === undefined && !walk.plain.has(value)) {
    plain = JSON.parse(JSON.stringify(value) ?? 'null');
    walk.plain.set(value, plain);
  }
  return plain;
}

function isRows(key: string, member: unknown, walk: Walk): member is readonly unknown[] {
  return Array.isArray(member) && walk.rows.has(key);
}

/** Pushes the value's entries on the tape; returns its one-line length (JSON.stringify's, no spaces), or undefined when absent. */
function measure(value: unknown, walk: Walk): number | undefined {
  const { tape } = walk;
  if (typeof value === 'object' && value !== null) value = plainOf(value, walk);
  if (typeof value !== 'object' || value === null) {
    const text = JSON.stringify(value);
    if (text === undefined) return undefined;
    tape.push(text);
    return text.length;
  }
  const slot = tape.length;
  tape.push(0);
  let compact: number;
  if (Array.isArray(value)) {
    compact = 1 + value.length;
    for (const item of value) compact += measure(absent(item) ? null : item, walk)!;
  } else {
    compact = 1;
    for (const key of Object.keys(value)) {
      const member = (value as Record<string, unknown>)[key];
      const size = isRows(key, member, walk) ? measureRows(member, walk) : measure(member, walk);
      if (size !== undefined) compact += JSON.stringify(key).length + 2 + size;
    }
  }
  if (compact === 1) compact = 2;
  tape[slot] = compact;
  return compact;
}

function measureRows(items: readonly unknown[], walk: Walk): number {
  const slot = walk.tape.length;
  walk.tape.push(0);
  let compact = 1 + items.length;
  for (const item of items) {
    const line = JSON.stringify(item) ?? 'null';
    walk.tape.push(line);
    compact += line.length;
  }
  walk.tape[slot] = items.length === 0 ? 2 : compact;
  return walk.tape[slot];
}

/**
 * A value whose one-line form fits goes on one line; its children then fit
 * too (each is shorter and only one indent deeper), so they need no check.
 */
function emit(value: unknown, pad: string, e: Emit): void {
  const { walk, out } = e;
  if (typeof value === 'object' && value !== null) value = plainOf(value, walk);
  const entry = walk.tape[walk.at++]!;
  if (typeof entry === 'string') {
    out.push(entry);
    return;
  }
  const array = Array.isArray(value);
  if (entry === 2) {
    out.push(array ? '[]' : '{}');
    return;
  }
  const fits = entry + pad.length <= e.width;
  const inner = pad + e.step;
  const sep = fits ? ', ' : `,\n${inner}`;
  out.push(array ? '[' : '{');
  if (!fits) out.push(`\n${inner}`);
  let first = true;
  if (array) {
    for (const item of value as unknown[]) {
      if (!first) out.push(sep);
      first = false;
      emit(absent(item) ? null : item, inner, e);
    }
  } else {
    for (const key of Object.keys(value as object)) {
      const member = (value as Record<string, unknown>)[key];
      if (absent(member)) continue;
      if (!first) out.push(sep);
      first = false;
      out.push(JSON.stringify(key));
      out.push(': ');
      if (isRows(key, member, walk)) emitRows(member, inner, e);
      else emit(member, inner, e);
    }
  }
  if (!fits) out.push(`\n${pad}`);
  out.push(array ? ']' : '}');
}

/** A table of records, one line each, whether or not its parent fits on one line. */
function emitRows(items: readonly unknown[], pad: string, e: Emit): void {
  const { walk, out } = e;
  walk.at++;
  if (items.length === 0) {
    out.push('[]');
    return;
  }
  const inner = pad + e.step;
  out.push(`[\n${inner}`);
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out.push(`,\n${inner}`);
    out.push(walk.tape[walk.at++] as string);
  }
  out.push(`\n${pad}]`);
}
