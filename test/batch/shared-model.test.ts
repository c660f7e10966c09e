/**
 * The language model read once into shared memory for all the workers of a
 * batch: the bytes are the file's, a restorer built on them restores as one
 * that read the file, and its tables are views on the shared memory.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readShared } from '../../src/batch/shared-bytes.js';
import { loadRestorer, restoreText } from '../../src/restore/index.js';
import { DEFAULT_DICT_DIR } from '../../src/restore/restorer.js';
import { openDictionary } from '../../src/dict/index.js';

const LM = openDictionary().languageModel;

describe('the shared language model', () => {
  it('holds the whole file in a SharedArrayBuffer, or nothing for a file that cannot be read', () => {
    const bytes = readShared(LM)!;
    expect(bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Buffer.from(bytes).equals(readFileSync(LM))).toBe(true);
    expect(readShared(join(DEFAULT_DICT_DIR, 'no-such-file.bin'))).toBeNull();
    expect(readShared(DEFAULT_DICT_DIR)).toBeNull();
  });

  it('restores as the file does, its tables views on the shared memory', () => {
    const bytes = readShared(LM)!;
    const shared = loadRestorer({ lmBytes: bytes });
    const own = loadRestorer();
    const noisy = 'Két ludn s6 148-KL/TW ngay 08/4/2025 ctia B¢ Chinh tri ve cong tac can bo';
    expect(restoreText(noisy, shared)).toEqual(restoreText(noisy, own));
    const levels = (shared.parts.lm as unknown as { levels: Array<{ logp: ArrayLike<number> & { buffer: ArrayBufferLike } }> }).levels;
    expect(levels.length).toBeGreaterThan(1);
    for (const level of levels) expect(level.logp.buffer).toBe(bytes.buffer);
  });
});
