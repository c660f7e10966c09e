/**
 * Input made to trip regular expressions and quadratic loops: a megabyte of
 * one token, on one line and over many short lines, through every stage
 * (read, restore, segment, extract, assemble, render). Each must finish in
 * time proportional to its size: the bound is the fuzz budget, 2 s of CPU
 * per 100 KB, far above what linear code needs and far below what
 * backtracking or a quadratic join takes (the many-lines run of "số" took
 * over 80 s before joining wrapped lines was made linear).
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { renderDocument } from '../../src/write/render.js';

const MEGABYTE = 1 << 20;
const CPU_MS_PER_100KB = 2000;

const RUNS = Object.entries({
  digits: '7', slashes: '/', dashes: '-', dots: '.', '"số"': 'số ', 'Roman numerals': 'XIV', 'numbered items': '1.', commas: ', ',
});

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

describe.each(RUNS)('a megabyte of %s', (_, unit) => {
  const run = unit.repeat(Math.ceil(MEGABYTE / unit.length));
  it.each([
    ['on one line', run],
    ['over short lines', run.replace(/(.{1,40})/gsu, '$1\n')],
  ])('%s runs through every stage in linear time', async (_, text) => {
    const started = cpuMs();
    const result = await parse(text, { path: 'pathological.txt' });
    const rendered = renderDocument('pathological', result, { formats: ['json', 'csv', 'md', 'txt'] });
    const spent = cpuMs() - started;
    expect(rendered.files.map((f) => f.fileName)).toEqual(['pathological.json', 'pathological.md', 'pathological.restored.txt']);
    expect(spent).toBeLessThan((Buffer.byteLength(text) / 102_400) * CPU_MS_PER_100KB);
  });
});
