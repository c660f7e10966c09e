/**
 * --resume: a job whose outputs are what a run now would write need not run
 * again. That is decided by what NAME.json records, never by file times
 * (copied, unzipped or synced inputs have any times): the same input (its
 * path as given, and the sha256 of its bytes now), and the same `run` record
 * (the tool's version, the options that shape the document, the dictionary's
 * hash), the same schema version, and `generatedAt` present just when
 * --timestamps asks for it. The job's other outputs (NAME.md,
 * NAME.restored.txt) must be there and written after NAME.json, as the run
 * that wrote it writes them.
 *
 * What the job gives the batch formats (its rows of the batch CSVs and the
 * workbook) and its summary line are rebuilt from its NAME.json, so the batch
 * files come out the same as in a run that processed it. Anything doubtful (an output missing, a JSON that does not parse, is
 * not valid against the schema, or records something else) means the job
 * runs, and so does one whose rows cannot be rebuilt for any reason.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { fsPathOf } from '../read/inputs.js';
import { fileKey } from '../read/parts.js';
import type { DirectiveDocument } from '../types.js';
import { SCHEMA_VERSION } from '../types.js';
import { contributionsOf } from '../write/formats.js';
import { summaryOf, type RenderOptions } from '../write/render.js';
import { isDocument } from '../write/validate.js';
import type { DoneOutcome, Job, ReuseCheck } from './outcome.js';

/** The outputs besides NAME.json exist and were written after it. */
async function othersInPlace(check: ReuseCheck): Promise<boolean> {
  try {
    const json = await stat(check.json);
    for (const output of check.outputs) {
      if (output !== check.json && (await stat(output)).mtimeMs < json.mtimeMs) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/** The last input hashed: the parts of a large input are checked one after the other, and hashing it once serves them all. */
let lastHash: { key: string; sha256: string } | null = null;

async function sha256Of(path: string | Buffer): Promise<string> {
  const key = await fileKey(path);
  if (lastHash?.key === key) return lastHash.sha256;
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  lastHash = { key, sha256: hash.digest('hex') };
  return lastHash.sha256;
}

/** Whether the document is the one a run now would make of this job's input. */
async function madeAsNow(doc: DirectiveDocument, job: Job, check: ReuseCheck, timestamps: boolean): Promise<boolean> {
  if (job.input.kind !== 'file' || doc.source.path !== job.input.path) return false;
  const part = job.part && job.part.count > 1 ? { index: job.part.index, count: job.part.count } : null;
  if (!isDeepStrictEqual(doc.run, { ...check.run, part })) return false;
  if ((doc.generatedAt !== undefined) !== timestamps) return false;
  return doc.source.sha256 === (await sha256Of(fsPathOf(job.input)));
}

/** The outcome of a job whose outputs are up to date, or null when it must run. */
export async function reuseOutputs(job: Job, render: Pick<RenderOptions, 'formats' | 'timestamps'>, explain: boolean): Promise<DoneOutcome | null> {
  const check = job.reuse;
  if (!check || job.input.kind !== 'file' || !(await othersInPlace(check))) return null;
  try {
    const doc: unknown = JSON.parse(await readFile(check.json, 'utf8'));
    // Valid against the schema before anything is read out of it, and of this version (the schema leaves the version free).
    if (!isDocument(doc) || doc.schemaVersion !== SCHEMA_VERSION || !(await madeAsNow(doc, job, check, render.timestamps === true))) return null;
    return {
      kind: 'done',
      reused: true,
      rendered: { name: job.name, files: [], batch: contributionsOf(job.name, doc, render.formats), summary: summaryOf(job.name, doc) },
      messages: doc.messages,
      explain: explain ? doc.restoration.details : [],
    };
  } catch {
    // Whatever went wrong reading it back, processing the input again gives the right outputs.
    return null;
  }
}
