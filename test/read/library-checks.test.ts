/**
 * The library checks what it is given as the command line does: devices and
 * folders are refused unopened, streams are read up to a limit, anything but
 * text or bytes is an InputError, and options are checked by name and value.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, parse, parseFile } from '../../src/api.js';
import { OptionError } from '../../src/api-checks.js';
import { streamBytes } from '../../src/read/source-bytes.js';
import { scratch, type Scratch } from './helpers/tree.js';

const TEXT = 'Kế hoạch số 642-KH/TU\nSở Nội vụ chủ trì, hoàn thành trước ngày 31/10/2025.\n';

let tree: Scratch;
beforeAll(() => {
  tree = scratch();
});
afterAll(() => tree.remove());

async function refusal(promise: Promise<unknown>): Promise<InputError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  return err as InputError;
}

describe('parseFile refuses what is not a file, as the command line does', () => {
  it('a character device is refused before it is read (/dev/zero never ends)', async () => {
    const err = await refusal(parseFile('/dev/zero', { restore: false }));
    expect([err.code, err.message]).toEqual(['not-a-file', '/dev/zero: is a character device, not a file']);
  });

  it('a folder is refused', async () => {
    const err = await refusal(parseFile(tree.dir('folder'), { restore: false }));
    expect(err.code).toBe('not-a-file');
  });

  it('a named pipe is read to its end', async () => {
    const fifo = join(tree.root, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    createWriteStream(fifo).end(TEXT);
    const { document } = await parseFile(fifo, { restore: false });
    expect(document.source.bytes).toBe(Buffer.byteLength(TEXT));
  });
});

describe('streams are read up to a limit', () => {
  async function* endless(): AsyncGenerator<Uint8Array> {
    for (;;) yield Buffer.alloc(1000, 0x61);
  }

  it('a stream that goes past it is refused, and read no further', async () => {
    const result = await streamBytes(endless(), 10_000);
    expect(result).toMatchObject({ ok: false, code: 'too-large' });
    expect(!result.ok && result.problem).toMatch(/^more than 0 MB read from a stream/u);
  });

  it('a stream within it is read whole', async () => {
    async function* three(): AsyncGenerator<Uint8Array | string> {
      yield 'ab';
      yield Buffer.from('cd');
      yield new Uint8Array([0x65]);
    }
    const result = await streamBytes(three(), 5);
    expect(result.ok && result.bytes.toString()).toBe('abcde');
  });
});

describe('parse takes text or bytes only', () => {
  it.each([
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['a number', 42, 'a number'],
    ['a String object', new String(TEXT), 'a String object'],
    ['a Uint16Array', new Uint16Array(8), 'a Uint16Array'],
    ['a Uint8ClampedArray', new Uint8ClampedArray(8), 'a Uint8ClampedArray'],
    ['an ArrayBuffer', new ArrayBuffer(8), 'an ArrayBuffer'],
    ['an array of numbers', [0x61, 0x62], 'an Array'],
  ])('%s is an InputError', async (_, input, described) => {
    const err = await refusal(parse(input as unknown as string, { restore: false }));
    expect(err.code).toBe('invalid-input');
    expect(err.message).toBe(`<input>: is not text or bytes (got ${described}): pass a string, a Buffer or a Uint8Array`);
  });

  it('bytes from another realm are bytes', async () => {
    const bytes = runInNewContext('new Uint8Array(b)', { b: [...Buffer.from(TEXT)] }) as Uint8Array;
    expect(bytes instanceof Uint8Array).toBe(false);
    const { document } = await parse(bytes, { restore: false });
    expect(document.source.bytes).toBe(Buffer.byteLength(TEXT));
  });

  it('parseFile takes a path or an input', async () => {
    for (const bad of [null, 7, {}, { kind: 'file' }]) {
      expect((await refusal(parseFile(bad as unknown as string))).code).toBe('invalid-input');
    }
  });
});

describe('options are checked', () => {
  it.each([
    ['format', { format: 'pdf' }, "option format: must be one of 'text', 'markdown' (got 'pdf')"],
    ['encoding', { encoding: 'latin1' }, /^option encoding: must be one of 'utf-8', .* \(got 'latin1'\)$/u],
    ['toneStyle', { toneStyle: 'new' }, "option toneStyle: must be one of 'classic', 'modern' (got 'new')"],
    ['restore', { restore: 'no' }, "option restore: must be true or false (got 'no')"],
    ['lowConfidence', { lowConfidence: 2 }, 'option lowConfidence: must be a number from 0 to 1 (got a number)'],
    ['fromat', { fromat: 'text' }, /^option fromat: unknown; the options are encoding, format, /u],
  ])('a bad %s is an OptionError naming it, for parse and parseFile', async (option, options, message) => {
    for (const call of [() => parse(TEXT, options as never), () => parseFile('x.txt', options as never)]) {
      const err = await call().then(() => null, (e: unknown) => e);
      expect(err).toBeInstanceOf(OptionError);
      expect((err as OptionError).option).toBe(option);
      expect((err as Error).message).toMatch(message);
    }
  });

  it('options set to undefined count as not given', async () => {
    const { document } = await parse(TEXT, { restore: false, format: undefined, encoding: undefined });
    expect(document.source.format).toBe('text');
  });
});
