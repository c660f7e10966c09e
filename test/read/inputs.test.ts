/** Expanding command-line arguments: files, folders, globs, stdin, and the problems each can have. */
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, fsPathOf, type ExpandedInputs, type Input } from '../../src/read/inputs.js';
import { runAsNobody } from './helpers/unprivileged.js';
import { nobodyReachesProject } from '../helpers/nobody.js';
import { scratch, type Scratch } from './helpers/tree.js';

let tree: Scratch;

beforeAll(() => {
  tree = scratch();
  tree.file('top.txt');
  tree.file('docs/b.txt');
  tree.file('docs/a.md');
  tree.file('docs/notes.pdf', '%PDF-1.4');
  tree.file('docs/.hidden.txt');
  tree.file('docs/sub/z.txt');
  tree.file('docs/sub/c.TXT');
  tree.file('other/d.txt');
  tree.link('docs/linked-dir', '../other');
  tree.link('docs/sub/up', '..');
  tree.link('other/back', '../docs');
  tree.link('docs/self.txt', 'self.txt');
  tree.link('docs/broken.txt', 'nowhere.txt');
  tree.link('docs/broken-dir', 'nowhere');
});

afterAll(() => tree.remove());

const expand = (args: string[]): Promise<ExpandedInputs> => expandInputs(args, { cwd: tree.root });
const paths = (x: ExpandedInputs): string[] => x.inputs.map((i) => i.path);
const problems = (x: ExpandedInputs): Array<[string, string]> => x.errors.map((e) => [e.path, e.code]);

describe('folders', () => {
  it('take .txt, .md and scan files (.pdf, images, .docx) recursively, in code-point order, skipping hidden ones', async () => {
    const result = await expand(['docs']);
    expect(paths(result)).toEqual(['docs/a.md', 'docs/b.txt', 'docs/linked-dir/d.txt', 'docs/notes.pdf', 'docs/sub/c.TXT', 'docs/sub/z.txt']);
  });

  it('report symbolic link loops and broken links inside them by path, and go on', async () => {
    const result = await expand(['docs']);
    expect(problems(result)).toEqual([
      ['docs/broken.txt', 'missing-path'],
      ['docs/linked-dir/back', 'symlink-loop'],
      ['docs/self.txt', 'symlink-loop'],
      ['docs/sub/up', 'symlink-loop'],
    ]);
    expect(result.errors[3]!.message).toBe('docs/sub/up: symbolic link loop (leads back to a folder that contains it); skipped');
    expect(result.errors[0]!.message).toBe('docs/broken.txt: broken symbolic link (its target does not exist)');
    expect(result.errors.every((e) => e.arg === 'docs')).toBe(true);
  });

  it('accept other extensions when asked', async () => {
    const result = await expandInputs(['docs', 'docs/sub'], { cwd: tree.root, extensions: ['.pdf'] });
    expect(paths(result)).toEqual(['docs/notes.pdf']);
  });
});

describe('globs', () => {
  it('expand in sorted order and take whatever files match', async () => {
    expect(paths(await expand(['docs/**/*.txt']))).toEqual(['docs/b.txt', 'docs/linked-dir/d.txt', 'docs/sub/z.txt']);
    expect(paths(await expand(['docs/*.{md,pdf}']))).toEqual(['docs/a.md', 'docs/notes.pdf']);
  });

  it('that match nothing are an error naming the pattern', async () => {
    const result = await expand(['nothing/*.txt', 'top.txt']);
    expect(result.errors).toEqual([
      { arg: 'nothing/*.txt', path: 'nothing/*.txt', code: 'no-match', message: 'nothing/*.txt: no files match this pattern' },
    ]);
    expect(paths(result)).toEqual(['top.txt']);
  });

  it('work with absolute patterns', async () => {
    const result = await expandInputs([`${tree.root}/docs/*.md`]);
    expect(paths(result)).toEqual([`${tree.root}/docs/a.md`]);
  });
});

describe('arguments', () => {
  it('keep the order given, read each file once and stdin once', async () => {
    const result = await expand(['top.txt', 'docs/*.md', 'docs', './top.txt', '-', 'other/d.txt', '-']);
    expect(paths(result)).toEqual([
      'top.txt',
      'docs/a.md',
      'docs/b.txt',
      'docs/linked-dir/d.txt',
      'docs/notes.pdf',
      'docs/sub/c.TXT',
      'docs/sub/z.txt',
      '-',
    ]);
    expect(result.inputs.at(-1)).toEqual({ kind: 'stdin', path: '-' });
  });

  it('that do not exist are errors naming the path, and the rest go on', async () => {
    const result = await expand(['missing.txt', 'top.txt', 'docs/broken.txt', 'docs/self.txt']);
    expect(paths(result)).toEqual(['top.txt']);
    expect(result.errors.map((e) => e.message)).toEqual([
      'missing.txt: no such file or folder',
      'docs/broken.txt: broken symbolic link (its target does not exist)',
      'docs/self.txt: symbolic link loop',
    ]);
  });

  it('that are neither files nor folders are refused', async () => {
    const result = await expandInputs(['/dev/null']);
    expect(problems(result)).toEqual([['/dev/null', 'not-a-file']]);
  });
});

describe.skipIf(!nobodyReachesProject)('permissions', () => {
  // Root reads everything, so under root the check runs in a child process as `nobody`.
  it('report unreadable files and folders by path and go on', async () => {
    const locked = scratch();
    try {
      locked.file('ok.txt');
      chmodSync(locked.file('secret.txt'), 0o000);
      locked.file('closed/inner.txt');
      chmodSync(`${locked.root}/closed`, 0o000);
      const result = await runAsNobody<ExpandedInputs>('expand', locked.root, ['.', 'secret.txt']);
      expect(result.inputs.map((i) => i.path)).toEqual(['ok.txt']);
      expect(result.errors.map((e) => [e.path, e.code, e.message])).toEqual([
        ['closed', 'unreadable', 'closed: permission denied'],
        ['secret.txt', 'unreadable', 'secret.txt: permission denied'],
        ['secret.txt', 'unreadable', 'secret.txt: permission denied'],
      ]);
    } finally {
      chmodSync(`${locked.root}/closed`, 0o755);
      locked.remove();
    }
  });
});

describe('names that are not UTF-8', () => {
  it('are listed as bytes, shown with \\xNN, read by their bytes, and never taken for one another', async () => {
    const t = scratch();
    try {
      const dir = t.dir('scans');
      // Two names in single-byte bytes, and a UTF-8 name that spells one of them as it is shown.
      const names = [Buffer.from('K\xe1.txt', 'latin1'), Buffer.from('K\xe0.txt', 'latin1'), Buffer.from('K\\xE1.txt', 'utf8')];
      names.forEach((name, i) => writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), name]), String(i)));
      const result = await expandInputs(['scans'], { cwd: t.root });
      expect(result.errors).toEqual([]);
      expect(paths(result)).toEqual(['scans/K\\xE0.txt', 'scans/K\\xE1.txt', 'scans/K\\xE1.txt']);
      const raw = result.inputs.filter((i) => i.kind === 'file' && i.rawPath);
      expect(raw).toHaveLength(2);
      expect(raw.map((input) => readFileSync(fsPathOf(input as Input & { kind: 'file' }), 'utf8'))).toEqual(['1', '0']);
    } finally {
      t.remove();
    }
  });
});
