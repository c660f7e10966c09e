/**
 * A batch: every job through the runner, every outcome through the sink, in
 * input order, with a tally of what happened. A failed input is reported and
 * the batch goes on (unless fail-fast); a document that cannot be written is
 * reported the same way, and a full disk stops the batch (nothing more could
 * be written); the tally says whether the batch stopped before its end.
 */
import type { RenderedDocument } from '../write/render.js';
import type { BatchTally, Job, Outcome } from './outcome.js';
import type { Runner } from './runner.js';

export interface Sink {
  write(doc: RenderedDocument): Promise<void>;
}

export interface BatchEvents {
  /** After each job, with the write error if its outputs could not be written. */
  onFinished(job: Job, outcome: Outcome, writeError: string | null): void;
}

export interface BatchSettings {
  runner: Runner;
  sink: Sink;
  failFast: boolean;
}

export async function runBatch(jobs: readonly Job[], settings: BatchSettings, events: BatchEvents): Promise<BatchTally> {
  const tally: BatchTally = { inputs: jobs.length, written: 0, skipped: 0, failed: 0, writeFailures: 0, internalErrors: 0, stopped: false };
  let done = 0;
  for await (const { job, outcome } of settings.runner.run(jobs)) {
    done += 1;
    let writeError: string | null = null;
    /** Set by a sink that can write nothing more (a full disk). */
    let stop = false;
    if (outcome.kind === 'done') {
      try {
        // A reused document has no files to write, but its rows still go into the batch CSVs.
        await settings.sink.write(outcome.rendered);
        if (outcome.reused) tally.skipped += 1;
        else tally.written += 1;
      } catch (err) {
        writeError = err instanceof Error ? err.message : String(err);
        tally.writeFailures += 1;
        stop = (err as { stopsBatch?: boolean }).stopsBatch === true;
      }
    } else if (outcome.code === 'internal') tally.internalErrors += 1;
    else tally.failed += 1;
    events.onFinished(job, outcome, writeError);
    if (stop || (settings.failFast && (outcome.kind === 'failed' || writeError !== null))) {
      tally.stopped = done < jobs.length;
      break;
    }
  }
  return tally;
}
