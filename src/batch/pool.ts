/**
 * A runner over a pool of worker threads. Jobs go to the workers a few at a
 * time (one running, the next waiting, so no worker idles on a round trip),
 * outcomes come back in any order and are yielded in input order. Work in
 * flight is bounded: a job is sent only while fewer than `maxAhead` jobs
 * are out between the next one to yield and the newest one sent, and while
 * the outcomes held for reordering stay under `maxAheadChars`; so memory
 * stays flat for a batch of any size.
 *
 * Workers are replaced after `recycleAfter` jobs, so that nothing a stage
 * accumulates outlives a few hundred documents.
 *
 * A worker that crashes (an uncaught exception, running out of memory, an
 * exit) loses only the job it was running (it says which it starts): that
 * job is reported as failed, naming the file; the jobs queued behind it are
 * sent again, and a fresh worker takes its place.
 */
import type { Worker } from 'node:worker_threads';
import { openDictionary } from '../dict/index.js';
import { displayPath, type Job, type Outcome } from './outcome.js';
import type { Finished, Runner } from './runner.js';
import { readShared } from './shared-bytes.js';
import { entryOf, spawnWorker, type SpawnOptions } from './spawn.js';
import { dropOthers, keepWarm, takeWarm, warmKey } from './warm-workers.js';
import type { FromWorker, ProcessSettings, ToWorker, WireJob } from './wire.js';

export interface PoolOptions extends SpawnOptions {
  workers: number;
  /** Jobs a worker holds at once (running plus waiting); default 2. */
  window?: number;
  /** Jobs out at once, counted from the next to yield; default twice what the workers hold. */
  maxAhead?: number;
  /** Characters of finished outcomes held while an earlier job runs; default 64 M. */
  maxAheadChars?: number;
  /** Jobs a worker runs before a fresh one replaces it; default 2,000. */
  recycleAfter?: number;
  /**
   * Take workers an earlier batch of this process left for the same
   * dictionary, and leave them, idle and warm, for the next one when this
   * batch ends complete (warm-workers.ts). Off by default.
   */
  keepWarm?: boolean;
}

/** The workers could not start (the dictionary would not load, the worker module failed). */
export class PoolStartError extends Error {
  override name = 'PoolStartError';
  constructor(
    message: string,
    /** True when the dictionary is at fault, not the worker. */
    readonly dictionary = false,
  ) {
    super(message);
  }
}

interface Slot {
  worker: Worker;
  ready: boolean;
  closing: boolean;
  /** Positions (in the jobs being run) sent to this worker and not answered, oldest first. */
  inFlight: number[];
  /** Whether the oldest of them has started. */
  running: boolean;
  /** Jobs sent to it so far. */
  sent: number;
  /** Jobs it runs before it is replaced. */
  share: number;
  lastError: Error | null;
}

const MAX_CRASHES_IN_A_ROW = 3;

/**
 * Jobs per worker before it is replaced. The stages' caches are bounded and
 * keep no document alive, so a worker's live heap stays flat (about 30 MB
 * after 200 documents and after 1,800); the replacement is a safety net for
 * what a batch unlike the seeds might accumulate. It is not free: a fresh
 * worker compiles its code again, a few CPU seconds (every 400 documents,
 * 10 % of the work).
 */
const RECYCLE_AFTER = 2000;

/**
 * Heap limits of a worker. A document needs little (the seeds some 30 MB
 * live, a 512 KB part of a huge input under 100 MB), and a document that
 * needs more than the limit fails with "ran out of memory" while the batch
 * goes on. V8 takes from the limit how far the old generation may grow past
 * the live heap before it collects: a small limit has it mark the heap every
 * few documents, a large one lets a long batch peak past the 400 MB it must
 * stay under. 1,024 MB is between (measurements: bench/BATCH.md).
 */
const WORKER_LIMITS = {
  maxOldGenerationSizeMb: 1024,
  // The default young generation: a smaller one saves memory per worker but costs time in scavenges (bench/BATCH.md).
  maxYoungGenerationSizeMb: 48,
};

function sizeOf(outcome: Outcome): number {
  if (outcome.kind === 'failed') return outcome.message.length;
  return outcome.rendered.files.reduce((n, f) => n + (typeof f.content === 'string' ? f.content.length : f.content.byteLength), 0);
}

function crashOutcome(job: Job, err: Error | null, exitCode: number): Outcome {
  const oom = (err as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
  const reason = err ? err.message : `exit code ${exitCode}`;
  if (oom) return { kind: 'failed', code: 'out-of-memory', message: `${displayPath(job.input)}: ran out of memory while being processed (${reason}); skipped` };
  return { kind: 'failed', code: 'internal', message: `${displayPath(job.input)}: internal error: the worker processing it crashed (${reason})` };
}

class Pool {
  private readonly slots: Slot[] = [];
  private readonly finished = new Map<number, Outcome>();
  /** Positions whose worker crashed before running them, to send again first. */
  private readonly requeued: number[] = [];
  private nextToSend = 0;
  private head = 0;
  private heldChars = 0;
  private fatal: Error | null = null;
  private closed = false;
  private crashesInARow = 0;
  private waiter: (() => void) | null = null;
  private readonly window: number;
  private readonly maxAhead: number;
  private readonly maxAheadChars: number;
  private readonly recycleAfter: number;
  /** What a kept worker must have been started with to serve this batch; null when workers are not kept. */
  private readonly warmKey: string | null;

  constructor(
    private readonly jobs: readonly Job[],
    private readonly settings: ProcessSettings,
    private readonly options: PoolOptions,
  ) {
    const workers = Math.max(1, Math.min(options.workers, jobs.length));
    this.window = Math.max(1, options.window ?? 2);
    this.maxAhead = Math.max(1, options.maxAhead ?? workers * this.window * 2);
    this.maxAheadChars = options.maxAheadChars ?? 64 * 1024 * 1024;
    this.recycleAfter = Math.max(1, options.recycleAfter ?? RECYCLE_AFTER);
    this.warmKey = options.keepWarm ? warmKey(settings, entryOf(options), options.resourceLimits ?? WORKER_LIMITS) : null;
    if (this.warmKey !== null) dropOthers(this.warmKey);
    // The first workers are replaced at staggered times, so that never two reload at once; none before its full share,
    // since a fresh worker compiles its code again (staggering down to half a share cost --jobs 2 a reload that --jobs 1 never made in 2,000 documents).
    for (let i = 0; i < workers; i++) this.slots.push(this.spawn(this.recycleAfter + Math.floor((i * this.recycleAfter) / workers)));
    // Workers kept from an earlier batch were ready before this one began, and will not say so again.
    this.dispatch();
  }

  private spawn(share = this.recycleAfter): Slot {
    const limits = this.options.resourceLimits ?? WORKER_LIMITS;
    const warm = this.warmKey === null ? null : takeWarm(this.warmKey);
    const worker = warm?.worker ?? spawnWorker(this.settings, { ...this.options, resourceLimits: limits });
    // A kept worker has loaded its dictionary already (it said so): it takes this batch's settings, then jobs.
    if (warm) worker.postMessage({ type: 'settings', settings: { ...this.settings, lmBytes: undefined } } satisfies ToWorker);
    const slot: Slot = { worker, ready: warm !== null, closing: false, inFlight: [], running: false, sent: warm?.sent ?? 0, share, lastError: null };
    slot.worker.on('message', (m: FromWorker) => this.onMessage(slot, m));
    slot.worker.on('error', (err: Error) => {
      slot.lastError ??= err;
    });
    slot.worker.on('exit', (code: number) => this.onExit(slot, code));
    return slot;
  }

  private onMessage(slot: Slot, m: FromWorker): void {
    if (m.type === 'ready') slot.ready = true;
    else if (m.type === 'started') slot.running = true;
    else if (m.type === 'load-failed') this.fatal ??= new PoolStartError(m.message, true);
    else {
      const position = slot.inFlight.shift();
      slot.running = false;
      this.crashesInARow = 0;
      if (position === undefined || this.jobs[position]!.index !== m.index) {
        this.fatal ??= new Error(`worker answered job ${m.index} out of turn`);
      } else {
        this.finished.set(position, m.outcome);
        this.heldChars += sizeOf(m.outcome);
      }
      if (slot.sent >= slot.share && slot.inFlight.length === 0) this.recycle(slot);
    }
    this.dispatch();
    this.signal();
  }

  private onExit(slot: Slot, code: number): void {
    if (slot.closing) return;
    const at = this.slots.indexOf(slot);
    if (!slot.ready) {
      this.fatal ??= new PoolStartError(`a worker failed to start: ${slot.lastError?.message ?? `exit code ${code}`}`);
    } else {
      // A worker that keeps dying before it starts anything: blame the job it was given first.
      this.crashesInARow += 1;
      const blamed = slot.running || this.crashesInARow >= MAX_CRASHES_IN_A_ROW;
      const running = blamed ? slot.inFlight.shift() : undefined;
      if (running !== undefined) {
        this.crashesInARow = 0;
        const outcome = crashOutcome(this.jobs[running]!, slot.lastError, code);
        this.finished.set(running, outcome);
        this.heldChars += sizeOf(outcome);
      }
      this.requeued.push(...slot.inFlight);
      this.requeued.sort((a, b) => a - b);
      if (at >= 0 && this.fatal === null) this.slots[at] = this.spawn();
    }
    this.dispatch();
    this.signal();
  }

  /**
   * A worker that has done its share is let go and a fresh one takes its
   * place once it has exited: two heaps alive at once would be the batch's
   * peak memory.
   */
  private recycle(slot: Slot): void {
    slot.closing = true;
    const more = this.requeued.length > 0 || this.nextToSend < this.jobs.length;
    void slot.worker.terminate().then(() => {
      const at = this.slots.indexOf(slot);
      if (at < 0 || this.closed || this.fatal !== null || !more) return;
      this.slots[at] = this.spawn();
      this.dispatch();
    });
  }

  private mayTakeNew(): boolean {
    if (this.nextToSend >= this.jobs.length) return false;
    if (this.nextToSend === this.head) return true;
    return this.nextToSend - this.head < this.maxAhead && this.heldChars < this.maxAheadChars;
  }

  private dispatch(): void {
    if (this.fatal) return;
    for (const slot of this.slots) {
      while (slot.ready && !slot.closing && slot.inFlight.length < this.window && slot.sent < slot.share) {
        let position: number;
        if (this.requeued.length > 0) position = this.requeued.shift()!;
        else if (this.mayTakeNew()) position = this.nextToSend++;
        else return;
        slot.inFlight.push(position);
        slot.sent += 1;
        const job: WireJob = this.jobs[position]!;
        slot.worker.postMessage({ type: 'job', job } satisfies ToWorker);
      }
    }
  }

  private signal(): void {
    const w = this.waiter;
    this.waiter = null;
    w?.();
  }

  async *results(): AsyncGenerator<Finished> {
    while (this.head < this.jobs.length) {
      if (this.fatal) throw this.fatal;
      const outcome = this.finished.get(this.head);
      if (outcome === undefined) {
        await new Promise<void>((resolve) => (this.waiter = resolve));
        continue;
      }
      this.finished.delete(this.head);
      this.heldChars -= sizeOf(outcome);
      const job = this.jobs[this.head]!;
      this.head += 1;
      this.dispatch();
      yield { job, outcome };
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    // Only after a batch that ran to its end: then no worker has a job, and any that crashed was replaced.
    const complete = this.fatal === null && this.head >= this.jobs.length;
    const ending: Worker[] = [];
    for (const slot of this.slots) {
      const idle = slot.ready && !slot.closing && slot.inFlight.length === 0 && slot.lastError === null;
      slot.closing = true;
      if (this.warmKey !== null && complete && idle && slot.sent < this.recycleAfter) keepWarm(this.warmKey, slot.worker, slot.sent);
      else ending.push(slot.worker);
    }
    await Promise.all(ending.map((w) => w.terminate()));
  }
}

/** The settings with the language model read once into shared memory, for all the workers. */
function withSharedModel(settings: ProcessSettings): ProcessSettings {
  if (settings.parse.restore === false || settings.lmBytes) return settings;
  const lmBytes = readShared(openDictionary(settings.parse.dictDir).languageModel);
  return lmBytes ? { ...settings, lmBytes } : settings;
}

/** Processes jobs in `workers` threads; outcomes in input order. */
export function poolRunner(settings: ProcessSettings, options: PoolOptions): Runner {
  return {
    async *run(jobs) {
      if (jobs.length === 0) return;
      const pool = new Pool(jobs, withSharedModel(settings), options);
      try {
        yield* pool.results();
      } finally {
        await pool.close();
      }
    },
  };
}
