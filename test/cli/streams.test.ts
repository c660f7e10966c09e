/**
 * Standard input and named pipes are cut into parts by the bytes read from
 * them, as a file of that size is: stat() says 0 for them, and a megabyte of
 * short paragraphs read as one document overflowed the stack (20 MB ran out
 * of memory). Each part is its own document; together they hold every line.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PART_BYTES } from '../../src/read/parts.js';
import { run, tempDir } from './helpers.js';

const PARAGRAPH = 'Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tham mưu, hoàn thành trước ngày 31/10/2025.\n\n';
/** A little over two parts' worth. */
const TEXT = PARAGRAPH.repeat(Math.ceil((2 * PART_BYTES + 1000) / Buffer.byteLength(PARAGRAPH)));

interface PartDoc {
  source: { path: string; bytes: number; lines: number; sha256: string };
  messages: Array<{ ruleId: string; message: string }>;
}

function parts(out: string, stem: string): Array<[string, PartDoc]> {
  return readdirSync(out)
    .filter((f) => f.startsWith(`${stem}.part`) && f.endsWith('.json'))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(out, f), 'utf8')) as PartDoc]);
}

function expectParts(out: string, stem: string, path: string): void {
  const found = parts(out, stem);
  expect(found.map(([f]) => f)).toEqual([`${stem}.part1.json`, `${stem}.part2.json`, `${stem}.part3.json`]);
  for (const [, doc] of found) expect([doc.source.path, doc.source.bytes]).toEqual([path, Buffer.byteLength(TEXT)]);
  expect(found.reduce((n, [, doc]) => n + doc.source.lines, 0)).toBe(TEXT.split('\n').length - 1);
  expect(found[2]![1].messages.find((m) => m.ruleId === 'input-part')!.message).toMatch(/^Part 3 of 3 of a 1\.0 MB input/u);
}

describe('inputs read from a stream', () => {
  it('standard input over 512 KB is processed in parts, as a file would be', async () => {
    const dir = tempDir();
    const r = await run(['-', '-o', 'out', '-f', 'json', '--no-restore', '--jobs', '2', '-q'], { cwd: dir, stdin: TEXT });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectParts(join(dir, 'out'), 'stdin', '-');
  });

  it('a named pipe over 512 KB is processed in parts, read once', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    // Opening a pipe for writing waits for its reader: the command.
    createWriteStream(fifo).end(TEXT);
    const r = await run(['pipe.txt', '-o', 'out', '-f', 'json', '--no-restore', '--jobs', '1', '-q'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectParts(join(dir, 'out'), 'pipe', 'pipe.txt');
  });
});
