/**
 * A file read once into a SharedArrayBuffer, so that every worker of a batch
 * works on the same memory (the language model's tables are views on its
 * bytes) instead of each holding a copy of its own.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** The file's bytes in shared memory; null when it cannot be read whole (the workers then read it themselves and report what is wrong). */
export function readShared(path: string): Uint8Array | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const size = fstatSync(fd).size;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    let at = 0;
    while (at < size) {
      const n = readSync(fd, bytes, at, size - at, at);
      if (n === 0) break;
      at += n;
    }
    return at === size ? bytes : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}
