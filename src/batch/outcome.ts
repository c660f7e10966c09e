/**
 * What processing one input yields, as plain data that can cross a worker
 * boundary: the rendered outputs, or a failure naming the input and the problem.
 */
import type { Input, PartSpec } from '../read/index.js';
import type { Message, RestoredToken, RunInfo } from '../types.js';
import type { RenderedDocument } from '../write/render.js';

export interface DoneOutcome {
  kind: 'done';
  /** Outputs already up to date (--resume): nothing to write, the rows were read back from NAME.json. */
  reused?: boolean;
  rendered: RenderedDocument;
  /** The document's messages (read, restore, segment, extract), for --verbose. */
  messages: Message[];
  /** Changed or low-confidence tokens, for --explain. */
  explain: RestoredToken[];
  /** Milliseconds spent reading, processing and rendering it (or checking it was up to date), for the run report. */
  ms?: number;
}

export interface FailedOutcome {
  kind: 'failed';
  /** A read refusal ("empty-input", "binary-input", "missing-path"…), or "internal" for a bug. */
  code: string;
  /** Names the input and the problem. */
  message: string;
  ms?: number;
}

export type Outcome = DoneOutcome | FailedOutcome;

/** One unit of work: the input, its output base name, and its place in the batch. */
export interface Job {
  index: number;
  input: Input;
  name: string;
  /** For an input too large to be one document: which part this job is. */
  part?: PartSpec;
  /** The name made from the input's was too long for a file name and was cut (write/names.ts). */
  nameShortened?: true;
  /** With --resume: the outputs that make the job unnecessary when they are all up to date. */
  reuse?: ReuseCheck;
}

export interface ReuseCheck {
  /** Absolute paths of every per-document output of the job. */
  outputs: string[];
  /** The NAME.json among them, which records what made the outputs, and which the CSV rows and the summary are rebuilt from. */
  json: string;
  /** The `run` record a document made now would carry (its `part` aside, which is the job's). */
  run: RunInfo;
}

/** Displays an input as the user named it. */
export function displayPath(input: Input): string {
  return input.kind === 'stdin' ? '<stdin>' : input.path;
}

/** What a batch did, counted; the exit code follows from it. */
export interface BatchTally {
  inputs: number;
  written: number;
  skipped: number;
  /** Inputs that could not be read or processed (missing, empty, binary, parse error). */
  failed: number;
  /** Documents whose outputs could not be written, plus batch files that could not be. */
  writeFailures: number;
  /** Unexpected exceptions. */
  internalErrors: number;
  /** The batch ended before its last job (a full disk, --fail-fast). */
  stopped: boolean;
}

/**
 * Whether the batch's CSVs may replace the previous ones: it went through
 * every job and wrote every document it read. A batch that stopped part way,
 * or lost a document's outputs, has CSVs that lack rows the previous ones
 * have. (An input that cannot be read has no rows to lose.)
 */
export function batchCompleted(t: BatchTally): boolean {
  return !t.stopped && t.writeFailures === 0;
}
