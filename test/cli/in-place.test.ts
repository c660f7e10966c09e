/**
 * Runs into the folder that holds the inputs (`in/ -o in/`): the outputs of
 * the first run are not read back as inputs by the next, which writes the
 * same bytes, and --resume finds them up to date in place. A document of the
 * user's that only looks like an output (`x.restored.txt` with no
 * NAME.json made from another file, a `plan.md` input) is still read.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOwnOutput } from '../../src/write/own-outputs.js';
import { run, tempDir } from './helpers.js';

const PLAN = (n: number): string =>
  `TỈNH ỦY HƯNG YÊN\nSố ${n}-KH/TU\nHưng Yên, ngày 28 tháng 4 năm 2025\n\nKẾ HOẠCH\nthực hiện Kết luận số 148-KL/TW\n\nI- NHIỆM VỤ\n1. Sở Nội vụ chủ trì, hoàn thành trước ngày 31/10/2025.\n`;

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of readdirSync(dir).sort()) files[f] = readFileSync(join(dir, f)).toString('base64');
  return files;
}

describe('a run into the folder of its inputs', () => {
  it('runs again with the same outputs, and --resume finds them up to date', async () => {
    const dir = tempDir('dp-in-place-');
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), PLAN(642));
    writeFileSync(join(dir, 'in', 'b.md'), PLAN(643));
    const args = ['in/', '-o', 'in/', '-f', 'json,csv,txt', '--no-restore', '--jobs', '1'];
    const first = await run(args, { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    const after = snapshot(join(dir, 'in'));
    expect(Object.keys(after)).toEqual(['a.json', 'a.restored.txt', 'a.txt', 'b.json', 'b.md', 'b.restored.txt', 'documents.csv', 'references.csv', 'tasks.csv']);

    const second = await run(args, { cwd: dir });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('2 files found among the inputs are outputs of directive-parse, not read (in/a.restored.txt, in/b.restored.txt)');
    expect(snapshot(join(dir, 'in'))).toEqual(after);

    const resumed = await run([...args, '--resume'], { cwd: dir });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toMatch(/, 2 up to date/u);
    expect(snapshot(join(dir, 'in'))).toEqual(after);
  });

  it('leaves out its outputs found by a glob (JSON by schemaVersion, CSVs by header), and reads look-alikes', async () => {
    const dir = tempDir('dp-in-place-');
    writeFileSync(join(dir, 'a.txt'), PLAN(642));
    const first = await run(['a.txt', '-o', '.', '-f', 'json,csv,md,txt', '--no-restore'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    for (const f of ['a.json', 'a.md', 'a.restored.txt', 'tasks.csv', 'references.csv', 'documents.csv']) expect(await isOwnOutput(join(dir, f)), f).toBe(true);
    expect(await isOwnOutput(join(dir, 'a.txt'))).toBe(false);

    // The user's own files with output-like names.
    writeFileSync(join(dir, 'tasks.csv'.replace('tasks', 'other')), 'file,document_id\n');
    writeFileSync(join(dir, 'notes.json'), '{"schemaVersion": 2, "title": "not ours"}');
    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine', 'tasks.csv'), 'a,b\n1,2\n');
    writeFileSync(join(dir, 'mine', 'plan.md'), PLAN(700));
    writeFileSync(join(dir, 'mine', 'x.restored.txt'), PLAN(701));
    for (const f of ['notes.json', 'mine/tasks.csv', 'mine/plan.md', 'mine/x.restored.txt']) expect(await isOwnOutput(join(dir, f)), f).toBe(false);
    // A NAME.restored.txt that a NAME.json says is the input it was made from.
    const fromIt = await run(['mine/x.restored.txt', '-o', 'mine', '-f', 'json', '--no-restore'], { cwd: dir });
    expect(fromIt.code, fromIt.stderr).toBe(0);
    expect(await isOwnOutput(join(dir, 'mine', 'x.restored.json'))).toBe(true);
    writeFileSync(join(dir, 'mine', 'x.json'), readFileSync(join(dir, 'mine', 'x.restored.json')));
    expect(await isOwnOutput(join(dir, 'mine', 'x.restored.txt'))).toBe(false);

    const r = await run(['*', 'mine/*', '-o', 'again', '-f', 'json', '--no-restore'], { cwd: dir });
    expect(r.stderr).toContain('8 files found among the inputs are outputs of directive-parse, not read (a.json, a.md, a.restored.txt, …)');
    expect(readdirSync(join(dir, 'again')).sort()).toEqual(['a.json', 'notes.json', 'other.json', 'plan.json', 'tasks.json', 'x.restored.json'].sort());
  });
});
