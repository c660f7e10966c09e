/**
 * Input names the file system allows but the outputs tripped on: names too
 * long once a suffix and a temporary name are added, names whose bytes are
 * not UTF-8 (TCVN3 and Windows-1258 names of old scans), and the NFC and NFD
 * spellings of one name side by side.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_NAME_BYTES } from '../../src/write/names.js';
import { run, tempDir } from './helpers.js';

const doc = (n: number): string => `TỈNH ỦY HƯNG YÊN\nSố ${n}-KH/TU\nHưng Yên, ngày 28 tháng 4 năm 2025\n\nKẾ HOẠCH\nthực hiện Kết luận số 148-KL/TW\n\nI- NHIỆM VỤ\n1. Sở Nội vụ chủ trì, hoàn thành trước ngày 31/10/2025.\n`;
const outputs = (dir: string, ext: string): string[] => readdirSync(join(dir, 'out')).filter((f) => f.endsWith(ext)).sort();
const json = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, 'out', file), 'utf8'));

describe('input file names', () => {
  it('a name too long for its outputs is cut, with a hash, and the command says so', async () => {
    const dir = tempDir();
    // 243 bytes with ".txt": allowed, but not with ".restored.txt" and a temporary name around it.
    const stem = 'Kế hoạch thực hiện '.repeat(10).slice(0, 150).trim();
    const name = `${stem}${'x'.repeat(243 - 4 - Buffer.byteLength(stem))}.txt`;
    expect(Buffer.byteLength(name)).toBe(243);
    writeFileSync(join(dir, name), doc(642));
    const r = await run([name, '-o', 'out', '-f', 'json,md,txt,csv', '--no-restore'], { cwd: dir });
    expect(r.code).toBe(0);
    const [out] = outputs(dir, '.json');
    expect(Buffer.byteLength(out!.replace(/\.json$/u, ''))).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(out).toMatch(/^Kế hoạch thực hiện .*~[0-9a-f]{8}\.json$/u);
    expect(json(dir, out!).source.path).toBe(name);
    expect(outputs(dir, '.restored.txt')).toHaveLength(1);
    expect(r.stderr).toContain(`note: ${name}: output name cut to ${out!.replace(/\.json$/u, '')}: names are kept to ${MAX_NAME_BYTES} bytes`);
  });

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

  it('the NFC and NFD spellings of one name get outputs with distinct names', async () => {
    const dir = tempDir();
    const nfc = 'Kế hoạch.txt'.normalize('NFC');
    const nfd = 'Kế hoạch.txt'.normalize('NFD');
    writeFileSync(join(dir, nfc), doc(801));
    writeFileSync(join(dir, nfd), doc(802));
    expect(readdirSync(dir)).toHaveLength(2);
    const r = await run(['.', '-o', 'out', '-f', 'json', '--no-restore'], { cwd: dir });
    expect(r.code).toBe(0);
    const files = outputs(dir, '.json');
    expect(new Set(files.map((f) => f.normalize('NFC').toLowerCase())).size).toBe(2);
    const ids = files.map((f) => [json(dir, f).source.path.normalize('NFC'), json(dir, f).header.id]).sort();
    expect(ids).toEqual([[nfc, '801-KH/TU'], [nfc, '802-KH/TU']]);
  });
});
