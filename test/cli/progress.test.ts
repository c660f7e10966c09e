/** The progress bar: documents done, rate and time left, on a terminal only, with the worker pool. */
import { PassThrough } from 'node:stream';
import { Chalk } from 'chalk';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDuration, progressBar } from '../../src/cli/progress.js';
import { translator } from '../../src/i18n/catalogue.js';
import { run, tempDir } from './helpers.js';

function sink(): { stream: PassThrough & { columns: number }; text: () => string } {
  const stream = Object.assign(new PassThrough(), { columns: 100 });
  const chunks: string[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c.toString()));
  return { stream, text: () => chunks.join('') };
}

describe('progressBar', () => {
  it('shows documents done, the rate and the time left', () => {
    const out = sink();
    let now = 0;
    const bar = progressBar(out.stream, 10_000, new Chalk({ level: 0 }), undefined, () => now);
    now = 2000;
    bar.tick('a.txt');
    now = 4000;
    bar.tick('b.txt');
    expect(out.text()).toContain(' 2/10000  0.5 doc/s  5h 33m left ');
    bar.done();
    expect(out.text().endsWith('\r\u001b[2K')).toBe(true);
  });

  it('shows names whole, or their end, when the terminal does not say its width', () => {
    for (const columns of [undefined, 0]) {
      const stream = Object.assign(new PassThrough(), { columns });
      const chunks: string[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c.toString()));
      let now = 0;
      const bar = progressBar(stream, 10_000, new Chalk({ level: 0 }), undefined, () => now);
      now = 2000;
      bar.tick('scans/2025/000_4217fe5464466786.txt');
      const line = chunks.join('').split('\r\u001b[2K').at(-1)!;
      expect(line, String(columns)).toMatch(/ …00_4217fe5464466786\.txt$/u);
      expect([...line].length).toBeLessThan(80);
    }
  });

  it('speaks Vietnamese', () => {
    const out = sink();
    let now = 0;
    const bar = progressBar(out.stream, 4, new Chalk({ level: 0 }), translator('vi'), () => now);
    now = 2000;
    bar.tick('a.txt');
    expect(out.text()).toContain(' 1/4  0.5 vb/giây  còn 6s ');
  });

  it('formats durations for people', () => {
    expect([formatDuration(42.4), formatDuration(725), formatDuration(7390)]).toEqual(['42s', '12m 05s', '2h 03m']);
  });
});

describe('the command on a terminal', () => {
  it('draws the bar while the pool works and clears it at the end; none in CI', async () => {
    const dir = tempDir();
    const files = ['a', 'b', 'c'].map((n, i) => {
      writeFileSync(join(dir, `${n}.txt`), `KẾ HOẠCH\nSố ${i + 1}-KH/TU\n\nI- NHIỆM VỤ\n1. Sở Nội vụ chủ trì.\n`);
      return `${n}.txt`;
    });
    const tty = await run([...files, '-o', 'out', '--jobs', '2'], { cwd: dir, tty: true, env: {} });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toMatch(/ 3\/3 {2}\d+\.\d doc\/s {2}0s left /u);
    expect(tty.stderr.endsWith('\r\u001b[2K')).toBe(true);
    const ci = await run([...files, '-o', 'out', '--jobs', '2'], { cwd: dir, tty: true, env: { CI: 'true' } });
    expect(ci.stderr).toBe('');
  });
});
