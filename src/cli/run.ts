/**
 * The command, as a function of its arguments and its streams: what
 * `bin/directive-parse` runs, and what the tests call. Returns the exit code.
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { batchCompleted, displayPath, type BatchTally, type Job } from '../batch/outcome.js';
import { planJobs } from '../batch/plan.js';
import { poolRunner, PoolStartError } from '../batch/pool.js';
import { runBatch, type Sink } from '../batch/run-batch.js';
import { readStreams } from '../batch/stream-inputs.js';
import { thisMachine } from '../batch/machine.js';
import { workerCount } from '../batch/worker-budget.js';
import { translator, type Translator } from '../i18n/catalogue.js';
import { append } from '../text/append.js';
import type { ProcessSettings } from '../batch/wire.js';
import { expandInputs } from '../read/index.js';
import { runInfo } from '../run-info.js';
import type { RunInfo } from '../types.js';
import { BatchWriter, batchFileNames, WriteError } from '../write/batch-writer.js';
import { documentFormats, formatNamed } from '../write/formats.js';
import { EXPLAIN_SUFFIX } from '../write/explain-tsv.js';
import { MAX_NAME_BYTES } from '../write/names.js';
import { pseudoFileSystem } from '../write/pseudo-fs.js';
import { isOwnOutput } from '../write/own-outputs.js';
import { checkDictionary } from './dictionary.js';
import { EXIT, exitCodeOf, type ExitCode } from './exit-codes.js';
import { onInterrupt } from './interrupt.js';
import { parseCommandLine, UsageError, type CliOptions } from './options.js';
import { SILENT, progressBar } from './progress.js';
import { printableLines } from './printable.js';
import { Reporter } from './reporter.js';
import { RunReport, type RunReportData } from './run-report.js';
import { chalkFor, interactive, type Io } from './terminal.js';

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Outputs must never land on an input (an output folder that is also an input folder). */
function collisionWithInput(options: CliOptions, outDir: string, jobs: readonly Job[]): string | null {
  const inputs = new Map<string, string>();
  for (const j of jobs) if (j.input.kind === 'file') inputs.set(j.input.realPath, j.input.path);
  const outReal = safeRealpath(outDir);
  const targets: string[] = [];
  const suffixes = documentSuffixes(options);
  for (const j of jobs) for (const s of suffixes) targets.push(resolve(outReal, j.name + s));
  targets.push(...batchFileNames(options.formats).map((f) => resolve(outReal, f)));
  const hit = targets.find((t) => inputs.has(t));
  return hit ? `output ${hit} would overwrite the input ${inputs.get(hit)}; choose another --out folder` : null;
}

/**
 * --resume: what each job's outputs are and what made them, so a worker can
 * tell whether they are what a run now would write. JSON is needed to rebuild
 * what the document gives the batch formats, and it records what made it.
 */
function addReuseChecks(jobs: Job[], options: CliOptions, outDir: string, run: RunInfo): void {
  if (!options.formats.includes('json')) return;
  const suffixes = documentSuffixes(options);
  const json = formatNamed('json');
  if (json.kind !== 'document') return;
  for (const job of jobs) {
    if (job.input.kind !== 'file') continue;
    job.reuse = { outputs: suffixes.map((s) => resolve(outDir, job.name + s)), json: resolve(outDir, job.name + json.suffix), run };
  }
}

/** --explain writes NAME.explain.tsv: with restoration, and not to --stdout (which carries the documents). */
const explainsToFile = (options: CliOptions): boolean => options.explain && options.restore && !options.stdout;

/** The per-document files a run writes: the formats' and, with --explain, NAME.explain.tsv. */
function documentSuffixes(options: CliOptions): string[] {
  const suffixes = documentFormats(options.formats).map((f) => f.suffix);
  return explainsToFile(options) ? [...suffixes, EXPLAIN_SUFFIX] : suffixes;
}

/** What every worker is told: paths made absolute, since workers do not share the caller's folder. */
function settingsOf(options: CliOptions, cwd: string): ProcessSettings {
  return {
    parse: {
      restore: options.restore,
      toneStyle: options.toneStyle,
      ocr: options.ocr,
      ocrLang: options.ocrLang,
      dpi: options.dpi,
      ...(options.encoding ? { encoding: options.encoding } : {}),
      ...(options.inputFormat ? { format: options.inputFormat } : {}),
      ...(options.dictDir ? { dictDir: resolve(cwd, options.dictDir) } : {}),
      ...(options.userDict ? { userDict: resolve(cwd, options.userDict) } : {}),
      ...(explainsToFile(options) ? { explain: true } : {}),
    },
    render: { formats: options.formats, timestamps: options.timestamps, compactJson: options.stdout, ...(explainsToFile(options) ? { explain: true } : {}) },
    explain: options.explain,
  };
}

/** Why the batch files were left as they were. */
function keptBatchNote(tally: BatchTally, options: CliOptions, t: Translator): string {
  const why = tally.stopped ? t('run.batchStopped') : t('run.documentsNotWritten', { count: tally.writeFailures });
  return t('run.batchKept', { files: batchFileNames(options.formats).join(', '), why });
}

function skippedNote(skipped: readonly string[], t: Translator): string {
  const shown = skipped.slice(0, 3).join(', ') + (skipped.length > 3 ? ', …' : '');
  return t(skipped.length === 1 ? 'run.skippedOutput' : 'run.skippedOutputs', { count: skipped.length, files: shown });
}

/** Documents to standard output, each waiting until the reader has taken the one before (a pipe into a slow reader holds no batch in memory). */
function stdoutSink(io: Io): Sink {
  return {
    async write(doc) {
      for (const f of doc.files) if (!io.stdout.write(f.content)) await drained(io.stdout);
    },
  };
}

function drained(stream: Io['stdout']): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done).off('error', done).off('close', done);
      resolve();
    };
    stream.on('drain', done).on('error', done).on('close', done);
  });
}

export async function runCli(argv: readonly string[], io: Io): Promise<ExitCode> {
  const err = chalkFor(io, io.stderr, undefined);
  let options: CliOptions | null;
  try {
    // Commander's own errors quote the arguments given: printable too.
    options = parseCommandLine(argv, { out: (s) => io.stdout.write(s), err: (s) => io.stderr.write(printableLines(s, '')) }, io.env);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(err.red(`directive-parse: ${printableLines(e.message, '')}\n`));
      return EXIT.usage;
    }
    throw e;
  }
  if (options === null) return EXIT.ok;
  try {
    return await runWith(options, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(chalkFor(io, io.stderr, options.color).red(`directive-parse: ${printableLines(e.message, '')}\n`));
      return EXIT.usage;
    }
    throw e;
  }
}

async function runWith(options: CliOptions, io: Io): Promise<ExitCode> {
  const t = translator(options.lang);
  const summaryStream = options.stdout ? io.stderr : io.stdout;
  const reporter = new Reporter(io, options, chalkFor(io, summaryStream, options.color), chalkFor(io, io.stderr, options.color), t);
  const outDir = resolve(io.cwd, options.outDir);
  const report = options.report === undefined ? null : new RunReport(options, outDir);
  /** Writes the run report, if asked for; a report that cannot be written is a failed output. */
  const reported = async (code: ExitCode, tally: BatchTally, batch: RunReportData['batchFiles']['status']): Promise<ExitCode> => {
    if (!report || options.report === undefined) return code;
    const path = resolve(io.cwd, options.report);
    try {
      await report.write(path, report.data({ files: batchFileNames(options.formats), status: batch }, tally, code));
      return code;
    } catch (e) {
      io.stderr.write(chalkFor(io, io.stderr, options.color).red(`✗ ${printableLines(t('run.reportFailed', { path, reason: e instanceof Error ? e.message : String(e) }), '    ')}\n`));
      return EXIT.writeFailed;
    }
  };
  // Outputs of an earlier run beside the inputs (`in/ -o in/`) are not read back as inputs.
  const expanded = await expandInputs(options.inputs, { cwd: io.cwd, skip: isOwnOutput });
  if (expanded.skipped.length > 0) reporter.notice(skippedNote(expanded.skipped, t));
  const errors: Array<{ message: string }> = [...expanded.errors];
  // Standard input and named pipes first: a part of them is planned by the bytes read, not by stat()'s 0.
  const { streams, failures } = await readStreams(expanded.inputs, io.stdin);
  append(errors, failures);
  const inputs = expanded.inputs.filter((i) => !failures.some((f) => f.input === i));
  for (const e of errors) {
    reporter.inputError(e.message);
    report?.unreadable(e.message);
  }
  if (inputs.length === 0) {
    reporter.finish(t('run.noInput'));
    const none = { inputs: errors.length, written: 0, skipped: 0, failed: errors.length, writeFailures: 0, internalErrors: 0, stopped: false };
    return reported(EXIT.noInput, none, 'none');
  }
  const jobs = await planJobs(inputs, undefined, streams);
  for (const job of jobs) {
    if (job.nameShortened && (job.part?.index ?? 1) === 1) {
      reporter.notice(t('run.nameCut', { path: displayPath(job.input), name: job.name, parts: job.part ? t('run.nameCutParts') : '', bytes: MAX_NAME_BYTES }));
    }
  }
  if (report && options.report !== undefined && inputs.some((i) => i.kind === 'file' && safeRealpath(resolve(io.cwd, options.report!)) === i.realPath)) {
    throw new UsageError(t('usage.reportOnInput', { path: options.report }));
  }
  if (!options.stdout) {
    const pseudo = await pseudoFileSystem(outDir);
    if (pseudo) throw new UsageError(`${options.outDir}: output folders cannot be on ${pseudo}, a view of the system rather than files; choose another --out folder`);
    const clash = collisionWithInput(options, outDir, jobs);
    if (clash) throw new UsageError(clash);
  }
  const dictionary = checkDictionary(options, io.cwd);
  const settings = { ...settingsOf(options, io.cwd), ...(streams.size > 0 ? { streams: Object.fromEntries(streams) } : {}) };
  if (dictionary.identity !== null) addReuseChecks(jobs, options, outDir, runInfo(settings.parse, dictionary.identity));
  let writer: BatchWriter | null = null;
  if (!options.stdout) {
    try {
      writer = await BatchWriter.open(outDir, { formats: options.formats, lang: options.lang, asOf: options.asOf });
    } catch (e) {
      if (!(e instanceof WriteError)) throw e;
      reporter.writeError(e.message);
      reporter.finish(null);
      const none = { inputs: jobs.length + errors.length, written: 0, skipped: 0, failed: errors.length, writeFailures: 1, internalErrors: 0, stopped: true };
      return reported(EXIT.writeFailed, none, 'none');
    }
  }
  const pool = workerCount(options.jobs, thisMachine());
  if (pool.cut) reporter.notice(pool.cut);
  const progress = !options.quiet && interactive(io) && jobs.length > 1 ? progressBar(io.stderr, jobs.length, chalkFor(io, io.stderr, options.color), t) : SILENT;
  const keepOnInterrupt = writer ? onInterrupt(() => writer.interrupt()) : () => false;
  let tally;
  // From here on the writer holds the output folder's lock: whatever happens, it is given up.
  try {
    // A later run in this process (a program or a test calling runCli again) takes the workers this one leaves warm.
    const runner = poolRunner(settings, { workers: pool.workers, keepWarm: true });
    tally = await runBatch(jobs, { runner, sink: writer ?? stdoutSink(io), failFast: options.failFast }, {
      onFinished(job, outcome, writeError) {
        progress.tick(displayPath(job.input));
        reporter.finished(job, outcome, writeError);
        report?.finished(job, outcome, writeError);
      },
    });
  } catch (e) {
    progress.done();
    keepOnInterrupt();
    await writer?.abort();
    if (e instanceof PoolStartError && e.dictionary) throw new UsageError(`${options.dictDir ?? 'dict/'}: cannot load the dictionary: ${e.message}`);
    throw e;
  }
  progress.done();
  keepOnInterrupt();
  tally.failed += errors.length;
  tally.inputs += errors.length;
  let batch: RunReportData['batchFiles']['status'] = 'none';
  try {
    batch = (await writer?.finish(batchCompleted(tally))) ?? 'none';
    if (batch === 'kept') reporter.batchNotice(keptBatchNote(tally, options, t));
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    reporter.writeError(e.message);
    tally.writeFailures += 1;
    batch = 'failed';
  }
  reporter.finish(options.stdout ? null : t('run.outputsIn', { dir: outDir }));
  return reported(exitCodeOf(tally), tally, batch);
}
