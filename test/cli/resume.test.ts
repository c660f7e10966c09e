/** --resume: up-to-date documents are skipped, their rows still in the batch CSVs, everything else runs. */
import { cpSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/types.js';
import { currentPlace } from '../../src/write/run-token.js';
import { REPO, run, tempDir } from './helpers.js';

const doc = (n: number): string =>
  `TỈNH ỦY HƯNG YÊN\nSố ${n}-KH/TU\nHưng Yên, ngày 28 tháng 4 năm 2025\n\nKẾ HOẠCH\nthực hiện Kết luận số 148-KL/TW\n\nI- NHIỆM VỤ\n1. Sở Nội vụ chủ trì, hoàn thành trước ngày 31/10/2025.\n2. Sở Tài chính phối hợp.\n`;
const PAST = new Date('2024-01-01T00:00:00Z');

function setup(): string {
  const dir = tempDir();
  for (let i = 1; i <= 4; i++) {
    writeFileSync(join(dir, `d${i}.txt`), doc(600 + i));
    utimesSync(join(dir, `d${i}.txt`), PAST, PAST);
  }
  return dir;
}

const read = (dir: string, f: string): string => readFileSync(join(dir, f), 'utf8');
const mtime = (dir: string, f: string): number => statSync(join(dir, f)).mtimeMs;
const INPUTS = ['d1.txt', 'd2.txt', 'd3.txt', 'd4.txt'];

describe('--resume', () => {
  it('skips documents whose outputs are up to date and rebuilds the batch CSVs whole', async () => {
    const dir = setup();
    expect((await run([...INPUTS, '-o', 'out', '-f', 'json,csv,md'], { cwd: dir })).code).toBe(0);
    rmSync(join(dir, 'out', 'd2.json'));
    writeFileSync(join(dir, 'd3.txt'), doc(703)); // changed since its outputs were written
    const kept = mtime(join(dir, 'out'), 'd1.json');
    const r = await run([...INPUTS, '-o', 'out', '-f', 'json,csv,md', '--resume'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2 documents written, 2 up to date/u);
    expect(mtime(join(dir, 'out'), 'd1.json')).toBe(kept);
    expect(JSON.parse(read(join(dir, 'out'), 'd3.json')).header.id).toBe('703-KH/TU');
    // The same batch files as a run that processed everything.
    expect((await run([...INPUTS, '-o', 'fresh', '-f', 'json,csv,md'], { cwd: dir })).code).toBe(0);
    for (const f of readdirSync(join(dir, 'fresh'))) expect(read(join(dir, 'out'), f), f).toBe(read(join(dir, 'fresh'), f));
    expect(read(join(dir, 'out'), 'tasks.csv')).toContain('703-KH/TU');
  });

  it('runs everything again when the dictionary changed, whatever its files\' times; a dictionary only touched is the same', async () => {
    const dir = setup();
    cpSync(join(REPO, 'dict'), join(dir, 'dict'), { recursive: true });
    expect((await run([...INPUTS, '-o', 'out', '--dict-dir', 'dict'], { cwd: dir })).code).toBe(0);
    const future = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'dict', 'protected.tsv'), future, future);
    const touched = await run([...INPUTS, '-o', 'out', '--dict-dir', 'dict', '--resume'], { cwd: dir });
    expect(touched.stdout).toMatch(/0 documents written, 4 up to date/u);
    // Edited, and given back an old time, as a copy or a sync might.
    writeFileSync(join(dir, 'dict', 'protected.tsv'), `${read(join(dir, 'dict'), 'protected.tsv')}word\tPhốHiến\t2\n`);
    utimesSync(join(dir, 'dict', 'protected.tsv'), PAST, PAST);
    const r = await run([...INPUTS, '-o', 'out', '--dict-dir', 'dict', '--resume'], { cwd: dir });
    expect(r.stdout).toMatch(/4 documents written, \d+ tasks/u);
  });

  it('runs a document whose JSON is damaged, and everything when JSON is not among the formats', async () => {
    const dir = setup();
    expect((await run([...INPUTS, '-o', 'out', '-f', 'json,csv,txt'], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, 'out', 'd4.json'), '{"schemaVersion": "1.0.0", "tas');
    const r = await run([...INPUTS, '-o', 'out', '-f', 'json,csv,txt', '--resume'], { cwd: dir });
    expect(r.stdout).toMatch(/1 document written, 3 up to date/u);
    expect(JSON.parse(read(join(dir, 'out'), 'd4.json')).header.id).toBe('604-KH/TU');
    const txtOnly = await run([...INPUTS, '-o', 'out', '-f', 'txt,csv', '--resume'], { cwd: dir });
    expect(txtOnly.stdout).toMatch(/4 documents written, \d+ tasks/u);
  });

  it('runs a document whose JSON parses but is not a valid document, never failing on it', async () => {
    const dir = setup();
    expect((await run([...INPUTS, '-o', 'out'], { cwd: dir })).code).toBe(0);
    const out = join(dir, 'out');
    const good = read(out, 'd3.json');
    // The stub of the issue, which ended in "internal error … reading 'id'" on every later run.
    writeFileSync(join(out, 'd4.json'), JSON.stringify({ schemaVersion: SCHEMA_VERSION, tasks: [], references: [], messages: [] }));
    // A whole document but for one field of the wrong type, which would have gone into the CSVs as it is.
    writeFileSync(join(out, 'd3.json'), good.replace('"id": "603-KH/TU"', '"id": 603'));
    expect(read(out, 'd3.json')).not.toBe(good);
    const r = await run([...INPUTS, '-o', 'out', '--resume'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/2 documents written, 2 up to date/u);
    expect(read(out, 'd3.json')).toBe(good);
    expect(JSON.parse(read(out, 'd4.json')).header.id).toBe('604-KH/TU');
    expect(read(out, 'documents.csv')).toMatch(/^d3,603-KH\/TU,/mu);
  });

  it('clears the temporary files a killed run left behind, and nothing of the user\'s', async () => {
    const dir = setup();
    expect((await run(['d1.txt', '-o', 'out'], { cwd: dir })).code).toBe(0);
    // A run on this host whose process is gone (its id is above the kernel's pid_max).
    writeFileSync(join(dir, 'out', `.d1.json.dp-${currentPlace()}-99999999-0123abcd.3.tmp`), '{"half');
    writeFileSync(join(dir, 'out', '.notes.1999.1.tmp'), 'mine');
    expect((await run(['d1.txt', '-o', 'out', '--resume'], { cwd: dir })).code).toBe(0);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual(['.notes.1999.1.tmp']);
  });
});
