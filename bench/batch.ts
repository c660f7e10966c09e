/**
 * npm run bench:batch — the whole command on batches of many documents.
 *
 *   npx tsx bench/batch.ts [--sizes 10,2000,10000] [--jobs 1,2] [--single-jobs-max 2000] [--keep]
 *
 * Builds batches from the seeds in a temporary folder (copies, each with a
 * small edit of its own so that no two documents are the same), then runs
 * the built command (`bin/directive-parse`, dist/) over each batch with each
 * --jobs value, writing JSON and the batch CSVs. Reports documents/s and
 * pages/s (a page is 3,000 characters of input) in wall-clock time, and the
 * peak RSS of the whole run (one process: the main thread and its worker
 * threads), from /usr/bin/time when there is one, else from /proc.
 * Batches larger than --single-jobs-max run with the largest --jobs only:
 * one worker over 10,000 documents takes the better part of an hour.
 * The machine is shared: the load average is printed with every run.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const rootDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,2000,10000' },
    jobs: { type: 'string', default: '1,2' },
    'single-jobs-max': { type: 'string', default: '2000' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes!.split(',').map(Number);
const jobsList = values.jobs!.split(',').map(Number);
const singleMax = Number(values['single-jobs-max']);
const PAGE = 3000;
const TARGETS = { pagesPerSec: 100, speedup: 1.7, peakMB: 400, rssGrowth: 1.5 };

const bin = join(rootDir, 'bin', 'directive-parse');
if (!existsSync(join(rootDir, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is not built: run npm run build first');

const seeds = readdirSync(join(rootDir, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(rootDir, 'seeds', f), 'utf8'));

/** Copy `i` of a seed: one line of its own after the first paragraph, and its number in the last line. */
function copy(i: number): string {
  const seed = seeds[i % seeds.length]!;
  const lines = seed.split('\n');
  const at = Math.min(lines.length, 3 + (i % 7));
  lines.splice(at, 0, `Bản sao số ${i + 1} (lưu trữ ${1000 + ((i * 7919) % 9000)}).`);
  return lines.join('\n');
}

function build(root: string, n: number): { dir: string; chars: number } {
  const dir = join(root, `batch-${n}`);
  mkdirSync(dir, { recursive: true });
  let chars = 0;
  for (let i = 0; i < n; i++) {
    const text = copy(i);
    chars += text.length;
    writeFileSync(join(dir, `doc-${String(i).padStart(5, '0')}.txt`), text);
  }
  return { dir, chars };
}

interface Measured {
  seconds: number;
  peakMB: number;
  /** User + system CPU seconds of the run (all threads); NaN without /usr/bin/time. */
  cpu: number;
  code: number;
}

const TIME = '/usr/bin/time';

/** Runs the command; peak RSS from /usr/bin/time -f %M (KB), else the last VmHWM read from /proc. */
function measure(args: string[]): Promise<Measured> {
  const viaTime = existsSync(TIME);
  const started = performance.now();
  const child = viaTime
    ? spawn(TIME, ['-f', '%U %S %M', process.execPath, bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
    : spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let hwmKB = 0;
  const poll = viaTime
    ? null
    : setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+) kB/u.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) hwmKB = Math.max(hwmKB, Number(m[1]));
        } catch {
          // exited
        }
      }, 100);
  return new Promise((resolvePromise) => {
    child.on('exit', (code) => {
      if (poll) clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      const times = viaTime ? /([\d.]+) ([\d.]+) (\d+)\s*$/u.exec(stderr.trim()) : null;
      if (times) hwmKB = Number(times[3]);
      if (code !== 0) process.stderr.write(stderr);
      resolvePromise({ seconds, peakMB: hwmKB / 1024, cpu: times ? Number(times[1]) + Number(times[2]) : NaN, code: code ?? 1 });
    });
  });
}

interface Row {
  docs: number;
  jobs: number;
  pages: number;
  seconds: number;
  peakMB: number;
  cpu: number;
  load: string;
}

const work = mkdtempSync(join(tmpdir(), 'bench-batch-'));
const rows: Row[] = [];
const fmt = (n: number, d = 1): string => n.toFixed(d);
console.log(`bench:batch  seeds ×copies, json+csv, node ${process.version}, ${existsSync(TIME) ? 'peak RSS by /usr/bin/time' : 'peak RSS by /proc VmHWM'}`);
// cpu s: all threads' CPU time; cores = cpu s / wall s, how much of the machine the run got (others share it).
console.log('docs    jobs  pages     wall s   docs/s   pages/s  cpu s  cores  peak RSS MB  load (1/5/15 min)');
try {
  for (const n of sizes) {
    const { dir, chars } = build(work, n);
    const pages = chars / PAGE;
    const largest = Math.max(...jobsList);
    for (const jobs of jobsList) {
      if (n > singleMax && jobs !== largest) continue;
      const out = join(work, `out-${n}-${jobs}`);
      const load = loadavg().map((l) => l.toFixed(1)).join('/');
      const m = await measure([dir, '-o', out, '-f', 'json,csv', '--jobs', String(jobs), '-q']);
      if (m.code !== 0) throw new Error(`run of ${n} documents with --jobs ${jobs} exited ${m.code}`);
      const written = readdirSync(out).filter((f) => f.endsWith('.json')).length;
      if (written !== n) throw new Error(`run of ${n} documents wrote ${written} JSON files`);
      rows.push({ docs: n, jobs, pages, seconds: m.seconds, peakMB: m.peakMB, cpu: m.cpu, load });
      console.log(
        `${String(n).padEnd(8)}${String(jobs).padEnd(6)}${fmt(pages, 0).padEnd(10)}${fmt(m.seconds).padStart(6)}${fmt(n / m.seconds).padStart(9)}${fmt(pages / m.seconds).padStart(10)}${fmt(m.cpu, 0).padStart(7)}${fmt(m.cpu / m.seconds, 2).padStart(7)}${fmt(m.peakMB, 0).padStart(13)}  ${load}`,
      );
      rmSync(out, { recursive: true, force: true });
    }
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

const find = (docs: number, jobs: number): Row | undefined => rows.find((r) => r.docs === docs && r.jobs === jobs);
const check = (label: string, ok: boolean | null, detail: string): void => {
  console.log(`${ok === null ? 'n/a ' : ok ? 'PASS' : 'FAIL'}  ${label}: ${detail}`);
};
console.log('');
const mid = [...new Set(rows.map((r) => r.docs))].filter((d) => find(d, 1) && find(d, 2)).pop();
const j2 = mid !== undefined ? find(mid, 2)! : undefined;
const j1 = mid !== undefined ? find(mid, 1)! : undefined;
check(`≥ ${TARGETS.pagesPerSec} pages/s with --jobs 2`, j2 ? j2.pages / j2.seconds >= TARGETS.pagesPerSec : null, j2 ? `${fmt(j2.pages / j2.seconds)} pages/s at ${j2.docs} documents` : 'not run');
check(
  `--jobs 2 ≥ ${TARGETS.speedup}× --jobs 1`,
  j1 && j2 ? j1.seconds / j2.seconds >= TARGETS.speedup : null,
  // Three decimals: at two, a ratio just short of the target prints as the target itself.
  j1 && j2 ? `${fmt(j1.seconds / j2.seconds, 3)}× at ${j2.docs} documents (${fmt(j1.seconds)} s / ${fmt(j2.seconds)} s)` : 'not run',
);
const biggest = rows.filter((r) => r.jobs === Math.max(...jobsList)).sort((a, b) => b.docs - a.docs)[0];
const smallest = rows.filter((r) => r.jobs === Math.max(...jobsList)).sort((a, b) => a.docs - b.docs)[0];
check(`peak RSS ≤ ${TARGETS.peakMB} MB at the largest batch`, biggest ? biggest.peakMB <= TARGETS.peakMB : null, biggest ? `${fmt(biggest.peakMB, 0)} MB at ${biggest.docs} documents` : 'not run');
check(
  `peak RSS within ${TARGETS.rssGrowth}× of the smallest batch`,
  biggest && smallest && biggest !== smallest ? biggest.peakMB <= smallest.peakMB * TARGETS.rssGrowth : null,
  biggest && smallest ? `${fmt(biggest.peakMB, 0)} MB at ${biggest.docs} vs ${fmt(smallest.peakMB, 0)} MB at ${smallest.docs} (${fmt(biggest.peakMB / smallest.peakMB, 2)}×)` : 'not run',
);
