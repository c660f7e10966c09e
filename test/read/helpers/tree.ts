/** Scratch folders for the input tests, made fresh in the system temp folder. */
import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '../../helpers/temp.js';

export interface Scratch {
  root: string;
  /** Writes a file (parents made) and returns its absolute path. */
  file(path: string, content?: string | Buffer): string;
  link(path: string, target: string): void;
  dir(path: string): string;
  remove(): void;
}

export function scratch(): Scratch {
  const root = tempDir('dp-read-'); // removed when the test file ends, if remove() was not called
  // Readable by others, for the tests that run a child as an unprivileged user.
  chmodSync(root, 0o755);
  const at = (p: string): string => join(root, p);
  return {
    root,
    file(path, content = 'Kế hoạch số 1\n') {
      mkdirSync(dirname(at(path)), { recursive: true });
      writeFileSync(at(path), content);
      return at(path);
    },
    link(path, target) {
      mkdirSync(dirname(at(path)), { recursive: true });
      symlinkSync(target, at(path));
    },
    dir(path) {
      mkdirSync(at(path), { recursive: true });
      return at(path);
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
