import { describe, expect, it } from 'vitest';
import { MAX_NAME_BYTES, outputNames } from '../../src/write/names.js';

describe('outputNames', () => {
  it('uses the file name without its extension', () => {
    expect(outputNames(['seeds/000_a.txt', 'b.md', '-'])).toEqual(['000_a', 'b', 'stdin']);
  });

  it('tells apart same names in different folders by the nearest folders', () => {
    expect(outputNames(['2024/q1/plan.txt', '2025/q1/plan.txt', 'other.txt'])).toEqual(['2024_q1_plan', '2025_q1_plan', 'other']);
    expect(outputNames(['a/x.txt', 'b/x.txt'])).toEqual(['a_x', 'b_x']);
  });

  it('falls back to the extension, then a counter', () => {
    expect(outputNames(['x.txt', 'x.md'])).toEqual(['x_txt', 'x_md']);
    expect(outputNames(['x.txt', 'X.txt'])).toEqual(['x', 'X_2']);
    expect(outputNames(['x_2.txt', 'x.txt', 'X.txt'])).toEqual(['x_2', 'x', 'X_3']);
  });

  it('replaces characters that file systems refuse', () => {
    expect(outputNames(['a/b:c?.txt'])).toEqual(['b_c_']);
  });

  it('gives the same names for the same inputs, all distinct', () => {
    const inputs = ['a/x.txt', 'b/x.txt', 'a/y.txt', 'x.txt', 'c/a/x.txt'];
    const names = outputNames(inputs);
    expect(outputNames(inputs)).toEqual(names);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(inputs.length);
  });
});

describe('outputNames: names file systems would refuse or merge', () => {
  it('cuts a name over MAX_NAME_BYTES at a character, keeping a hash of the whole and the part number', () => {
    const long = 'Kế hoạch '.repeat(30);
    const [a, b, c] = outputNames([`${long}A.txt`, `${long}B.txt`, `${long}A.part2.txt`]);
    for (const n of [a!, b!, c!]) expect(Buffer.byteLength(n)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(a).toMatch(/^Kế hoạch .*~[0-9a-f]{8}$/u);
    expect(a).not.toBe(b);
    expect(c).toMatch(/~[0-9a-f]{8}\.part2$/u);
    expect(outputNames([`${long}A.txt`])).toEqual([a]);
  });

  it('takes the NFC and NFD spellings of a name for one name, in NFC', () => {
    const names = outputNames(['Kế hoạch.txt'.normalize('NFD'), 'Kế hoạch.txt'.normalize('NFC')]);
    expect(names).toEqual(['Kế hoạch'.normalize('NFC'), `${'Kế hoạch'.normalize('NFC')}_2`]);
  });
});
