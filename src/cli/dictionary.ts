/**
 * The dictionary a batch will use, checked up front in the main thread so a
 * mistake is a usage error before any work starts. The workers load it
 * themselves; this thread only reads the user dictionary's text (small), and
 * with --resume hashes the dictionary's files for the `run` record the
 * documents will carry (src/run-info.ts), which NAME.json must match.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { openDictionary } from '../dict/index.js';
import { DEFAULT_DICT_DIR, parseUserDictionary } from '../restore/index.js';
import { dictionaryIdentity, type DictionarySource } from '../run-info.js';
import type { CliOptions } from './options.js';
import { UsageError } from './options.js';

export interface DictionaryCheck {
  /** With --resume: the `dictionary` of the documents' run record; else null (hashing it costs a read of some 6 MB). */
  identity: string | null;
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  return e.message ?? String(err);
}

function restorerOf(options: Pick<CliOptions, 'restore' | 'dictDir' | 'userDict'>, cwd: string): DictionarySource | null {
  if (!options.restore) return null;
  const dictDir = options.dictDir ? resolve(cwd, options.dictDir) : DEFAULT_DICT_DIR;
  const model = openDictionary(dictDir).languageModel;
  try {
    statSync(model);
  } catch (err) {
    throw new UsageError(`${options.dictDir ?? 'dict/'}: cannot load the dictionary: ${basename(model)}: ${describe(err)}`);
  }
  if (!options.userDict) return { dictDir };
  try {
    return { dictDir, userDict: parseUserDictionary(readFileSync(resolve(cwd, options.userDict), 'utf8')) };
  } catch (err) {
    throw new UsageError(`${options.userDict}: cannot load the dictionary: ${err instanceof Error && !(err as NodeJS.ErrnoException).code ? err.message : describe(err)}`);
  }
}

export function checkDictionary(options: Pick<CliOptions, 'restore' | 'dictDir' | 'userDict' | 'resume'>, cwd: string): DictionaryCheck {
  const restorer = restorerOf(options, cwd);
  if (!options.resume) return { identity: null };
  try {
    return { identity: dictionaryIdentity(restorer) };
  } catch (err) {
    throw new UsageError(`${options.dictDir ?? 'dict/'}: cannot load the dictionary: ${describe(err)}`);
  }
}
