/**
 * Inputs with as many blocks as a megabyte of short lines can hold: the
 * stages append arrays as long as the input (paragraphs, blank lines, rows,
 * a batch's summary rows), and spreading one into `push(...)` or
 * `Math.max(...)` puts every item on the stack, which overflowed it at some
 * 125,000 items ("Maximum call stack size exceeded"). Sizes are what it
 * takes to pass that count, no more.
 */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { renderTable } from '../../src/cli/summary.js';
import { segmentLines } from '../../src/segment/segment.js';
import { documentToMarkdown } from '../../src/write/markdown.js';
import { renderDocument, type SummaryRow } from '../../src/write/render.js';
import { toLines } from '../segment/helpers.js';

const MANY = 150_000;

describe('arrays as long as the input', () => {
  it('a megabyte of one-letter paragraphs goes through parse() and renders in every format', async () => {
    const text = 'a\n\n'.repeat(Math.ceil((1 << 20) / 3));
    const result = await parse(text, { path: 'letters.txt', restore: false });
    expect(result.restoredText).toBe(text);
    expect(result.document.source.lines).toBe(text.length / 3 * 2);
    const rendered = renderDocument('letters', result, { formats: ['json', 'csv', 'md', 'txt'] });
    expect(rendered.files.map((f) => f.fileName)).toEqual(['letters.json', 'letters.md', 'letters.restored.txt']);
  });

  it(`${MANY} one-line sentences are segmented into as many paragraphs`, () => {
    const { blocks } = segmentLines(toLines('Có.\n'.repeat(MANY)));
    expect(blocks.filter((b) => b.type === 'paragraph')).toHaveLength(MANY);
  });

  it(`a document of ${MANY} paragraphs renders as Markdown`, async () => {
    const { document } = await parse('Có.\n', { restore: false });
    const md = documentToMarkdown({ ...document, preamble: Array.from({ length: MANY }, (_, i) => `Đoạn ${i}.`) });
    expect(md).toContain(`Đoạn ${MANY - 1}.`);
  });

  it(`the summary of a batch of ${MANY} documents is one table when the row cap is lifted`, () => {
    const row: SummaryRow = { name: 'x', path: 'x.txt', type: null, id: null, date: null, sections: 0, tasks: 0, references: 0, deadlines: 0, warnings: 0, isDirective: false };
    const table = renderTable(Array.from({ length: MANY }, () => row), new Chalk({ level: 0 }), { maxRows: Infinity });
    expect(table.split('\n')).toHaveLength(MANY + 2);
  });
});
