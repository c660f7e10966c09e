/** --jobs: the same bytes whatever the number of workers, and a dictionary that will not load is a usage error. */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, seedPaths, tempDir } from './helpers.js';

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of readdirSync(dir).sort()) files[f] = readFileSync(join(dir, f)).toString('base64');
  return files;
}

describe('--jobs', () => {
  it('writes byte-identical outputs with 1, 2 and 3 workers', async () => {
    const dir = tempDir();
    const inputs = [...seedPaths()];
    // Small documents between the seeds, so that outcomes finish out of order.
    for (let i = 0; i < 4; i++) {
      const path = join(dir, `small-${i}.txt`);
      writeFileSync(path, `TỈNH ỦY HƯNG YÊN\nSố ${600 + i}-KH/TU\n\nKẾ HOẠCH\n1. Sở Nội vụ chủ trì, hoàn thành trước ngày 31/10/2025.\n`);
      inputs.splice(1 + i, 0, path);
    }
    const outputs = [];
    for (const jobs of ['1', '2', '3']) {
      const out = join(dir, `out-${jobs}`);
      const r = await run([...inputs, '-o', out, '-f', 'json,csv,md,txt,html', '--jobs', jobs]);
      expect(r.code).toBe(0);
      outputs.push(snapshot(out));
    }
    expect(Object.keys(outputs[0]!)).toHaveLength(inputs.length * 4 + 4);
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
    // Three batches of the seeds, in every format: on a shared machine that takes what it takes.
  });

  it('exits 2 naming the dictionary when the workers cannot load it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'lm.bin'), 'not a language model');
    writeFileSync(join(dir, 'a.txt'), 'KẾ HOẠCH\n1. Sở Nội vụ chủ trì.\n');
    const r = await run(['a.txt', '--dict-dir', '.', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^directive-parse: \.: cannot load the dictionary: /mu);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.csv') || f.endsWith('.tmp'))).toEqual([]);
  });
});
