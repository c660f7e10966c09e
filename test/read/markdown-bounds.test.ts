/**
 * Markdown the parser (micromark) would take superlinear time or memory on
 * is read as plain text, with a warning naming the bound and the line: every
 * line is kept. Realistic Markdown, long lists and tables included, is read
 * as Markdown. The pathological inputs are those the issue measured, each
 * far past its bound (102 KB of `>` took micromark 95 s, then overflowed the
 * stack; 256 KB of `- a` items took 1 GB).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { markdownBounds } from '../../src/read/markdown/bounds.js';
import { FIXTURES } from './helpers/fixtures.js';

const PATHOLOGIES: Array<[string, string, string, number]> = [
  ['102 KB of >', '>'.repeat(102 * 1024), 'markdown-depth', 1],
  ['lists nested on one line', `${'- '.repeat(5000)}a\n`, 'markdown-depth', 1],
  ['block quotes nested on one line after a paragraph', `Mở đầu.\n\n${'> '.repeat(40)}a\n`, 'markdown-depth', 3],
  ['a paragraph of *a', '*a'.repeat(50_000), 'markdown-marks', 1],
  ['a paragraph of ~~a', '~~a'.repeat(30_000), 'markdown-marks', 1],
  ['a paragraph of ]', ']'.repeat(100_000), 'markdown-marks', 1],
  ['images without an end over many lines', '![a](\n'.repeat(20_000), 'markdown-marks', 1001],
  ['256 KB of - a items', '- a\n'.repeat(65_536), 'markdown-items', 10_001],
  ['a table of 30,000 short rows', `| a | b |\n|---|---|\n${'| 1 | 2 |\n'.repeat(30_000)}`, 'markdown-items', 10_002],
  ['more than a megabyte', 'Sở Nội vụ chủ trì, phối hợp với Sở Tài chính.\n\n'.repeat(25_000), 'markdown-size', 1],
];

describe('Markdown past the parser’s bounds', () => {
  it.each(PATHOLOGIES)('%s is found in one pass', (_, text, rule, line) => {
    expect(markdownBounds(text)).toMatchObject({ rule, line });
  });

  it.each(PATHOLOGIES)('%s is read as plain text, every line kept, with a warning', async (_, text, rule, line) => {
    const { document, restoredText } = await parse(text, { path: 'deep.md', restore: false });
    expect(restoredText).toBe(text);
    const warning = document.messages.find((m) => m.ruleId === 'markdown-as-text');
    expect(warning).toMatchObject({ severity: 'warning', source: 'read', line });
    expect(warning!.message).toMatch(/^Read as plain text, not Markdown: /u);
    expect(rule).toMatch(/^markdown-/u);
  });
});

describe('Markdown within them', () => {
  const ITEM = '- Sở Nội vụ chủ trì, phối hợp với **Sở Tài chính**, hoàn thành _trước ngày 31/10/2025_ theo [Kế hoạch](https://example.org) số 642-KH/TU.\n';
  it.each([
    ['the sample directive', readFileSync(join(FIXTURES, 'sample.md'), 'utf8')],
    ['3,000 list items with emphasis and links', ITEM.repeat(3000)],
    ['a table of 3,000 rows with bold cells', `| STT | Nội dung |\n|---|---|\n${'| **1** | Sở ~~Nội~~ vụ |\n'.repeat(3000)}`],
    ['nested lists and quotes eight deep', `${'  '.repeat(8)}- a\n> > > > > > > > b\n- - - - c\n`],
    ['a long separator line', `Mở đầu.\n\n${'- '.repeat(60)}-\n\nKết thúc.\n`],
    ['deep nesting inside fenced code', `\`\`\`\n${'>'.repeat(5000)}\n\`\`\`\n`],
  ])('%s is read as Markdown', async (_, text) => {
    expect(markdownBounds(text)).toBeNull();
  });

  it('a list item keeps its Markdown reading through parse()', async () => {
    const { document } = await parse(ITEM.repeat(200), { path: 'list.md', restore: false });
    expect(document.messages.map((m) => m.ruleId)).not.toContain('markdown-as-text');
    expect(document.source.format).toBe('markdown');
  });
});
