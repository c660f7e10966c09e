/**
 * Bad input in a batch: each refused input is named with its problem, every
 * other input is still written, and the exit code says some failed.
 */
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, run, tempDir } from './helpers.js';

const FIXTURES = join(REPO, 'test', 'fixtures', 'read');
const GOOD = 'TỈNH ỦY HƯNG YÊN\nSố 642-KH/TU\nHưng Yên, ngày 28 tháng 4 năm 2025\n\nKẾ HOẠCH\nthực hiện Kết luận số 148-KL/TW\n\nI- NHIỆM VỤ\n1. Sở Nội vụ chủ trì, hoàn thành trước ngày 31/10/2025.\n';
const json = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, 'out', `${name}.json`), 'utf8'));

describe('refused inputs among good ones', () => {
  it('empty and whitespace-only files fail by name, exit 5, the rest is written', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.txt'), GOOD);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), ' \n\t\r\n\u00a0 \n');
    const r = await run(['empty.txt', 'good.txt', 'blank.txt', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/empty\.txt: is empty \(0 bytes\)/u);
    expect(r.stderr).toMatch(/blank\.txt: contains only whitespace \(\d+ bytes\)/u);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.json'))).toEqual(['good.json']);
    expect(readFileSync(join(dir, 'out', 'documents.csv'), 'utf8').trim().split('\r\n')).toHaveLength(2);
  });

  it('binary files named .txt are refused and named by what they look like', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.txt'), GOOD);
    const kinds: Record<string, string> = {
      'zip.txt': 'a ZIP archive',
      'elf.txt': 'an ELF executable',
      'pe.txt': 'a Windows PE executable',
    };
    for (const f of Object.keys(kinds)) copyFileSync(join(FIXTURES, 'binary', f), join(dir, f));
    const r = await run([...Object.keys(kinds), 'good.txt', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(5);
    for (const [f, kind] of Object.entries(kinds)) expect(r.stderr).toContain(`${f}: looks like ${kind}`);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.json'))).toEqual(['good.json']);
  });

  it('PDF, image and Word files named .txt are read for what they are, and a damaged one is named with its problem', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.txt'), GOOD);
    const problems: Record<string, string> = {
      'pdf.txt': 'the PDF is damaged and cannot be read',
      'png.txt': 'no text found',
      'docx.txt': 'the Word file is damaged or not a .docx document',
      'jpeg.txt': 'the JPEG image is damaged or cut short',
    };
    for (const f of Object.keys(problems)) copyFileSync(join(FIXTURES, 'binary', f), join(dir, f));
    const r = await run([...Object.keys(problems), 'good.txt', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(5);
    for (const [f, problem] of Object.entries(problems)) expect(r.stderr).toContain(`${f}: ${problem}`);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.json'))).toEqual(['good.json']);
  });
});

describe('damaged or unusual text is processed, with a warning', () => {
  it('invalid UTF-8 bytes are replaced, counted in a warning, and the rest is read', async () => {
    const dir = tempDir();
    const bytes = Buffer.from(GOOD, 'utf8');
    const at = bytes.indexOf('Nội vụ');
    bytes[at] = 0xff;
    bytes[at + 1] = 0xc3;
    bytes[at + 2] = 0x28; // ff, c3 and the orphaned last byte of 'ộ': three bad bytes
    writeFileSync(join(dir, 'damaged.txt'), bytes);
    const r = await run(['damaged.txt', '-o', 'out', '--verbose'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/damaged\.txt:9:1: warning 3 invalid UTF-8 bytes replaced/u);
    const doc = json(dir, 'damaged');
    expect(doc.messages.find((m: { ruleId: string }) => m.ruleId === 'invalid-utf8').message).toMatch(/^3 invalid UTF-8 bytes/u);
    expect(doc.header.id).toBe('642-KH/TU');
    expect(doc.tasks).toHaveLength(1);
  });

  it('reads UTF-16 with and without BOM, Windows-1258, TCVN3 and VNI in one batch alike', async () => {
    const dir = tempDir();
    const encodings = ['utf8', 'utf16le-bom', 'utf16be', 'utf16le', 'windows-1258', 'tcvn3', 'vni'];
    for (const e of encodings) copyFileSync(join(FIXTURES, `passage.${e}.txt`), join(dir, `${e}.txt`));
    const r = await run([...encodings.map((e) => `${e}.txt`), '-o', 'out', '-f', 'json,txt'], { cwd: dir });
    expect(r.code).toBe(0);
    const detected = encodings.map((e) => json(dir, e).source.encoding);
    expect(detected).toEqual(['utf-8', 'utf-16le', 'utf-16be', 'utf-16le', 'windows-1258', 'tcvn3', 'vni']);
    const texts = new Set(encodings.map((e) => readFileSync(join(dir, 'out', `${e}.restored.txt`), 'utf8')));
    expect(texts.size).toBe(1);
    const headers = new Set(encodings.map((e) => JSON.stringify(json(dir, e).header)));
    expect(headers.size).toBe(1);
  });
});

/** A seeded generator, so the random text is the same on every run. */
function letters(seed: number, n: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const r = x >>> 16;
    out += r % 9 === 0 ? (r % 5 === 0 ? '\n' : ' ') : String.fromCharCode(97 + (r % 26));
  }
  return out;
}

describe('text that is not a directive', () => {
  it('is processed, flagged "not a directive", with empty structure', async () => {
    const dir = tempDir();
    const inputs: Record<string, string> = {
      'prose.txt': 'The committee met on Tuesday to discuss the budget.\nIt agreed to meet again next month, after the audit.\n\nMinutes were taken by the secretary.\n',
      'numbers.txt': Array.from({ length: 40 }, (_, i) => `${i * 7} ${i * 13} ${(i * 31) % 97} ${i}.${i % 10}`).join('\n'),
      'random.txt': letters(42, 6000),
    };
    for (const [f, t] of Object.entries(inputs)) writeFileSync(join(dir, f), t);
    const r = await run([...Object.keys(inputs), '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    for (const f of Object.keys(inputs)) {
      const doc = json(dir, f.replace('.txt', ''));
      expect(doc.isDirective, f).toBe(false);
      expect([doc.sections, doc.tasks, doc.tables, doc.header.id, doc.header.type], f).toEqual([[], [], [], null, null]);
      expect(doc.messages.map((m: { ruleId: string }) => m.ruleId), f).toContain('not-a-directive');
    }
    expect(r.stdout.match(/not a directive/gu)).toHaveLength(3);
  });
});

describe('outputs that would collide', () => {
  it('get distinct names: same name in two folders, names differing in case or in unsafe characters', async () => {
    const dir = tempDir();
    const inputs = ['a/plan.txt', 'b/plan.txt', 'Plan.txt', 'plan.txt', 'x:y.txt', 'x_y.txt'];
    for (const [i, f] of inputs.entries()) {
      const path = join(dir, f);
      if (f.includes('/')) (await import('node:fs')).mkdirSync(join(dir, f.split('/')[0]!), { recursive: true });
      writeFileSync(path, GOOD.replace('642', String(700 + i)));
    }
    const r = await run([...inputs, '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    const jsons = readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.json'));
    expect(jsons).toHaveLength(inputs.length);
    const byPath = new Map(jsons.map((f) => [json(dir, f.replace(/\.json$/u, '')).source.path, json(dir, f.replace(/\.json$/u, '')).header.id]));
    inputs.forEach((f, i) => expect(byPath.get(f), f).toBe(`${700 + i}-KH/TU`));
    expect(existsSync(join(dir, 'out', 'plan.json')) || existsSync(join(dir, 'out', 'Plan.json'))).toBe(true);
  });
});
