/** Large inputs in parts: the cuts, and reading one part of a file. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PART_BYTES, partBoundaries, partCount } from '../../src/read/parts.js';
import { readInput } from '../../src/read/read-input.js';
import { scratch } from './helpers/tree.js';

const pieces = (text: string, count: number): string[] => {
  const b = partBoundaries(text, count);
  return b.slice(1).map((end, i) => text.slice(b[i], end));
};

describe('partCount', () => {
  it('keeps inputs up to the limit whole and splits larger ones by size', () => {
    expect(partCount(0)).toBe(1);
    expect(partCount(PART_BYTES)).toBe(1);
    expect(partCount(PART_BYTES + 1)).toBe(2);
    expect(partCount(50 * 1024 * 1024)).toBe(Math.ceil((50 * 1024 * 1024) / PART_BYTES));
  });
});

describe('partBoundaries', () => {
  it('cuts after paragraph breaks when there are some, covering the text exactly', () => {
    const text = Array.from({ length: 300 }, (_, i) => `Đoạn ${i}: dòng một\ndòng hai\n\n`).join('');
    const parts = pieces(text, 7);
    expect(parts.join('')).toBe(text);
    expect(parts).toHaveLength(7);
    for (const p of parts.slice(0, -1)) expect(p.endsWith('\n\n')).toBe(true);
    const sizes = parts.map((p) => p.length);
    expect(Math.max(...sizes) / Math.min(...sizes)).toBeLessThan(1.5);
  });

  it('cuts one huge line at spaces, and text with no break at all anywhere but inside a surrogate pair', () => {
    const line = 'số 1-KH/TU '.repeat(5000);
    for (const p of pieces(line, 5).slice(0, -1)) expect(p.endsWith(' ')).toBe(true);
    const emoji = '😀'.repeat(1001);
    const parts = pieces(emoji, 3);
    expect(parts.join('')).toBe(emoji);
    for (const p of parts) expect(p.length % 2).toBe(0);
  });
});

describe('readInput with a part', () => {
  it('returns that part, with a note saying which lines of the input it holds', async () => {
    const tree = scratch();
    try {
      const lines = Array.from({ length: 3000 }, (_, i) => `${i + 1}. Dòng thứ ${i + 1} của văn bản.`);
      const path = tree.file('big.txt', `${lines.join('\n')}\n`);
      const texts: string[] = [];
      for (let index = 1; index <= 3; index++) {
        const read = await readInput({ kind: 'file', path: 'big.txt', realPath: path }, { part: { index, count: 3 } });
        if (!read.ok) throw new Error(read.message);
        texts.push(read.text);
        const note = read.warnings.find((w) => w.ruleId === 'input-part')!;
        const first = Number(/input lines (\d+)–/u.exec(note.message)![1]);
        expect(read.text.split('\n')[0]).toBe(lines[first - 1]);
        expect(note.message).toMatch(new RegExp(`^Part ${index} of 3 of a 0\\.1 MB input`, 'u'));
      }
      expect(texts.join('')).toBe(`${lines.join('\n')}\n`);
      // Changed on disk between parts: read again, not served from the decoded copy.
      writeFileSync(path, 'Kế hoạch\n'.repeat(9000));
      const again = await readInput({ kind: 'file', path: 'big.txt', realPath: join(tree.root, 'big.txt') }, { part: { index: 1, count: 3 } });
      expect(again.ok && again.text.startsWith('Kế hoạch\n')).toBe(true);
    } finally {
      tree.remove();
    }
  });
});
