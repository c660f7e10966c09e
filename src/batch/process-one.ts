/**
 * One input, start to finish short of writing: read, parse, render (or,
 * with --resume, the outputs it already has, when up to date). Never
 * throws: a read refusal or an unexpected exception becomes a failed outcome
 * naming the file, so one bad input never stops the batch.
 */
import { InputError, parseFile, type ParseOptions } from '../api.js';
import { renderDocument, type RenderOptions } from '../write/render.js';
import { displayPath, type Job, type Outcome } from './outcome.js';
import { reuseOutputs } from './reuse.js';

export interface ProcessOptions {
  parse: ParseOptions;
  render: RenderOptions;
  /** Keep the restoration details for --explain. */
  explain: boolean;
}

export async function processOne(job: Job, options: ProcessOptions): Promise<Outcome> {
  const started = performance.now();
  const outcome = await processTimed(job, options);
  outcome.ms = Math.round((performance.now() - started) * 10) / 10;
  return outcome;
}

async function processTimed(job: Job, options: ProcessOptions): Promise<Outcome> {
  try {
    const reused = job.reuse ? await reuseOutputs(job, options.render, options.explain) : null;
    if (reused) return reused;
    const result = await parseFile(job.input, job.part ? { ...options.parse, part: job.part } : options.parse);
    return {
      kind: 'done',
      rendered: renderDocument(job.name, result, options.render),
      messages: result.document.messages,
      explain: options.explain ? result.document.restoration.details : [],
    };
  } catch (err) {
    if (err instanceof InputError) {
      return { kind: 'failed', code: err.code, message: err.message };
    }
    const reason = err instanceof Error ? (err.stack ?? err.message) : String(err);
    return { kind: 'failed', code: 'internal', message: `${displayPath(job.input)}: internal error: ${reason}` };
  }
}
