/**
 * The dictionary a batch will use, checked up front in the main thread so a
 * mistake is a usage error before any work starts. The workers load it
 * themselves; this thread only reads the user dictionary's text (small) and
 * looks at the files' times, which --resume compares outputs against.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_DICT_DIR, parseUserDictionary } from '../restore/index.js';
import { LM_FILE, lmPath } from '../restore/restorer.js';
import type { CliOptions } from './options.js';
import { UsageError } from './options.js';

export interface DictionaryCheck {
  /** Newest modification time (ms) of the files that shape the outputs: the dictionary folder's, the user dictionary. */
  mtimeMs: number;
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  return e.message ?? String(err);
}

export function checkDictionary(options: Pick<CliOptions, 'restore' | 'dictDir' | 'userDict'>, cwd: string): DictionaryCheck {
  if (!options.restore) return { mtimeMs: 0 };
  const dictDir = options.dictDir ? resolve(cwd, options.dictDir) : DEFAULT_DICT_DIR;
  let mtimeMs: number;
  try {
    mtimeMs = statSync(lmPath(dictDir)).mtimeMs;
    // Every table in the folder shapes the outputs, not only the model.
    for (const f of readdirSync(dictDir)) mtimeMs = Math.max(mtimeMs, statSync(join(dictDir, f)).mtimeMs);
  } catch (err) {
    throw new UsageError(`${options.dictDir ?? 'dict/'}: cannot load the dictionary: ${LM_FILE}: ${describe(err)}`);
  }
  if (options.userDict) {
    try {
      const path = resolve(cwd, options.userDict);
      parseUserDictionary(readFileSync(path, 'utf8'));
      mtimeMs = Math.max(mtimeMs, statSync(path).mtimeMs);
    } catch (err) {
      throw new UsageError(`${options.userDict}: cannot load the dictionary: ${err instanceof Error && !(err as NodeJS.ErrnoException).code ? err.message : describe(err)}`);
    }
  }
  return { mtimeMs };
}
