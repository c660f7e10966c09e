/** --format html from the command line: the files it writes, when report.html is (not) replaced, and the options it checks. */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from './helpers.js';

const PLAN = (n: number, cites: string): string =>
  `TỈNH ỦY HƯNG YÊN\nSố ${n}-KH/TU\nHưng Yên, ngày 28 tháng 4 năm 2025\n\nKẾ HOẠCH\nthực hiện ${cites}\n\nI- NHIỆM VỤ\n1. Sở Nội vụ chủ trì thực hiện ${cites}, hoàn thành trước ngày 31/10/2025.\n`;

describe('--format html', () => {
  it('writes a page per document and report.html, the pages linked to each other once the batch is done', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), PLAN(642, 'Kết luận số 148-KL/TW'));
    writeFileSync(join(dir, 'b.txt'), PLAN(700, 'Kế hoạch số 642-KH/TU'));
    const r = await run(['a.txt', 'b.txt', '-o', 'out', '-f', 'html', '--as-of', '2025-11-01'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).filter((f) => !f.startsWith('.')).sort()).toEqual(['a.html', 'b.html', 'report.html']);
    const a = readFileSync(join(dir, 'out', 'a.html'), 'utf8');
    expect(a).toMatch(/<p class="cited-by"><a class="doc-link" href="b\.html">700-KH\/TU<\/a><\/p>/u);
    const report = readFileSync(join(dir, 'out', 'report.html'), 'utf8');
    expect(report).toContain('Quá hạn tính đến ngày 01/11/2025: <span id="overdue-count">2</span>');
    expect(report).not.toMatch(/<(?:link|img|iframe)\b|\bsrc=|https?:\/\//u);
  });

  it('leaves the previous report.html and says so when the batch stopped part way', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), PLAN(642, 'Kết luận số 148-KL/TW'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const first = await run(['a.txt', '-o', 'out', '-f', 'html'], { cwd: dir });
    expect(first.code).toBe(0);
    const before = readFileSync(join(dir, 'out', 'report.html'));
    writeFileSync(join(dir, 'c.txt'), PLAN(900, 'Kết luận số 148-KL/TW'));
    writeFileSync(join(dir, 'd.txt'), PLAN(901, 'Kết luận số 148-KL/TW'));
    const r = await run(['c.txt', 'empty.txt', 'd.txt', '-o', 'out', '-f', 'html', '--fail-fast', '--jobs', '1'], { cwd: dir });
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/report\.html left as they were: the batch stopped before its end/u);
    expect(readFileSync(join(dir, 'out', 'report.html'))).toEqual(before);
    expect(existsSync(join(dir, 'out', 'c.html'))).toBe(true);
    expect(existsSync(join(dir, 'out', 'd.html'))).toBe(false);
  });

  it('refuses a date that is not one, html on standard output, and a report.html that is an input', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), PLAN(642, 'Kết luận số 148-KL/TW'));
    writeFileSync(join(dir, 'report.html'), 'mine');
    const badDate = await run(['a.txt', '-o', 'out', '-f', 'html', '--as-of', '2025-02-30'], { cwd: dir });
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toMatch(/--as-of <date>.*2025-02-30.*yyyy-mm-dd/u);
    const stdout = await run(['a.txt', '--stdout', '-f', 'html'], { cwd: dir });
    expect(stdout.code).toBe(2);
    const clash = await run(['a.txt', 'report.html', '-o', '.', '-f', 'html'], { cwd: dir });
    expect(clash.code).toBe(2);
    expect(clash.stderr).toMatch(/report\.html would overwrite the input report\.html/u);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe('mine');
  });
});
