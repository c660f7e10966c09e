/** What a new user tries first: --version, a mistyped option, colours forced, a big batch's summary, a run report. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/cli/summary.js';
import type { SummaryRow } from '../../src/write/render.js';
import { REPO, run, tempDir } from './helpers.js';

const ESC = '\u001b[';
const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

function plan(dir: string, name: string, id = 1): string {
  writeFileSync(join(dir, name), `KẾ HOẠCH\nSố ${id}-KH/TU\n\nI- NHIỆM VỤ\n1. Sở Nội vụ chủ trì, hoàn thành trước ngày 31/10/2025.\n`);
  return name;
}

function summaryRow(i: number): SummaryRow {
  return { name: `document-with-a-long-name-${i}`, path: null, type: 'Kế hoạch', id: `${i}-KH/TU`, date: '2025-04-28', sections: 3, tasks: 4, references: 1, deadlines: 2, warnings: 0, isDirective: true };
}

describe('command line basics', () => {
  it('prints its version with --version and -V', async () => {
    for (const flag of ['--version', '-V']) {
      const r = await run([flag]);
      expect(r.code, flag).toBe(0);
      expect(r.stdout).toBe(`${VERSION}\n`);
    }
  });

  it('says a usage error once, with the hint to --help', async () => {
    const r = await run(['--bogus', 'x.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr.match(/--bogus/gu)).toHaveLength(1);
    expect(r.stderr.match(/--help/gu)).toHaveLength(1);
    const bad = await run(['-f', 'pdf', 'x.txt']);
    expect(bad.stderr.match(/unknown format "pdf"/gu)).toHaveLength(1);
  });

  it('colours when FORCE_COLOR says so, and not when it says 0, whatever the stream', async () => {
    const dir = tempDir();
    const input = plan(dir, 'a.txt');
    const forced = await run([input, '-o', 'out', '-j', '1'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain(ESC);
    const off = await run([input, '-o', 'out', '-j', '1'], { cwd: dir, tty: true, env: { FORCE_COLOR: '0' } });
    expect(off.stdout).not.toContain(ESC);
    const flag = await run([input, '-o', 'out', '-j', '1', '--no-color'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(flag.stdout).not.toContain(ESC);
  });

  it('caps the summary table and says how many rows it left out', () => {
    const rows = Array.from({ length: 120 }, (_, i) => summaryRow(i));
    const table = renderTable(rows, new Chalk({ level: 0 })).trimEnd().split('\n');
    expect(table).toHaveLength(1 + 50 + 1);
    expect(table.at(-1)).toMatch(/and 70 more/u);
  });

  it('fits the summary table to the terminal width', () => {
    const rows = [summaryRow(1), summaryRow(2)];
    for (const columns of [60, 80, 100]) {
      const lines = renderTable(rows, new Chalk({ level: 0 }), { columns }).trimEnd().split('\n');
      for (const line of lines) expect([...line].length, `${columns}: ${line}`).toBeLessThanOrEqual(columns);
      expect(lines[1]).toContain('1-KH/TU');
    }
    // Not a terminal: every column, whatever the width.
    const wide = renderTable(rows, new Chalk({ level: 0 })).split('\n')[0]!;
    expect(wide).toMatch(/warnings$/u);
  });

  it('writes a run report with --report: each input, its status, outputs, time and messages', async () => {
    const dir = tempDir();
    plan(dir, 'a.txt');
    plan(dir, 'b.txt', 2);
    const r = await run(['a.txt', 'b.txt', 'gone.txt', '-o', 'out', '-j', '1', '--report', 'run.json'], { cwd: dir });
    expect(r.code).toBe(5);
    const report = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8'));
    expect(report.tool).toEqual({ name: 'directive-parse', version: VERSION });
    expect(report.exitCode).toBe(5);
    expect(report.totals).toMatchObject({ written: 2, failed: 1 });
    const byInput = Object.fromEntries(report.inputs.map((i: { input: string }) => [i.input, i]));
    expect(byInput['a.txt']).toMatchObject({ status: 'written', name: 'a', outputs: [join(dir, 'out', 'a.json')] });
    expect(byInput['a.txt'].ms).toBeGreaterThan(0);
    expect(Array.isArray(byInput['a.txt'].messages)).toBe(true);
    expect(byInput['gone.txt']).toMatchObject({ status: 'failed' });
    expect(byInput['gone.txt'].error).toMatch(/gone\.txt/u);
    expect(report.batchFiles).toEqual({ files: ['tasks.csv', 'references.csv', 'documents.csv'].map((f) => join(dir, 'out', f)), status: 'committed' });
    const again = await run(['a.txt', '-o', 'out', '-j', '1', '--resume', '--report', 'run.json'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')).inputs[0]).toMatchObject({ input: 'a.txt', status: 'up-to-date' });
  });

  it('refuses a --report that would overwrite an input', async () => {
    const dir = tempDir();
    plan(dir, 'a.txt');
    const r = await run(['a.txt', '-o', 'out', '--report', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toMatch(/^KẾ HOẠCH/u);
  });
});
