/**
 * --resume: a job whose outputs all exist and are newer than its input and
 * the dictionary need not run again. Its rows of the batch CSVs and its
 * summary line are rebuilt from its NAME.json, so the batch files come out
 * the same as in a run that processed it. Anything doubtful (an output
 * missing or older, a JSON that does not parse or has another schema
 * version) means the job runs.
 */
import { readFile, stat } from 'node:fs/promises';
import { fsPathOf } from '../read/inputs.js';
import type { DirectiveDocument } from '../types.js';
import { SCHEMA_VERSION } from '../types.js';
import { rowsOf, summaryOf, type RenderOptions } from '../write/render.js';
import type { DoneOutcome, Job } from './outcome.js';

async function upToDate(job: Job): Promise<boolean> {
  if (!job.reuse || job.input.kind !== 'file') return false;
  try {
    const input = await stat(fsPathOf(job.input));
    const notBefore = Math.max(input.mtimeMs, job.reuse.notBeforeMs);
    for (const output of job.reuse.outputs) {
      if ((await stat(output)).mtimeMs < notBefore) return false;
    }
    return true;
  } catch {
    return false;
  }
}

function looksLikeDocument(value: unknown): value is DirectiveDocument {
  const doc = value as Partial<DirectiveDocument> | null;
  return !!doc && doc.schemaVersion === SCHEMA_VERSION && Array.isArray(doc.tasks) && Array.isArray(doc.references) && Array.isArray(doc.messages);
}

/** The outcome of a job whose outputs are up to date, or null when it must run. */
export async function reuseOutputs(job: Job, render: Pick<RenderOptions, 'formats'>, explain: boolean): Promise<DoneOutcome | null> {
  if (!(await upToDate(job))) return null;
  let doc: unknown;
  try {
    doc = JSON.parse(await readFile(job.reuse!.json, 'utf8'));
  } catch {
    return null;
  }
  if (!looksLikeDocument(doc)) return null;
  return {
    kind: 'done',
    reused: true,
    rendered: { name: job.name, files: [], rows: rowsOf(job.name, doc, render), summary: summaryOf(job.name, doc) },
    messages: doc.messages,
    explain: explain ? doc.restoration.details : [],
  };
}
