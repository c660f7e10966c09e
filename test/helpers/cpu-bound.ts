/**
 * The size bound of the fuzz and pathological tests: at most 2 s of CPU per
 * 100 KB, on the test's own thread, for work already warm.
 *
 * What is measured is the CPU time of the thread that runs the case (on
 * Linux, /proc/self/task/TID/stat; elsewhere the process's, as before), so
 * that the collector's helper threads and whatever else runs in the process
 * are not charged to the case. The dictionary and the code are loaded and
 * compiled before the first case is timed (warm()), so that a one-off start
 * of a second or more is not charged to a 40-byte case with a 2 s budget.
 *
 * A case over its bound is measured again, twice at most, and its least time
 * counts. On a machine shared with other CPU-bound work, a thread's CPU time
 * for the same work goes up (the caches and the core's other hyperthread are
 * shared) for as long as the other work runs: a linear case that a burst of
 * contention pushed past its bound comes under it again, while a quadratic
 * or backtracking case is over it every time. Nothing is measured on the
 * clock.
 */
import { readFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

export const CPU_MS_PER_100KB = 2000;

const TICK_MS = 10; // USER_HZ = 100 on Linux
const STAT = process.platform === 'linux' && isMainThread ? `/proc/self/task/${process.pid}/stat` : null;

/** CPU time (user + system, ms) of the thread running the tests: the main thread of a vitest fork. */
export function threadCpuMs(): number {
  if (STAT !== null) {
    try {
      // Fields after the command name (which may hold spaces): state is the 3rd field, utime the 14th, stime the 15th.
      const stat = readFileSync(STAT, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
    } catch {
      // fall through to the process's time
    }
  }
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The budget for `bytes` of input: 2 s for every 100 KB begun. */
export const budgetFor = (bytes: number): number => Math.ceil(Math.max(1, bytes) / 102_400) * CPU_MS_PER_100KB;

/**
 * Runs `work` and returns what it returned with the CPU it took. When it took
 * more than `budget`, it runs again (up to `tries` runs in all) and the least
 * time counts: the caller compares that with the budget.
 */
export async function leastCpu<T>(work: () => Promise<T>, budget: number, tries = 3): Promise<{ result: T; spent: number }> {
  let best = Infinity;
  let result!: T;
  for (let i = 0; i < tries; i++) {
    const began = threadCpuMs();
    result = await work();
    best = Math.min(best, threadCpuMs() - began);
    if (best < budget) break;
  }
  return { result, spent: best };
}
