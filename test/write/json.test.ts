import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringifyReadable } from '../../src/write/json.js';

/** The first implementation, which stringified every subtree whole: the reference for the output bytes. */
function reference(value: unknown, pad: string, width: number): string | undefined {
  const flat = JSON.stringify(value);
  if (flat === undefined || typeof value !== 'object' || value === null) return flat;
  if (flat.length + pad.length <= width) return spaced(value);
  const inner = `${pad}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + (reference(v, inner, width) ?? 'null')).join(',\n')}\n${pad}]`;
  }
  const entries = Object.entries(value).flatMap(([k, v]) => {
    const printed = reference(v, inner, width);
    return printed === undefined ? [] : [`${inner}${JSON.stringify(k)}: ${printed}`];
  });
  return entries.length === 0 ? '{}' : `{\n${entries.join(',\n')}\n${pad}}`;
}

function spaced(value: object): string {
  const one = (v: unknown): string => (typeof v === 'object' && v !== null ? spaced(v) : (JSON.stringify(v) ?? 'null'));
  if (Array.isArray(value)) return `[${value.map(one).join(', ')}]`;
  const parts = Object.entries(value).flatMap(([k, v]) => (v === undefined || typeof v === 'function' ? [] : [`${JSON.stringify(k)}: ${one(v)}`]));
  return `{${parts.join(', ')}}`;
}

describe('readable JSON', () => {
  it('gives the same bytes as stringifying every subtree would, looking no further than the line width', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 4, max: 120 }), (value, width) => {
        expect(stringifyReadable(value, 2, width)).toBe(reference(value, '', width) ?? 'null');
      }),
      { numRuns: 2000 },
    );
  });

  it('parses back to what JSON.stringify gives, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(stringifyReadable(value, 2, 30))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps short objects and arrays on one line, indents the rest', () => {
    const doc = { id: 'II/5', span: { start: { line: 3, column: 1 }, end: { line: 4, column: 9 } }, children: [{ id: 'a', text: 'x'.repeat(120) }], none: undefined };
    expect(stringifyReadable(doc, 2, 80)).toBe(
      [
        '{',
        '  "id": "II/5",',
        '  "span": {"start": {"line": 3, "column": 1}, "end": {"line": 4, "column": 9}},',
        '  "children": [',
        '    {',
        '      "id": "a",',
        `      "text": "${'x'.repeat(120)}"`,
        '    }',
        '  ]',
        '}',
      ].join('\n'),
    );
  });

  it('writes the arrays of keys named as rows one record per line, and parses back the same', () => {
    const token = (i: number) => ({ original: 'Tinh', restored: 'Tỉnh', confidence: 0.5, alternatives: [{ text: 'Tính', confidence: 0.25 }], span: { start: { line: i, column: 1, offset: 10 * i }, end: { line: i, column: 5, offset: 10 * i + 4 } } });
    const doc = { restoration: { applied: true, details: [token(1), token(2)] }, empty: { details: [] } };
    const text = stringifyReadable(doc, 2, 80, { rows: ['details'] });
    expect(text.split('\n')).toEqual([
      '{',
      '  "restoration": {',
      '    "applied": true,',
      '    "details": [',
      `      ${JSON.stringify(token(1))},`,
      `      ${JSON.stringify(token(2))}`,
      '    ]',
      '  },',
      '  "empty": {"details": []}',
      '}',
    ]);
    expect(JSON.parse(text)).toEqual(doc);
  });
});
