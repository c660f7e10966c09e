/**
 * Text that is not a directive gets no structure, and no input makes a
 * pattern backtrack: every regular expression here runs in linear time, so
 * these megabyte inputs finish in seconds where quadratic time would take hours.
 */
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import segment from '../../src/segment/plugin.js';
import { segmentLines } from '../../src/segment/segment.js';
import { summarise } from './outline.js';
import type { BlockNode, LineNode, Root } from '../../src/tree.js';
import { seedText, toLines, toRoot } from './helpers.js';

function leafLines(blocks: readonly BlockNode[]): number[] {
  const out: number[] = [];
  const walk = (n: { type: string; children?: unknown[]; position?: LineNode['position'] }) => {
    if (n.type === 'line') out.push(n.position!.start.line);
    else for (const c of n.children ?? []) walk(c as typeof n);
  };
  blocks.forEach((b) => walk(b));
  return out.sort((a, b) => a - b);
}

describe('text that is not a directive', () => {
  it.each([
    ['English prose', 'The committee met on Tuesday.\n\n1. Introduction\n\nWe discussed the budget.\n2. Results\n- Revenue grew.'],
    ['a table of numbers', '1 2 3 4\n5 6 7 8\n\n9. 10 11 12\n13. 14 15 16'],
  ])('%s yields no header and no sections', (_, text) => {
    const s = summarise(segmentLines(toLines(text)).blocks);
    expect([s.header, s.outline.length, s.taskIds.length]).toEqual([null, 0, 0]);
  });
});

const MEGABYTE = 1 << 20;
const RUNS: Array<[string, string]> = [
  ['digits', '7'],
  ['slashes', '/'],
  ['dashes', '-'],
  ['dots', '.'],
  ['"số"', 'số '],
  ['Roman numerals', 'XIV'],
  ['digits and dots', '1.'],
  ['spaces after a comma', ', '],
];

describe.each(RUNS)('a megabyte of %s', (_, unit) => {
  const run = unit.repeat(Math.ceil(MEGABYTE / unit.length));
  const header = 'TỈNH ỦY HƯNG YÊN ĐẢNG CỘNG SẢN VIỆT NAM\nSố 1-KH/TU Hưng Yên, ngày 28 tháng 4 năm 2025\nKẾ HOẠCH\n\n';

  it('on one line, in the header and in the body', () => {
    for (const text of [run, `${header}1. Việc ${run} x\nNơi nhận: ${run}\n- Lưu ${run}.`]) {
      const lines = toLines(text);
      expect(leafLines(segmentLines(lines).blocks)).toEqual(lines.map((l) => l.position.start.line));
    }
  });

  it('over many short lines', () => {
    const text = header + run.slice(0, MEGABYTE / 4).replace(/(.{1,40})/gu, '$1\n');
    const lines = toLines(text);
    expect(leafLines(segmentLines(lines).blocks)).toHaveLength(lines.length);
  });
});

describe('the plugin', () => {
  it('regroups every line under exactly one block and reports with positions', async () => {
    const text = seedText('002');
    const file = new VFile({ value: text });
    const tree = (await unified().use(segment).run(toRoot(text), file)) as Root;
    expect(tree.children.every((c) => c.type !== 'line')).toBe(true);
    const lines = leafLines(tree.children as BlockNode[]);
    expect(lines).toEqual(toLines(text).map((l) => l.position.start.line));
    const unreadable = file.messages.find((m) => m.ruleId === 'header-unreadable-number');
    expect(unreadable).toMatchObject({ source: 'segment', line: 3, fatal: false });
  });

  it('leaves an already segmented tree alone', async () => {
    const text = seedText('001');
    const once = (await unified().use(segment).run(toRoot(text), new VFile())) as Root;
    const snapshot = JSON.stringify(once);
    const twice = await unified().use(segment).run(once, new VFile());
    expect(JSON.stringify(twice)).toBe(snapshot);
  });
});
