/**
 * Input names the file system allows but the outputs tripped on: names too
 * long once a suffix and a temporary name are added, names whose bytes are
 * not UTF-8 (TCVN3 and Windows-1258 names of old scans), and the NFC and NFD
 * spellings of one name side by side.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from './helpers.js';

const doc = (n: number): string => `TỈNH ỦY HƯNG YÊN\nSố ${n}-KH/TU\nHưng Yên, ngày 28 tháng 4 năm 2025\n\nKẾ HOẠCH\nthực hiện Kết luận số 148-KL/TW\n\nI- NHIỆM VỤ\n1. Sở Nội vụ chủ trì, hoàn thành trước ngày 31/10/2025.\n`;
const outputs = (dir: string, ext: string): string[] => readdirSync(join(dir, 'out')).filter((f) => f.endsWith(ext)).sort();
const json = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, 'out', file), 'utf8'));

describe('input file names', () => {
  it('names whose bytes are not UTF-8 are found, read and told apart', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'scans'));
    // "Kế hoạch" in Windows-1258-like bytes, twice with one byte different: two files.
    const names = [Buffer.from('K\xe1 ho\xe3ch.txt', 'latin1'), Buffer.from('K\xe0 ho\xe3ch.txt', 'latin1')];
    names.forEach((n, i) => writeFileSync(Buffer.concat([Buffer.from(join(dir, 'scans/')), n]), doc(700 + i)));
    const r = await run(['scans', '-o', 'out', '-f', 'json', '--no-restore'], { cwd: dir });
    expect(r.stderr).not.toMatch(/no such file/u);
    expect(r.code).toBe(0);
    const byPath = Object.fromEntries(outputs(dir, '.json').map((f) => [json(dir, f).source.path, json(dir, f).header.id]));
    expect(byPath).toEqual({ 'scans/K\\xE1 ho\\xE3ch.txt': '700-KH/TU', 'scans/K\\xE0 ho\\xE3ch.txt': '701-KH/TU' });
  });
});
