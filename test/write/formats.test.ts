/** The format registry: every format is a per-document or a batch format, named once, with outputs that cannot collide. */
import { describe, expect, it } from 'vitest';
import { batchFormats, documentFormats, FORMATS } from '../../src/write/formats.js';

describe('output formats', () => {
  it('lists each format once, as a per-document or a batch format or (html) one of each', () => {
    const perDocument = documentFormats(FORMATS).map((f) => f.name);
    const batch = batchFormats(FORMATS).map((f) => f.name);
    expect(new Set(FORMATS).size).toBe(FORMATS.length);
    expect(new Set(perDocument).size).toBe(perDocument.length);
    expect(new Set(batch).size).toBe(batch.length);
    expect([...new Set([...perDocument, ...batch])].sort()).toEqual([...FORMATS].sort());
    expect(perDocument).toEqual(['json', 'md', 'txt', 'html']);
    expect(batch).toEqual(['csv', 'xlsx', 'html']);
    expect(perDocument.filter((f) => batch.includes(f))).toEqual(['html']);
  });

  it('gives every output its own name', () => {
    const suffixes = documentFormats(FORMATS).map((f) => f.suffix);
    const files = batchFormats(FORMATS).flatMap((f) => f.files);
    expect(new Set(suffixes).size).toBe(suffixes.length);
    expect(new Set(files).size).toBe(files.length);
  });

});
