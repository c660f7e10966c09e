import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringifyReadable, writeReadable } from '../../src/write/json.js';
import { StringSink, Utf8Sink } from '../../src/write/text-sink.js';

const encoder = new TextEncoder();

describe('text sinks', () => {
  it('encode pieces to the bytes TextEncoder gives for the joined text, across many flushes', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 3000 }), { maxLength: 60 }), (pieces) => {
        const sink = new Utf8Sink();
        for (const piece of pieces) sink.push(piece);
        expect(sink.bytes()).toEqual(encoder.encode(pieces.join('')));
      }),
      { numRuns: 300 },
    );
  });

  it('give each result a buffer of its own, which reusing the scratch buffer never overwrites', () => {
    const first = new Utf8Sink();
    first.push('Tỉnh ủy '.repeat(50_000));
    const a = first.bytes();
    const second = new Utf8Sink();
    second.push('xã');
    const b = second.bytes();
    expect(new TextDecoder().decode(a)).toBe('Tỉnh ủy '.repeat(50_000));
    expect(new TextDecoder().decode(b)).toBe('xã');
    expect(a.byteOffset).toBe(0);
    expect(a.byteLength).toBe(a.buffer.byteLength);
  });

  it('keep two sinks open at once apart', () => {
    const outer = new Utf8Sink();
    outer.push('Đảng ');
    const inner = new Utf8Sink();
    inner.push('Bộ Chính trị');
    outer.push('bộ');
    expect(new TextDecoder().decode(inner.bytes())).toBe('Bộ Chính trị');
    expect(new TextDecoder().decode(outer.bytes())).toBe('Đảng bộ');
  });

  it('give readable JSON as bytes, byte for byte the encoded string', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        const bytes = new Utf8Sink();
        writeReadable(value, bytes, 2, 40, { rows: ['details'] });
        const text = new StringSink();
        writeReadable(value, text, 2, 40, { rows: ['details'] });
        expect(text.text()).toBe(stringifyReadable(value, 2, 40, { rows: ['details'] }));
        expect(bytes.bytes()).toEqual(encoder.encode(text.text()));
      }),
      { numRuns: 500 },
    );
  });
});
