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

/**
 * The worker a command running from its sources starts: worker.ts, compiled
 * again in every worker, unless DIRECTIVE_PARSE_WORKER names a built
 * worker.js. The test suite names the one it has built from the same
 * sources (test/global-setup.ts), which spares the few hundred workers its
 * runs of the command start a second or two of compiling each. The built
 * command ignores it.
 */
function defaultEntry(): URL {
  const built = process.env['DIRECTIVE_PARSE_WORKER'];
  return fromSources && built ? pathToFileURL(built) : WORKER_ENTRY;
}

/**
 * V8's own options that Node also takes in NODE_OPTIONS (the ones its
 * documentation lists). They act on the whole process, so a worker has them
 * already, and a worker's execArgv refuses them.
 */
const V8_OPTIONS = new Set([
  '--abort-on-uncaught-exception', '--disallow-code-generation-from-strings', '--enable-etw-stack-walking',
  '--expose-gc', '--huge-max-old-generation-size', '--interpreted-frames-native-stack', '--jitless',
  '--max-old-space-size', '--max-semi-space-size', '--perf-basic-prof', '--perf-basic-prof-only-functions',
  '--perf-prof', '--perf-prof-unwinding-info', '--stack-trace-limit',
]);

/**
 * Node's options that act on the whole process (its thread pools, its
 * title, OpenSSL and ICU setup), which a worker's execArgv refuses as well.
 */
const PROCESS_OPTIONS = new Set([
  '--v8-pool-size', '--title', '--icu-data-dir', '--openssl-config', '--openssl-legacy-provider', '--openssl-shared-config',
  '--tls-cipher-list', '--use-openssl-ca', '--use-bundled-ca', '--enable-fips', '--force-fips', '--secure-heap',
  '--secure-heap-min', '--zero-fill-buffers', '--trace-sigint', '--node-memory-debug',
]);

/** Whether a worker's execArgv takes this option: Node's own options do; V8's (`--stack-size`, `--max-old-space-size`) and the process-wide ones do not. */
function workerTakes(arg: string): boolean {
  const name = arg.split('=')[0]!.replace(/_/gu, '-');
  return process.allowedNodeEnvironmentFlags.has(name) && !V8_OPTIONS.has(name) && !PROCESS_OPTIONS.has(name);
}

const LOADER = /^(--import|--loader|--experimental-loader|--require|-r)$/u;
const TSX_LOADER = /^--(import|loader|experimental-loader|require)=.*tsx/u;

/**
 * The parent's options a TypeScript worker is started with: Node's own,
 * without V8's and the process-wide ones, which its execArgv refuses (a
 * command run as `node --max-old-space-size=4096 …` would start no worker
 * at all), and without the loader options that
 * would register tsx a second time in the worker. A word that does not start
 * with a dash is the value of the option before it, and goes with it.
 */
export function workerArgv(argv: readonly string[]): string[] {
  const out: string[] = [];
  let keep = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('-')) {
      if (keep) out.push(arg);
      continue;
    }
    const tsx = TSX_LOADER.test(arg) || (LOADER.test(arg) && /tsx/u.test(argv[i + 1] ?? ''));
    keep = !tsx && workerTakes(arg);
    if (keep) out.push(arg);
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
  /** Another worker module (tests: one that crashes on purpose); default WORKER_ENTRY (see defaultEntry). */
  entry?: URL;
  resourceLimits?: ResourceLimits;
}

/** The module a worker started with these options runs. */
export const entryOf = (options: SpawnOptions): URL => options.entry ?? defaultEntry();

export function spawnWorker(settings: ProcessSettings, options: SpawnOptions = {}): Worker {
  const entry = entryOf(options);
  const fromTs = entry.pathname.endsWith('.ts');
  const common = {
    workerData: settings,
    // A built worker inherits the parent's options as they are, which Node allows for every option (V8's and
    // process-wide ones included); only a TypeScript worker needs them filtered, for its own tsx loader.
    ...(fromTs ? { execArgv: workerArgv(process.execArgv) } : {}),
    ...(options.resourceLimits ? { resourceLimits: options.resourceLimits } : {}),
    // The pool reads nothing from a worker's standard streams; they stay the process's own.
    stdout: false,
    stderr: false,
  };
  if (fromTs) return new Worker(bootstrap(entry), { ...common, eval: true });
  return new Worker(entry, common);
}
