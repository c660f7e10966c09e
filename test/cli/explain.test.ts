/**
 * --explain writes NAME.explain.tsv beside the other outputs (a header, one row per decision,
 * fields that hold no tab or line break) and leaves the other outputs byte for byte as they are.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from './helpers.js';
import { EXPLAIN_HEADER, explainToTsv } from '../../src/write/explain-tsv.js';
import { isOwnOutput } from '../../src/write/own-outputs.js';

const INPUT = 'KE HOACH\nthuc hien Ket luan so 148-KL/TW cua Bo Chinh tri ve BMNN, <td>Sở</td>\n';

describe('--explain', () => {
  it('writes NAME.explain.tsv and the same other outputs as without it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), INPUT);
    expect((await run(['a.txt', '-o', 'plain', '-f', 'json,txt'], { cwd: dir })).code).toBe(0);
    expect((await run(['a.txt', '-o', 'explained', '-f', 'json,txt', '--explain'], { cwd: dir })).code).toBe(0);
    expect(readdirSync(join(dir, 'plain')).filter((f) => f.startsWith('a.'))).not.toContain('a.explain.tsv');
    for (const f of ['a.json', 'a.restored.txt']) expect(readFileSync(join(dir, 'explained', f))).toEqual(readFileSync(join(dir, 'plain', f)));
    const tsv = readFileSync(join(dir, 'explained', 'a.explain.tsv'), 'utf8');
    const [header, ...rows] = tsv.slice(0, -1).split('\n').map((l) => l.split('\t'));
    expect(header!.join('\t')).toBe(EXPLAIN_HEADER);
    for (const r of rows) expect(r).toHaveLength(9);
    expect(rows).toContainEqual(['2', '1', 'thuc', 'thực', 'changed', expect.stringMatching(/^lm\//u), expect.any(String), expect.any(String), expect.any(String)]);
    expect(rows).toContainEqual(['2', '23', '148-KL/TW', '148-KL/TW', 'kept', 'symbol', '', '', '']);
    expect(rows.find((r) => r[2] === 'BMNN')?.slice(4, 6)).toEqual(['kept', 'acronym']);
    expect(rows.find((r) => r[2] === 'td')?.slice(4, 6)).toEqual(['kept', 'markup']);
    expect(await isOwnOutput(join(dir, 'explained', 'a.explain.tsv'))).toBe(true);
  });

  it('writes no file with --stdout, whose output stays the documents alone', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), INPUT);
    const plain = await run(['a.txt', '--stdout', '-f', 'txt'], { cwd: dir });
    const explained = await run(['a.txt', '--stdout', '-f', 'txt', '--explain'], { cwd: dir });
    expect(explained.code).toBe(0);
    expect(explained.stdout).toBe(plain.stdout);
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('escapes tabs, line breaks and backslashes in fields', () => {
    const tsv = explainToTsv([{ line: 1, column: 2, input: 'a\tb', output: 'a\nb', decision: 'changed', reason: 'lm/noisy', margin: Infinity, confidence: 0.5, alternative: 'c\\d' }]);
    expect(tsv).toBe(`${EXPLAIN_HEADER}\n1\t2\ta\\tb\ta\\nb\tchanged\tlm/noisy\tinf\t0.5\tc\\\\d\n`);
  });
});
