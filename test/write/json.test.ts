import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringifyReadable } from '../../src/write/json.js';

describe('readable JSON', () => {
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
});
