/**
 * The command line: commander's program definition, and its result checked
 * and turned into plain options. Every mistake is a usage error (exit 2) with
 * a message saying what was wrong and what is allowed.
 */
import { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { parseEncodingName } from '../read/index.js';
import { DEFAULT_DPI, DEFAULT_OCR_LANG, OCR_MODES, type OcrMode } from '../read/scan/options.js';
import type { EncodingName, InputFormat } from '../types.js';
import { translator, type Translator } from '../i18n/catalogue.js';
import { isLang, langFromEnv, LANGS, type Lang } from '../i18n/lang.js';
import { VERSION } from '../run-info.js';
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
  /** Workers asked for with --jobs; null for as many as the machine takes (batch/worker-budget.ts). */
  jobs: number | null;
  color: boolean | undefined;
  /** --as-of: the day the HTML report counts deadlines as overdue from (ISO); null: no overdue. */
  asOf: string | null;
  ocr: OcrMode;
  ocrLang: string;
  dpi: number;
  /** The language of messages, the summary, --help and the workbook's headings. */
  lang: Lang;
  /** Where to write the run report (--report), if anywhere. */
  report: string | undefined;
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

/** A calendar date written yyyy-mm-dd, checked to exist (no 2025-02-30). */
function isoDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value.trim());
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.toISOString().slice(0, 10) !== m[0]) throw new InvalidArgumentError('use a date written yyyy-mm-dd, such as 2025-11-30');
  return m[0];
}

function ocrLang(value: string): string {
  if (!/^[a-z_]+(?:\+[a-z_]+)*$/iu.test(value)) throw new InvalidArgumentError("use Tesseract language codes joined by '+' (vie, vie+eng)");
  return value;
}

function dpi(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 72 || n > 1200) throw new InvalidArgumentError('must be a whole number from 72 to 1200');
  return n;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('must be a whole number from 1 to 256');
  return n;
}

/** The formats --stdout prints: the per-document ones but html, whose pages link to each other. */
function stdoutFormats(): string {
  return documentFormats(FORMATS)
    .map((f) => f.name)
    .filter((f) => f !== 'html')
    .join(', ');
}

export function buildProgram(t: Translator = translator('en')): Command {
  const perDocument = stdoutFormats();
  return new Command('directive-parse')
    .description(t('help.description'))
    .usage(t('help.usage'))
    .argument('[inputs...]', t('help.inputs'))
    .option('-o, --out <dir>', t('help.out'), 'out')
    .option('-f, --format <list>', t('help.format', { formats: FORMATS.join(', ') }), formatList, ['json', 'csv'] as OutputFormat[])
    .option('--stdout', t('help.stdout', { formats: perDocument }))
    .option('-e, --encoding <name>', t('help.encoding'), encoding)
    .addOption(new Option('--input-format <kind>', t('help.inputFormat')).choices(['text', 'markdown']))
    .option('--no-restore', t('help.noRestore'))
    .option('-d, --dict <file>', t('help.dict'))
    .option('--dict-dir <dir>', t('help.dictDir'))
    .addOption(new Option('--tone-style <style>', t('help.toneStyle')).choices(['classic', 'modern']).default('classic'))
    .option('--explain', t('help.explain'))
    .option('-q, --quiet', t('help.quiet'))
    .option('-v, --verbose', t('help.verbose'))
    .option('--fail-fast', t('help.failFast'))
    .option('--resume', t('help.resume'))
    .option('--timestamps', t('help.timestamps'))
    .option('--as-of <date>', t('help.asOf'), isoDate)
    .addOption(new Option('--ocr <mode>', t('help.ocr')).choices(OCR_MODES).default('auto'))
    .option('--ocr-lang <langs>', t('help.ocrLang'), ocrLang, DEFAULT_OCR_LANG)
    .option('--dpi <n>', t('help.dpi'), dpi, DEFAULT_DPI)
    .option('-j, --jobs <n>', t('help.jobs'), positiveInt)
    .option('--color', t('help.color'))
    .option('--no-color', t('help.noColor'))
    .addOption(new Option('--lang <lang>', t('help.lang')).choices(LANGS))
    .option('--report <file>', t('help.report'))
    .version(VERSION, '-V, --version', t('help.version'))
    .helpOption('-h, --help', t('help.help'))
    .configureHelp({ formatHelp: (cmd, helper) => localHelp(new Help().formatHelp(cmd, helper), t) })
    .exitOverride();
}

/** Commander's own words in the help (headings, defaults and choices) in the interface's language. */
function localHelp(text: string, t: Translator): string {
  return text
    .replace(/^Usage:/mu, t('help.title.usage'))
    .replace(/^Arguments:/mu, t('help.title.arguments'))
    .replace(/^Options:/mu, t('help.title.options'))
    .replace(/\(default: /gu, `(${t('help.default')}: `)
    .replace(/\(choices: /gu, `(${t('help.choices')}: `);
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
  asOf?: string;
  ocr: OcrMode;
  ocrLang: string;
  dpi: number;
  lang?: Lang;
  report?: string;
}

/** --lang as given, else the locale's: known before commander runs, since --help is written in it. */
export function langOf(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  for (let i = argv.length - 1; i >= 0; i--) {
    const arg = argv[i]!;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined && isLang(value)) return value;
  }
  return langFromEnv(env);
}

/** Commander's own error, said once in the interface's language. */
function usageMessage(err: CommanderError, t: Translator): string {
  const quoted = /'([^']+)'/u.exec(err.message)?.[1] ?? '';
  switch (err.code) {
    case 'commander.unknownOption':
      return t('usage.unknownOption', { option: quoted });
    case 'commander.optionMissingArgument':
      return t('usage.missingArgument', { option: quoted });
    case 'commander.invalidArgument':
      return t('usage.badValue', { option: quoted, value: /argument '([^']*)' is invalid/u.exec(err.message)?.[1] ?? '', reason: err.message.replace(/^error: .*? is invalid\. ?/u, '') });
    default:
      return err.message.replace(/^error: /u, '');
  }
}

/**
 * Parses `argv` (without node and the script). Help and version print and
 * return null; mistakes throw UsageError, which the caller prints once.
 */
export function parseCommandLine(
  argv: readonly string[],
  write: { out: (s: string) => void; err: (s: string) => void },
  env: Readonly<Record<string, string | undefined>> = {},
): CliOptions | null {
  const lang = langOf(argv, env);
  const t = translator(lang);
  const program = buildProgram(t).configureOutput({ writeOut: write.out, writeErr: write.err, outputError: () => {} });
  try {
    program.parse([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return null;
      throw new UsageError(`${usageMessage(err, t)}\n${t('usage.hint')}`);
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
    jobs: raw.jobs ?? null,
    color: raw.color,
    asOf: raw.asOf ?? null,
    ocr: raw.ocr,
    ocrLang: raw.ocrLang,
    dpi: raw.dpi,
    lang: raw.lang ?? lang,
    report: raw.report,
  };
  check(options, program, t);
  return options;
}

function check(o: CliOptions, program: Command, t: Translator): void {
  if (o.inputs.length === 0) throw new UsageError(`${t('usage.noInput')}\n${program.helpInformation()}`);
  // An empty name resolves to the current folder: outputs and batch CSVs would land among whatever is there.
  if (o.outDir.trim() === '') throw new UsageError(t('usage.emptyOut'));
  if (o.quiet && o.verbose) throw new UsageError(t('usage.quietVerbose'));
  if (o.inputs.filter((i) => i === '-').length > 1) throw new UsageError(t('usage.stdinTwice'));
  if (o.stdout) {
    const perDocument = documentFormats(o.formats);
    // A page of the HTML report links to the others: it is made as files only.
    if (perDocument.length !== 1 || o.formats.length !== 1 || o.formats[0] === 'html') {
      throw new UsageError(t('usage.stdoutFormat', { formats: stdoutFormats() }));
    }
    if (o.resume) throw new UsageError(t('usage.stdoutResume'));
  }
}
