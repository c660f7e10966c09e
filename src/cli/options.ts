/**
 * The command line: commander's program definition, and its result checked
 * and turned into plain options. Every mistake is a usage error (exit 2) with
 * a message saying what was wrong and what is allowed.
 */
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { parseEncodingName } from '../read/index.js';
import type { EncodingName, InputFormat } from '../types.js';
import type { Lang } from '../i18n/lang.js';
import { documentFormats, FORMATS, type OutputFormat } from '../write/formats.js';

export interface CliOptions {
  inputs: string[];
  outDir: string;
  formats: OutputFormat[];
  /** Write the per-document output to standard output instead of files. */
  stdout: boolean;
  encoding: EncodingName | undefined;
  inputFormat: InputFormat | undefined;
  restore: boolean;
  userDict: string | undefined;
  dictDir: string | undefined;
  toneStyle: 'classic' | 'modern';
  explain: boolean;
  quiet: boolean;
  verbose: boolean;
  failFast: boolean;
  resume: boolean;
  timestamps: boolean;
  jobs: number;
  color: boolean | undefined;
  /** The language of messages, the summary, --help and the workbook's headings. */
  lang: Lang;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

function formatList(value: string): OutputFormat[] {
  const list = value
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter((f) => f !== '');
  const bad = list.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (list.length === 0 || bad.length > 0) {
    throw new InvalidArgumentError(`unknown format ${bad.map((b) => `"${b}"`).join(', ') || '(empty)'}; use a comma list of ${FORMATS.join(', ')}`);
  }
  return [...new Set(list)] as OutputFormat[];
}

function encoding(value: string): EncodingName {
  const name = parseEncodingName(value);
  if (!name) throw new InvalidArgumentError('use utf-8, utf-8-bom, utf-16le, utf-16be, windows-1258, tcvn3 or vni');
  return name;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('must be a whole number from 1 to 256');
  return n;
}

export function buildProgram(): Command {
  return new Command('directive-parse')
    .description(
      "Turn OCR'd Vietnamese directives into structured data: restored text, sections, tasks with lead and partner agencies and deadlines, cited documents.",
    )
    .argument('[inputs...]', 'files, folders (searched for .txt and .md), globs, or - for standard input')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('-f, --format <list>', `comma list of ${FORMATS.join(', ')}`, formatList, ['json', 'csv'] as OutputFormat[])
    .option('--stdout', 'print each document (one format of json, md, txt) to standard output instead of writing files')
    .option('-e, --encoding <name>', 'decode inputs as this instead of detecting it', encoding)
    .addOption(new Option('--input-format <kind>', 'read inputs as plain text or Markdown instead of going by the extension').choices(['text', 'markdown']))
    .option('--no-restore', 'take the text as printed (no diacritic restoration)')
    .option('-d, --dict <file>', 'user dictionary: words, phrases and fixed corrections (see README)')
    .option('--dict-dir <dir>', 'dictionary folder to load instead of the built-in dict/')
    .addOption(new Option('--tone-style <style>', 'tone placement of restored syllables: hòa (classic) or hoà (modern)').choices(['classic', 'modern']).default('classic'))
    .option('--explain', 'print every word the restorer changed or was unsure of, with its confidence')
    .option('-q, --quiet', 'print nothing but errors')
    .option('-v, --verbose', 'print every message of every document')
    .option('--fail-fast', 'stop at the first input that fails')
    .option('--resume', 'skip documents whose NAME.json records the same input bytes, options, dictionary and version')
    .option('--timestamps', 'record the time of the run in the JSON (off: outputs are byte-identical across runs)')
    .option('-j, --jobs <n>', 'documents processed in parallel (default: the number of cores)', positiveInt)
    .option('--color', 'colour the summary even when not on a terminal')
    .option('--no-color', 'never colour the summary')
    .addOption(new Option('--lang <lang>', 'language of messages, the summary and the workbook (default: from LC_ALL / LANG)').choices(['en', 'vi']))
    .showHelpAfterError('(run directive-parse --help for the options)')
    .exitOverride();
}

interface Raw {
  out: string;
  format: OutputFormat[];
  stdout?: boolean;
  encoding?: EncodingName;
  inputFormat?: InputFormat;
  restore: boolean;
  dict?: string;
  dictDir?: string;
  toneStyle: 'classic' | 'modern';
  explain?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  failFast?: boolean;
  resume?: boolean;
  timestamps?: boolean;
  jobs?: number;
  color?: boolean;
  lang?: Lang;
}

/**
 * Parses `argv` (without node and the script). Help and version print and
 * return null; mistakes throw UsageError.
 */
export function parseCommandLine(argv: readonly string[], write: { out: (s: string) => void; err: (s: string) => void }): CliOptions | null {
  const program = buildProgram().configureOutput({ writeOut: write.out, writeErr: write.err });
  try {
    program.parse([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return null;
      throw new UsageError(err.message.replace(/^error: /u, ''));
    }
    throw err;
  }
  const raw = program.opts<Raw>();
  const options: CliOptions = {
    inputs: program.args,
    outDir: raw.out,
    formats: raw.format,
    stdout: raw.stdout === true,
    encoding: raw.encoding,
    inputFormat: raw.inputFormat,
    restore: raw.restore,
    userDict: raw.dict,
    dictDir: raw.dictDir,
    toneStyle: raw.toneStyle,
    explain: raw.explain === true,
    quiet: raw.quiet === true,
    verbose: raw.verbose === true,
    failFast: raw.failFast === true,
    resume: raw.resume === true,
    timestamps: raw.timestamps === true,
    jobs: raw.jobs ?? Math.max(1, availableParallelism()),
    color: raw.color,
    lang: raw.lang ?? 'en',
  };
  check(options, program);
  return options;
}

function check(o: CliOptions, program: Command): void {
  if (o.inputs.length === 0) throw new UsageError(`no input given\n${program.helpInformation()}`);
  // An empty name resolves to the current folder: outputs and batch CSVs would land among whatever is there.
  if (o.outDir.trim() === '') throw new UsageError("--out needs a folder name; '' would write into the current folder (say -o . for that)");
  if (o.quiet && o.verbose) throw new UsageError('--quiet and --verbose cannot be used together');
  if (o.inputs.filter((i) => i === '-').length > 1) throw new UsageError('standard input (-) can be given only once');
  if (o.stdout) {
    const perDocument = documentFormats(o.formats);
    if (perDocument.length !== 1 || o.formats.length !== 1) {
      throw new UsageError(`--stdout prints one per-document format: use it with --format ${documentFormats(FORMATS).map((f) => f.name).join(', ')}`);
    }
    if (o.resume) throw new UsageError('--resume needs output files; it cannot be used with --stdout');
  }
}
