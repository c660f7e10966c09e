/** The read API: one input in, decoded text and source facts out, or a failure naming the input. */
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readBytes, readInput, toSourceInfo, type ReadResult } from '../../src/read/read-input.js';
import { FIXTURES, PASSAGE } from './helpers/fixtures.js';
import { scratch } from './helpers/tree.js';
import { runAsNobody } from './helpers/unprivileged.js';
import { nobodyReachesProject } from '../helpers/nobody.js';

const fixture = (name: string): string => relative(process.cwd(), join(FIXTURES, name));

describe('readInput', () => {
  it('reads a file into text, encoding, format, size, hash and line count', async () => {
    const path = fixture('passage.vni.txt');
    const bytes = readFileSync(path);
    const result = await readInput(path);
    expect(result).toMatchObject({
      ok: true,
      path,
      text: PASSAGE,
      encoding: 'vni',
      format: 'text',
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      lines: 16,
    });
    expect(result.ok && toSourceInfo(result)).toEqual({
      path,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      encoding: 'vni',
      format: 'text',
      kind: 'text',
      bytes: bytes.length,
      lines: 16,
      pages: null,
    });
  });

  it('takes the format from the extension unless told', async () => {
    expect(await readInput(fixture('sample.md'))).toMatchObject({ ok: true, format: 'markdown' });
    expect(await readInput(fixture('sample.md'), { format: 'text' })).toMatchObject({ ok: true, format: 'text' });
  });

  it('reads stdin for `-`', async () => {
    const stdin = Readable.from([Buffer.from('\ufeffHà '), Buffer.from('Nội\r\n')]);
    const result = await readInput({ kind: 'stdin', path: '-' }, { stdin });
    expect(result).toMatchObject({ ok: true, path: '-', text: 'Hà Nội\n', encoding: 'utf-8-bom', format: 'text', lines: 1 });
  });

  it('passes the encoding override through', async () => {
    const result = await readInput(fixture('passage.tcvn3.txt'), { encoding: 'vni' });
    expect(result).toMatchObject({ ok: true, encoding: 'vni' });
    expect(result.ok && result.text).not.toBe(PASSAGE);
  });

  it.each([
    ['binary/zip.txt', 'binary-input', 'looks like a ZIP archive (starts with PK\\3\\4), not text'],
    // PDF, image and Word files are read for what they are (test/read/scan); a damaged one fails as a scan.
    ['binary/docx.txt', 'unreadable-scan', 'the Word file is damaged or not a .docx document (Could not find the body element: are you sure this is a docx file?)'],
    ['empty.txt', 'empty-input', 'is empty (0 bytes)'],
    ['no-such-file.txt', 'missing-path', 'no such file'],
    ['binary', 'not-a-file', 'is a folder, not a file'],
  ])('fails on %s with %s and a message naming it', async (name, code, problem) => {
    const path = fixture(name);
    const result: ReadResult = await readInput(path);
    expect(result).toMatchObject({ ok: false, path, code, message: `${path}: ${problem}` });
    expect(!result.ok && result.messages).toEqual([
      { severity: 'error', ruleId: code, source: 'read', message: `${path}: ${problem}`, line: null, column: null },
    ]);
  });
});

describe('readBytes', () => {
  it('decodes a string or buffer handed over directly, path null', () => {
    expect(readBytes('Kế hoạch\r\n')).toMatchObject({ ok: true, path: null, text: 'Kế hoạch\n', encoding: 'utf-8', lines: 1 });
    expect(readBytes(readFileSync(fixture('passage.utf16be.txt')))).toMatchObject({ ok: true, encoding: 'utf-16be', text: PASSAGE });
    expect(readBytes('   ')).toMatchObject({ ok: false, code: 'empty-input', message: '<input>: contains only whitespace (3 bytes)' });
  });
});

describe.skipIf(!nobodyReachesProject)('file permissions', () => {
  // Run as `nobody`: a root process could open anything for writing.
  it('reads a file it may read but not write, so it never opens inputs for writing', async () => {
    const tree = scratch();
    try {
      chmodSync(tree.file('readonly.txt', 'Kế hoạch số 642-KH/TU\n'), 0o444);
      const result = await runAsNobody<ReadResult>('read', tree.root, ['readonly.txt']);
      expect(result).toMatchObject({ ok: true, text: 'Kế hoạch số 642-KH/TU\n' });
    } finally {
      tree.remove();
    }
  });

  it('fails on a file it may not read, naming it', async () => {
    const tree = scratch();
    try {
      chmodSync(tree.file('secret.txt'), 0o000);
      const result = await runAsNobody<ReadResult>('read', tree.root, ['secret.txt']);
      expect(result).toMatchObject({ ok: false, code: 'unreadable', path: 'secret.txt' });
      expect(!result.ok && result.message).toMatch(/^secret\.txt: cannot read \(EACCES: permission denied/u);
    } finally {
      tree.remove();
    }
  });
});
