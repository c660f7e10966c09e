/**
 * Inputs that can be read only once, standard input and named pipes, are
 * read in the main thread before the batch is planned: their size is known
 * only once they are read (stat() says 0), and a large one is cut into parts
 * like a file of that size, whichever worker each part goes to. Their bytes
 * are put in shared memory, so every worker cuts its parts from one copy.
 */
import { stat } from 'node:fs/promises';
import type { Input } from '../read/index.js';
import { fsPathOf } from '../read/inputs.js';
import { pathBytes, streamBytes, type BytesResult } from '../read/source-bytes.js';
import { displayPath } from './outcome.js';
import { streamKey } from './plan.js';

export interface StreamFailure {
  input: Input;
  /** Names the input and the problem. */
  message: string;
}

export interface StreamsRead {
  /** By streamKey; the workers are given them as they are. */
  streams: Map<string, Uint8Array>;
  failures: StreamFailure[];
}

function shared(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  copy.set(bytes);
  return copy;
}

async function isPipe(input: Input & { kind: 'file' }): Promise<boolean> {
  // A file that cannot be looked at now is left to the worker's read, which names the problem.
  return (await stat(fsPathOf(input)).catch(() => null))?.isFIFO() === true;
}

/** Reads standard input (from `stdin`) and every named pipe among the inputs, in order. */
export async function readStreams(inputs: readonly Input[], stdin: AsyncIterable<Uint8Array | string>): Promise<StreamsRead> {
  const streams = new Map<string, Uint8Array>();
  const failures: StreamFailure[] = [];
  for (const input of inputs) {
    let read: BytesResult;
    if (input.kind === 'stdin') read = await streamBytes(stdin);
    else if (await isPipe(input)) read = await pathBytes(fsPathOf(input));
    else continue;
    if (read.ok) streams.set(streamKey(input), shared(read.bytes));
    else failures.push({ input, message: `${displayPath(input)}: ${read.problem}` });
  }
  return { streams, failures };
}
