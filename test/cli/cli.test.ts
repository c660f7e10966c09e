import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, seedPaths, tempDir, REPO } from './helpers.js';

const ESC = '\u001b[';
const PASSAGE = 'TỈNH ỦY HƯNG YÊN\nSố 642-KH/TU\nHưng Yên, ngày 28 tháng 4 năm 2025\n\nKẾ HOẠCH\nthực hiện Kết luận số 148-KL/TW ngày 08/4/2025 của Bộ Chính trị\n\nI- MỤC ĐÍCH, YÊU CẦU\n1. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tham mưu, hoàn thành trước ngày 31/10/2025.\n2. Văn phòng Tỉnh ủy theo dõi, đôn đốc, báo cáo hằng tháng.\n';

describe('directive-parse on the seeds', () => {
  it('writes NAME.json for every seed and the three batch CSVs, prints the summary, exits 0', async () => {
    const out = tempDir();
    const r = await run([...seedPaths(), '--out', out]);
    expect(r.code).toBe(0);
    const names = seedPaths().map((p) => p.split('/').pop()!.replace(/\.txt$/u, ''));
    for (const n of names) {
      const doc = JSON.parse(readFileSync(join(out, `${n}.json`), 'utf8'));
      expect(doc.schemaVersion).toBeTruthy();
      expect(doc.source.sha256).toMatch(/^[0-9a-f]{64}$/u);
      expect(r.stdout).toContain(n);
    }
    for (const csv of ['tasks.csv', 'references.csv', 'documents.csv']) {
      const bytes = readFileSync(join(out, csv));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
    const documents = readFileSync(join(out, 'documents.csv'), 'utf8').trim().split('\r\n');
    expect(documents).toHaveLength(1 + names.length);
    expect(r.stdout).toMatch(/5 documents written/u);
    expect(r.stdout).not.toContain(ESC); // not a terminal: no colours
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes Markdown and the restored text line for line with --format md,txt', async () => {
    const out = tempDir();
    const seed = seedPaths()[0]!;
    const r = await run([seed, '-o', out, '-f', 'md,txt']);
    expect(r.code).toBe(0);
    const name = seed.split('/').pop()!.replace(/\.txt$/u, '');
    const restored = readFileSync(join(out, `${name}.restored.txt`), 'utf8');
    expect(restored.split('\n')).toHaveLength(readFileSync(seed, 'utf8').split('\n').length);
    expect(readFileSync(join(out, `${name}.md`), 'utf8')).toMatch(/^# Kế hoạch/mu);
    expect(existsSync(join(out, `${name}.json`))).toBe(false);
    expect(existsSync(join(out, 'tasks.csv'))).toBe(false);
  });
});

describe('inputs', () => {
  it('reads standard input with -', async () => {
    const out = tempDir();
    const r = await run(['-', '-o', out], { stdin: PASSAGE });
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(join(out, 'stdin.json'), 'utf8'));
    expect(doc.source.path).toBe('-');
    expect(doc.header.id).toBe('642-KH/TU');
  });

  it('takes folders recursively and globs, and prints JSON lines with --stdout', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, 'a', 'one.txt'), PASSAGE);
    writeFileSync(join(dir, 'a', 'b', 'two.md'), `# KẾ HOẠCH\n\n${PASSAGE}`);
    writeFileSync(join(dir, 'a', 'skip.pdf.bak'), 'x');
    const folder = await run(['a', '--stdout', '-f', 'json'], { cwd: dir });
    expect(folder.code).toBe(0);
    const docs = folder.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => d.source.path)).toEqual(['a/b/two.md', 'a/one.txt']);
    expect(docs[0].source.format).toBe('markdown');
    const glob = await run(['a/**/*.txt', '--stdout', '-f', 'json'], { cwd: dir });
    expect(glob.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('keeps two inputs with the same base name apart', async () => {
    const dir = tempDir();
    for (const d of ['x', 'y']) {
      mkdirSync(join(dir, d));
      writeFileSync(join(dir, d, 'plan.txt'), PASSAGE.replace('642', d === 'x' ? '100' : '200'));
    }
    writeFileSync(join(dir, 'x', 'plan.md'), PASSAGE);
    const r = await run(['x', 'y', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    const files = readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual(['x_plan_md.json', 'x_plan_txt.json', 'y_plan.json']);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'y_plan.json'), 'utf8')).header.id).toBe('200-KH/TU');
  });

  it('never writes over an input, even with --out on the input folder', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), PASSAGE);
    writeFileSync(join(dir, 'a.restored.txt'), PASSAGE);
    const before = readFileSync(join(dir, 'a.restored.txt'));
    const r = await run(['.', '-o', '.', '-f', 'txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/would overwrite the input/u);
    expect(readFileSync(join(dir, 'a.restored.txt'))).toEqual(before);
    // Outputs that cannot collide may go beside the inputs.
    const ok = await run(['a.txt', '-o', '.', '-f', 'json'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(existsSync(join(dir, 'a.json'))).toBe(true);
  });
});

describe('exit codes', () => {
  it('2 for usage errors: unknown option, bad format, no input', async () => {
    expect((await run(['--bogus', 'x.txt'])).code).toBe(2);
    const bad = await run(['x.txt', '--format', 'json,pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown format "pdf"/u);
    expect((await run([])).code).toBe(2);
    expect((await run(['x.txt', '--jobs', '0'])).code).toBe(2);
  });

  it('0 and the help text for --help', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--format <list>/u);
  });

  it('3 when no input could be read', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = await run(['missing.txt', 'empty.txt', 'nothing-*.txt', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/missing\.txt: no such file/u);
    expect(r.stderr).toMatch(/empty\.txt: .*empty/u);
    expect(r.stderr).toMatch(/nothing-\*\.txt: no files match/u);
  });

  it('5 when some inputs fail, and the others are still written', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.txt'), PASSAGE);
    writeFileSync(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    const r = await run(['photo.txt', 'good.txt', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/photo\.txt: .*PNG/u);
    expect(existsSync(join(dir, 'out', 'good.json'))).toBe(true);
    expect(existsSync(join(dir, 'out', 'photo.json'))).toBe(false);
    const rows = readFileSync(join(dir, 'out', 'documents.csv'), 'utf8').trim().split('\r\n');
    expect(rows).toHaveLength(2);
  });

  it('--fail-fast stops at the first failure', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), '');
    writeFileSync(join(dir, 'b.txt'), PASSAGE);
    const r = await run(['a.txt', 'b.txt', '-o', 'out', '--fail-fast'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(existsSync(join(dir, 'out', 'b.json'))).toBe(false);
  });

  it('4 when the output folder cannot be written', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), PASSAGE);
    writeFileSync(join(dir, 'file'), 'not a folder');
    const r = await run(['a.txt', '-o', 'file/out'], { cwd: dir });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/file\/out: cannot write outputs here/u);
  });

  it('4 when a document cannot be written, and the previous output stays whole', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), PASSAGE);
    mkdirSync(join(dir, 'out', 'a.json'), { recursive: true }); // a folder where the file should go
    const r = await run(['a.txt', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/a\.json: could not be written/u);
    expect(statSync(join(dir, 'out', 'a.json')).isDirectory()).toBe(true);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('2 for a user dictionary that cannot be read', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), PASSAGE);
    const r = await run(['a.txt', '--dict', 'nope.dict'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.dict/u);
  });
});

describe('terminal output', () => {
  it('colours on a terminal, not with NO_COLOR; --quiet prints only errors', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), PASSAGE);
    const tty = await run(['a.txt', '-o', 'out'], { cwd: dir, tty: true, env: { CI: '1' } });
    expect(tty.stdout).toContain(ESC);
    const noColor = await run(['a.txt', '-o', 'out'], { cwd: dir, tty: true, env: { NO_COLOR: '1', CI: '1' } });
    expect(noColor.stdout).not.toContain(ESC);
    const quiet = await run(['a.txt', 'gone.txt', '-o', 'out', '-q'], { cwd: dir });
    expect(quiet.stdout).toBe('');
    expect(quiet.stderr).toMatch(/gone\.txt/u);
  });

  it('--verbose lists messages with file and line; --explain lists restored words', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'TINH UY HUNG YEN\nSo 642-KH/TU\n\nKE HOACH\nthuc hien Ket luan so 148-KL/TW cua Bo Chinh tri\n');
    const r = await run(['a.txt', '-o', 'out', '--verbose', '--explain'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/a\.txt: info Encoding/u);
    expect(r.stdout).toMatch(/a\.txt:5:\d+ {2}thuc → thực/u);
  });

  it('--no-restore takes the text as printed', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'KE HOACH\nthuc hien Ket luan\n');
    const r = await run(['a.txt', '--stdout', '-f', 'txt', '--no-restore'], { cwd: dir });
    expect(r.stdout).toBe('KE HOACH\nthuc hien Ket luan\n');
  });
});

describe('the installed command', () => {
  it('bin/directive-parse runs the built CLI', async () => {
    const { execFileSync } = await import('node:child_process');
    const dir = tempDir();
    copyFileSync(seedPaths()[0]!, join(dir, 'seed.txt'));
    chmodSync(join(dir, 'seed.txt'), 0o444);
    const stdout = execFileSync(join(REPO, 'bin', 'directive-parse'), ['seed.txt', '-o', 'out'], { cwd: dir, encoding: 'utf8' });
    expect(stdout).toMatch(/1 document written/u);
    expect(existsSync(join(dir, 'out', 'seed.json'))).toBe(true);
  });
});
