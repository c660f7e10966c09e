/**
 * What the main thread and the worker threads say to each other. Everything
 * here is plain data (structured-clone safe): settings go out once, jobs go
 * out one by one, outcomes come back one by one.
 */
import type { ParseOptions } from '../api.js';
import type { RenderOptions } from '../write/render.js';
import type { Job, Outcome } from './outcome.js';

/**
 * How every document of a batch is processed, as settings a worker can be
 * given: the restorer is named by its dictionary, never passed as an object,
 * and each worker loads it once.
 */
export interface ProcessSettings {
  parse: Omit<ParseOptions, 'restorer' | 'stdin' | 'userDict'> & { userDict?: string };
  render: Omit<RenderOptions, 'now'>;
  /** Keep the restoration details for --explain. */
  explain: boolean;
  /** The language model's bytes in a SharedArrayBuffer, read once for all the workers (which read the file themselves without it). */
  lmBytes?: Uint8Array;
  /**
   * The bytes of the inputs that are streams (standard input, named pipes),
   * which only the main thread can read, and only once: read before the
   * batch is planned, in shared memory, keyed by streamKey (plan.ts). Every
   * part of such an input is cut from them.
   */
  streams?: Readonly<Record<string, Uint8Array>>;
}

/** A job as sent to a worker. */
export type WireJob = Job;

export type ToWorker =
  | { type: 'job'; job: WireJob }
  /** A worker kept from an earlier batch (warm-workers.ts) is given the new batch's settings before its jobs; its dictionary stays. */
  | { type: 'settings'; settings: ProcessSettings };

export type FromWorker =
  /** The dictionary is loaded: jobs may come. */
  | { type: 'ready' }
  /** The dictionary could not be loaded: nothing can be processed. */
  | { type: 'load-failed'; message: string }
  /** The job now running: if the thread dies before its outcome, this is the job to blame. */
  | { type: 'started'; index: number }
  | { type: 'outcome'; index: number; outcome: Outcome };
