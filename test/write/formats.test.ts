/** The format registry: every format is a per-document or a batch format, named once, with outputs that cannot collide. */
import { describe, expect, it } from 'vitest';
import { batchFormats, documentFormats, FORMATS } from '../../src/write/formats.js';

describe('output formats', () => {
  it('lists each format once, as a per-document or a batch format', () => {
    const perDocument = documentFormats(FORMATS).map((f) => f.name);
    const batch = batchFormats(FORMATS).map((f) => f.name);
    expect(new Set(FORMATS).size).toBe(FORMATS.length);
    expect([...perDocument, ...batch].sort()).toEqual([...FORMATS].sort());
    expect(perDocument).toEqual(['json', 'md', 'txt']);
    expect(batch).toEqual(['csv', 'xlsx']);
  });

  it('gives every output its own name', () => {
    const suffixes = documentFormats(FORMATS).map((f) => f.suffix);
    const files = batchFormats(FORMATS).flatMap((f) => f.files);
    expect(new Set(suffixes).size).toBe(suffixes.length);
    expect(new Set(files).size).toBe(files.length);
  });

});
