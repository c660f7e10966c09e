/**
 * Starting a worker thread on the worker module next to this one, whether the
 * code runs built (dist/, plain JavaScript) or from its TypeScript sources
 * (under tsx or vitest). A TypeScript worker gets tsx's loader registered in
 * its own thread before the module loads, since loaders registered in the
 * parent do not reach it.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { ProcessSettings } from './wire.js';

const here = import.meta.url;
const fromSources = here.endsWith('.ts');

/** The worker module: worker.js beside this module once built, worker.ts in the sources. */
export const WORKER_ENTRY = new URL(fromSources ? './worker.ts' : './worker.js', here);

/** Loader options of the parent that would register tsx a second time in the worker. */
function inheritedArgv(): string[] {
  const out: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if ((arg === '--import' || arg === '--loader' || arg === '--require' || arg === '-r') && /tsx/u.test(argv[i + 1] ?? '')) {
      i++;
      continue;
    }
    if (/^--(import|loader|require)=.*tsx/u.test(arg)) continue;
    out.push(arg);
  }
  return out;
}

function bootstrap(entry: URL): string {
  // The ESM build of tsx's API, found through its package.json (its `exports` give CommonJS to require.resolve).
  const tsx = pathToFileURL(join(dirname(createRequire(here).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  // An eval'd worker is a CommonJS script: no top-level await, so a promise chain.
  return `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
}

export interface SpawnOptions {
  /** Another worker module (tests: one that crashes on purpose); default WORKER_ENTRY. */
  entry?: URL;
  resourceLimits?: ResourceLimits;
}

export function spawnWorker(settings: ProcessSettings, options: SpawnOptions = {}): Worker {
  const entry = options.entry ?? WORKER_ENTRY;
  const common = {
    workerData: settings,
    execArgv: inheritedArgv(),
    ...(options.resourceLimits ? { resourceLimits: options.resourceLimits } : {}),
    // The pool reads nothing from a worker's standard streams; they stay the process's own.
    stdout: false,
    stderr: false,
  };
  if (entry.pathname.endsWith('.ts')) return new Worker(bootstrap(entry), { ...common, eval: true });
  return new Worker(entry, common);
}
