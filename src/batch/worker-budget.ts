/**
 * How many worker threads a batch may run. More workers than cores gain
 * nothing (they take turns on the same cores) and each costs its own heap
 * and copy of the dictionary's tables, so the pool is sized from the cores
 * and the memory actually available, whatever `--jobs` asks.
 */

/**
 * What one worker is allowed for: its share of the dictionary's tables (the
 * language model is shared), its compiled code and one document in flight.
 * On the seeds a worker adds some 80–100 MB to the peak; a 512 KB part of a
 * huge input takes up to 100 MB more.
 */
export const WORKER_BUDGET_BYTES = 250 * 1024 * 1024;

/** What the main thread holds besides the workers: the shared language model, the writer, outcomes in reorder. */
export const MAIN_BUDGET_BYTES = 250 * 1024 * 1024;

export interface Machine {
  /** Cores this process may use (os.availableParallelism()). */
  cores: number;
  /** Bytes of memory available to this process now (free memory, within its cgroup's limit). */
  availableBytes: number;
}

export interface WorkerCount {
  workers: number;
  /** Why fewer workers than asked, as a line for the user; null when none were cut. */
  cut: string | null;
}

const mb = (bytes: number): string => `${Math.round(bytes / (1024 * 1024)).toLocaleString('en-US')} MB`;

/** The most workers the machine's memory holds: at least one, whatever it says. */
export function workersMemoryHolds(availableBytes: number): number {
  return Math.max(1, Math.floor((availableBytes - MAIN_BUDGET_BYTES) / WORKER_BUDGET_BYTES));
}

/** Workers for a batch: `asked` (null: as many as the machine takes) within the cores and the memory. */
export function workerCount(asked: number | null, machine: Machine): WorkerCount {
  const cores = Math.max(1, machine.cores);
  const memory = workersMemoryHolds(machine.availableBytes);
  const workers = Math.max(1, Math.min(asked ?? cores, cores, memory));
  if (asked === null || workers >= asked) return { workers, cut: null };
  const why =
    memory < cores
      ? `${mb(machine.availableBytes)} of memory is available and each worker needs up to ${mb(WORKER_BUDGET_BYTES)}`
      : `this machine has ${cores} core${cores === 1 ? '' : 's'}, and more workers than cores only cost memory (up to ${mb(WORKER_BUDGET_BYTES)} each)`;
  return { workers, cut: `--jobs ${asked} cut to ${workers}: ${why}` };
}
