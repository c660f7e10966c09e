/**
 * The benchmark's batches are seed copies with one line added. One of them
 * (seed 004 with a line at line 8) threw in the table cells of segment: an
 * indicator row with text after its values and no agency column to hold it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { seedPaths } from '../cli/helpers.js';

describe('a seed copy with a line added in its header', () => {
  it('is processed, the text after an indicator row\'s values kept with its content', async () => {
    const lines = readFileSync(seedPaths()[4]!, 'utf8').split('\n');
    lines.splice(7, 0, 'Bản sao số 2000 (lưu trữ 5837).');
    const { document } = await parse(lines.join('\n'), { path: 'copy.txt' });
    expect(document.tables.length).toBeGreaterThan(0);
    const cells = document.tables.flatMap((t) => t.rows.map((r) => Object.values(r.cells).join(' '))).join('\n');
    expect(cells.length).toBeGreaterThan(0);
  });
});
