/**
 * Input made to trip regular expressions and quadratic loops: a megabyte of
 * one token, on one line and over many short lines, through every stage
 * (read, restore, segment, extract, assemble, render). Each must finish in
 * time proportional to its size: the bound is the fuzz budget, 2 s of CPU
 * per 100 KB on the test's thread, warm (helpers/cpu-bound.ts), far above what linear code needs and far below what
 * backtracking or a quadratic join takes (the many-lines run of "số" took
 * over 80 s before joining wrapped lines was made linear).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { renderDocument } from '../../src/write/render.js';
import { CPU_MS_PER_100KB, leastCpu } from '../helpers/cpu-bound.js';

const MEGABYTE = 1 << 20;

const RUNS = Object.entries({
  digits: '7', slashes: '/', dashes: '-', dots: '.', '"số"': 'số ', 'Roman numerals': 'XIV', 'numbered items': '1.', commas: ', ',
});

// The dictionary and every stage loaded and compiled before the first run is timed.
beforeAll(async () => {
  renderDocument('warm', await parse('Số 7/KH-UBND ngày 1/2/2025.\n1. Sở Nội vụ chủ trì, hoàn thành trước ngày 31/10/2025.\n', { path: 'warm.txt' }), { formats: ['json', 'csv', 'md', 'txt'] });
});

describe.each(RUNS)('a megabyte of %s', (_, unit) => {
  const run = unit.repeat(Math.ceil(MEGABYTE / unit.length));
  it.each([
    ['on one line', run],
    ['over short lines', run.replace(/(.{1,40})/gsu, '$1\n')],
  ])('%s runs through every stage in linear time', async (_, text) => {
    const budget = (Buffer.byteLength(text) / 102_400) * CPU_MS_PER_100KB;
    const { result: rendered, spent } = await leastCpu(async () => {
      const result = await parse(text, { path: 'pathological.txt' });
      return renderDocument('pathological', result, { formats: ['json', 'csv', 'md', 'txt'] });
    }, budget);
    expect(rendered.files.map((f) => f.fileName)).toEqual(['pathological.json', 'pathological.md', 'pathological.restored.txt']);
    expect(spent).toBeLessThan(budget);
  });
});
