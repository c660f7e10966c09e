/**
 * A worker thread of the pool: loads the restorer once, then processes the
 * jobs it is sent one at a time, in the order sent, and posts each outcome
 * back as plain data. Outcomes never throw (processOne turns every problem
 * into a failed outcome), so the only way a job is lost here is a crash of
 * the thread, which the pool notices and reports.
 */
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { openDictionary } from '../dict/index.js';
import { loadRestorer as makeRestorer, type Restorer } from '../restore/index.js';
import { streamKey } from './plan.js';
import { processOne, type ProcessOptions } from './process-one.js';
import type { Outcome } from './outcome.js';
import type { FromWorker, ProcessSettings, ToWorker, WireJob } from './wire.js';

function loadRestorer(settings: ProcessSettings): Restorer | undefined {
  if (settings.parse.restore === false) return undefined;
  const { dictDir, userDict } = settings.parse;
  const { lmBytes } = settings;
  const restorer = makeRestorer({ ...(dictDir ? { dictDir } : {}), ...(userDict ? { userDict } : {}), ...(lmBytes ? { lmBytes } : {}) });
  // Read now, so that a folder without an agency gazetteer fails the start, naming the file, not every document.
  openDictionary(restorer.dictDir).agencies();
  return restorer;
}

function optionsFor(settings: ProcessSettings, restorer: Restorer | undefined, job: WireJob): ProcessOptions {
  // The same bytes object for every part of a stream, so the read decodes it once per worker (read-input.ts).
  const bytes = settings.streams?.[streamKey(job.input)];
  return {
    parse: { ...settings.parse, ...(restorer ? { restorer } : {}), ...(bytes ? { bytes } : {}) },
    render: settings.render,
    explain: settings.explain,
  };
}

const encoder = new TextEncoder();

/**
 * Turns the outcome's file contents into UTF-8 bytes (which the main thread
 * would do anyway to write them) and returns their buffers, to be moved to
 * the main thread rather than copied. TextEncoder gives each its own buffer,
 * never a shared pool slab that moving would take away from this thread.
 */
function asBytes(outcome: Outcome): ArrayBuffer[] {
  if (outcome.kind !== 'done') return [];
  const buffers: ArrayBuffer[] = [];
  for (const file of outcome.rendered.files) {
    const bytes = typeof file.content === 'string' ? encoder.encode(file.content) : file.content;
    file.content = bytes;
    if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) buffers.push(bytes.buffer);
  }
  return buffers;
}

export function serve(port: MessagePort, given: ProcessSettings): void {
  // Bytes are what crosses to the main thread; the JSON is encoded as it is written, never held as one string.
  const withBytes = (s: ProcessSettings): ProcessSettings => ({ ...s, render: { ...s.render, jsonBytes: true } });
  let settings = withBytes(given);
  const post = (message: FromWorker): void => port.postMessage(message);
  let restorer: Restorer | undefined;
  try {
    restorer = loadRestorer(settings);
  } catch (err) {
    post({ type: 'load-failed', message: err instanceof Error ? err.message : String(err) });
    return;
  }
  // Jobs are queued here and run one after the other; the pool hears which one is running.
  const queue: WireJob[] = [];
  let busy = false;
  const drain = async (): Promise<void> => {
    if (busy) return;
    busy = true;
    while (queue.length > 0) {
      const job = queue.shift()!;
      post({ type: 'started', index: job.index });
      const outcome = await processOne(job, optionsFor(settings, restorer, job));
      port.postMessage({ type: 'outcome', index: job.index, outcome } satisfies FromWorker, asBytes(outcome));
    }
    busy = false;
  };
  port.on('message', (message: ToWorker) => {
    // Sent only while no job is queued or running: the jobs after it are the next batch's.
    if (message.type === 'settings') settings = withBytes(message.settings);
    if (message.type !== 'job') return;
    queue.push(message.job);
    void drain();
  });
  post({ type: 'ready' });
}

if (!isMainThread && parentPort) serve(parentPort, workerData as ProcessSettings);
