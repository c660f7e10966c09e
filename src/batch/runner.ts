/**
 * How jobs get processed. A runner yields every job's outcome in input order,
 * whatever order they finish in, so that outputs and CSV rows are written in
 * the same order on every run. Stopping early (`return()` on the iterator,
 * e.g. for --fail-fast) stops the work still queued.
 */
import type { Job, Outcome } from './outcome.js';
import { processOne, type ProcessOptions } from './process-one.js';

export interface Finished {
  job: Job;
  outcome: Outcome;
}

export interface Runner {
  run(jobs: readonly Job[]): AsyncIterable<Finished>;
}

/** One document after the other, in this thread. */
export function sequentialRunner(options: ProcessOptions): Runner {
  return {
    async *run(jobs) {
      for (const job of jobs) yield { job, outcome: await processOne(job, options) };
    },
  };
}
