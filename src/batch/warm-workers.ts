/**
 * Workers kept, warm, between the batches of one process. A fresh worker
 * costs a second or more of CPU before its first document is done (it
 * compiles the code, loads the dictionary, and runs its first document
 * through code not yet optimised), whatever the document. A process that runs
 * one batch (the installed command) never comes back for them; a process that
 * runs several (a program calling runCli again, the test suite) takes a
 * worker left by an earlier batch when it was started for the same
 * dictionary, and sends it the new batch's settings.
 *
 * A kept worker is unref'd: it never holds the process open. At most as many
 * as the machine has cores are kept, the oldest given up first, and a batch
 * for another dictionary ends them before it starts its own (dropOthers), so
 * a process never holds more worker heaps, idle or not, than one batch may
 * run (the README's memory bound).
 */
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import type { ResourceLimits, Worker } from 'node:worker_threads';
import { DEFAULT_DICT_DIR } from '../restore/index.js';
import type { ProcessSettings } from './wire.js';

export interface KeptWorker {
  worker: Worker;
  /** Jobs it has been sent in all, so that it is still replaced after its share (pool.ts). */
  sent: number;
}

interface Kept extends KeptWorker {
  key: string;
  onExit: () => void;
}

// On globalThis: a module loaded again (a test runner's fresh module registry) must not lose track of threads still alive.
const REGISTRY = Symbol.for('directive-parse.warm-workers');
const kept: Kept[] = ((globalThis as Record<symbol, Kept[] | undefined>)[REGISTRY] ??= []);

/** What a file is now, by the identity a rewrite or a replacement changes (a worker read it when it started). */
function fileState(path: string): string {
  try {
    const s = statSync(path, { bigint: true });
    return `${path}:${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch {
    return `${path}:-`;
  }
}

function folderState(dir: string): string[] {
  try {
    return readdirSync(dir).sort().map((name) => fileState(join(dir, name)));
  } catch {
    return [`${dir}:-`];
  }
}

/**
 * Everything a worker fixes when it starts: its module, its heap limits,
 * whether it restores and with which dictionary, as the files are now. Two
 * batches with the same key may share a worker; the rest of the settings
 * (formats, options of the parse) go with the batch.
 */
export function warmKey(settings: ProcessSettings, entry: URL, limits: ResourceLimits): string {
  const { restore, dictDir, userDict } = settings.parse;
  const files = restore === false ? [] : [...folderState(resolve(dictDir ?? DEFAULT_DICT_DIR)), ...folderState(DEFAULT_DICT_DIR), ...(userDict ? [fileState(userDict)] : [])];
  return JSON.stringify([entry.href, limits, restore !== false, dictDir ?? null, userDict ?? null, files, process.execArgv]);
}

/** Ends the kept workers a batch under `key` cannot use. */
export function dropOthers(key: string): void {
  for (const k of kept.filter((k) => k.key !== key)) {
    kept.splice(kept.indexOf(k), 1);
    k.worker.off('exit', k.onExit);
    void k.worker.terminate();
  }
}

/** A kept worker started under `key`, now the caller's (ref'd again), or null. */
export function takeWarm(key: string): KeptWorker | null {
  const at = kept.findIndex((k) => k.key === key);
  if (at < 0) return null;
  const [k] = kept.splice(at, 1);
  k!.worker.removeAllListeners('exit').removeAllListeners('error');
  k!.worker.ref();
  return { worker: k!.worker, sent: k!.sent };
}

/** Keeps an idle, healthy worker for a later batch; the oldest kept one goes when there are more than cores. */
export function keepWarm(key: string, worker: Worker, sent: number): void {
  worker.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
  const entry: Kept = {
    key,
    worker,
    sent,
    onExit: () => {
      const at = kept.indexOf(entry);
      if (at >= 0) kept.splice(at, 1);
    },
  };
  // One that dies while kept (nothing should kill it) is forgotten, not handed out.
  worker.on('exit', entry.onExit);
  worker.on('error', () => undefined);
  worker.unref();
  kept.push(entry);
  while (kept.length > availableParallelism()) {
    const old = kept.shift()!;
    old.worker.off('exit', old.onExit);
    void old.worker.terminate();
  }
}
