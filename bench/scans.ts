/**
 * npm run bench:scans — reading scanned pages: ours (tesseract.js with the
 * vie model, in process) against the native Tesseract CLI with the same
 * model (Debian tesseract-ocr-vie, what OCRmyPDF runs), on pages made from
 * texts the dictionary never learned from (fixtures/heldout, then
 * fixtures/corpus until --pages is reached).
 *
 *   npx tsx bench/scans.ts [--pages 30] [--speed-pages 12] [--severities light,medium,heavy] [--skip-accuracy] [--skip-speed] [--keep] [--cache DIR]
 *
 * `--cache DIR` keeps each page's native text and our read (text, pages, word confidences) in
 * DIR/SEVERITY/PAGE.json and reuses them when there: only the restoration is run again (for
 * trying restorer changes; the OCR engines and the page maker must not have changed).
 * `--dict-dir DIR` restores with that dictionary folder instead of dict/; `--texts A,B` reads
 * those texts instead (calibration pages: texts the bench does not measure); `--threshold
 * NATS` sets the vie marks' threshold (src/restore/vie/threshold.ts).
 *
 * For each severity the texts are typeset and degraded as ocr-sim does
 * (scripts/make-scan-fixtures.ts), one PNG per page, and each page is read
 *   - by `tesseract PAGE - -l vie` (native),
 *   - by our read stage (raw: the OCR text as read),
 *   - and restored: from that text alone (`parse` of the string), and as the
 *     pipeline restores a scan, with Tesseract's word confidences (`parse`
 *     of the image);
 * syllable accuracy (as ../shared/tools/score-restore.mjs counts it) is
 * summed over the pages, and the pages where restoration lowered accuracy
 * are counted and named (each page's running figures go to stderr, so a
 * run cut short still tells what it measured). Speed: the command end to end (`bin/directive-parse`, txt
 * output) over the first --speed-pages medium pages with --jobs 1 and 2,
 * against native tesseract run one and two pages at a time, each native
 * process held to one thread (OMP_THREAD_LIMIT=1) so that `-j N` is N cores
 * on both sides. The machine is shared: the load average is printed with
 * the speeds.
 *
 * Needs Debian tesseract-ocr, tesseract-ocr-vie, pango1.0-tools,
 * fonts-liberation, imagemagick and poppler-utils: installed with apt-get
 * when missing (the product needs none of them).
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { parse, parseRead, sharedRestorer } from '../src/api.js';
import { closeOcr, readInput, type ReadOk } from '../src/read/index.js';
import { makeFixtures, paginate, type Severity } from '../scripts/make-scan-fixtures.js';
import { syllableErrors, syllableTokens } from './syllable-errors.js';

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '30' },
    'speed-pages': { type: 'string', default: '12' },
    severities: { type: 'string', default: 'light,medium,heavy' },
    keep: { type: 'boolean', default: false },
    'skip-accuracy': { type: 'boolean', default: false },
    'skip-speed': { type: 'boolean', default: false },
    cache: { type: 'string' },
    'dict-dir': { type: 'string' },
    texts: { type: 'string' },
    threshold: { type: 'string' },
  },
});
const wantPages = Number(values.pages);
const speedPages = Number(values['speed-pages']);
const severities = values.severities!.split(',') as Severity[];

function ensureTools(): void {
  const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
  const vie = has('tesseract') && execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).split('\n').includes('vie');
  if (vie && has('pango-view') && existsSync('/usr/bin/convert') && has('pdfunite')) return;
  console.error('bench:scans: installing tesseract-ocr-vie, pango1.0-tools, fonts-liberation, imagemagick, poppler-utils with apt-get');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'tesseract-ocr', 'tesseract-ocr-vie', 'pango1.0-tools', 'fonts-liberation', 'imagemagick', 'poppler-utils'], { stdio: 'inherit' });
}


/** Texts the dictionary never learned from: the held-out plans, then the corpus of real directives, until there are enough pages. */
function chooseTexts(): string[] {
  if (values.texts !== undefined) return values.texts.split(',').map((t) => resolve(t));
  const heldout = readdirSync(join(root, 'fixtures', 'heldout')).filter((f) => /^[a-z-]+\.txt$/u.test(f)).sort().map((f) => join(root, 'fixtures', 'heldout', f));
  const corpus = readdirSync(join(root, 'fixtures', 'corpus')).filter((f) => /^[0-9a-f]+\.txt$/u.test(f)).sort().map((f) => join(root, 'fixtures', 'corpus', f));
  const texts: string[] = [];
  let pages = 0;
  for (const t of [...heldout, ...corpus]) {
    if (pages >= wantPages) break;
    texts.push(t);
    pages += paginate(readFileSync(t, 'utf8')).length;
  }
  return texts;
}

interface Page {
  png: string;
  truth: string;
}

function pagesOf(texts: readonly string[], dir: string, severity: Severity): Page[] {
  const pages: Page[] = [];
  for (const text of texts) {
    // A text whose first page is cached was read before: the pages the bench reads of it are cached.
    const cached = values.cache !== undefined && existsSync(cachePath(severity, `${text.split('/').pop()!.replace(/\.txt$/u, '')}.p01.png`));
    if (!cached) makeFixtures(text, dir, severity, 1, ['pages']);
    const name = text.split('/').pop()!.replace(/\.txt$/u, '');
    paginate(readFileSync(text, 'utf8')).forEach((truth, i) => pages.push({ png: join(dir, `${name}.p${String(i + 1).padStart(2, '0')}.png`), truth }));
  }
  return pages.slice(0, wantPages);
}

/** `--dict-dir`: restore with another dictionary folder (to measure a table's part). */
const dictOptions = values['dict-dir'] === undefined ? {} : { dictDir: resolve(values['dict-dir']) };

// `--threshold NATS`: the vie marks' threshold (src/restore/vie/threshold.ts), for calibrating it.
if (values.threshold !== undefined) {
  const marks = sharedRestorer(dictOptions).parts.vieMarks;
  if (marks) marks.threshold = Number(values.threshold);
}

const cachePath = (severity: string, png: string): string => join(resolve(values.cache!), severity, `${png.split('/').pop()!}.json`);

/** The native text and our read of a page, from the cache when it has them (see --cache). */
async function readPage(severity: string, png: string): Promise<{ native: string; read: ReadOk }> {
  const path = values.cache === undefined ? null : cachePath(severity, png);
  if (path !== null && existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as { native: string; read: ReadOk };
  const read = await readInput(png);
  if (!read.ok) throw new Error(read.message);
  const page = { native: await native(png), read };
  if (path !== null) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(page));
  }
  return page;
}

async function native(png: string): Promise<string> {
  return (await run('tesseract', [png, '-', '-l', 'vie'], { maxBuffer: 1 << 26, env: { ...process.env, OMP_THREAD_LIMIT: '1' } })).stdout;
}

/** Runs `work` over `items`, `jobs` at a time; wall-clock seconds. */
async function timed<T>(items: readonly T[], jobs: number, work: (item: T) => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  let next = 0;
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const fmt = (x: number): string => x.toFixed(4);

interface Tally {
  errors: number;
  /** Pages where restoration lowered accuracy, with their raw and restored errors. */
  worse: string[];
}

function tally(): Tally {
  return { errors: 0, worse: [] };
}

/**
 * Restored twice: from the text alone (as `parse` of a string restores it) and as the
 * pipeline restores a scan, with Tesseract's word confidences (`parse` of the image).
 */
async function accuracy(severity: Severity, pages: readonly Page[]): Promise<string> {
  let truthTokens = 0;
  let nativeErr = 0;
  let rawErr = 0;
  const textOnly = tally();
  const withConf = tally();
  for (const page of pages) {
    const { native: n, read } = await readPage(severity, page.png);
    const scan = await parseRead(read, dictOptions);
    const raw = String(scan.file.value);
    const restoredTextOnly = (await parse(raw, { path: page.png, ...dictOptions })).restoredText;
    const r = syllableErrors(raw, page.truth);
    const t = syllableTokens(page.truth).length;
    const e = syllableErrors(n, page.truth);
    truthTokens += t;
    nativeErr += e;
    rawErr += r;
    const name = page.png.split('/').pop()!;
    const count = (into: Tally, restored: string): number => {
      const s = syllableErrors(restored, page.truth);
      into.errors += s;
      if (s > r) into.worse.push(`${name} (${r}→${s} of ${t})`);
      return s;
    };
    const s1 = count(textOnly, restoredTextOnly);
    const s2 = count(withConf, scan.restoredText);
    console.error(
      `${severity} ${name}: ${t} syllables, errors native ${e} raw ${r} restored ${s1} with confidences ${s2}; running native ${fmt(1 - nativeErr / truthTokens)} raw ${fmt(1 - rawErr / truthTokens)} restored ${fmt(1 - textOnly.errors / truthTokens)} with confidences ${fmt(1 - withConf.errors / truthTokens)}`,
    );
  }
  const acc = (e: number): string => fmt(1 - e / truthTokens);
  const worse = (t: Tally): string => `${t.worse.length}${t.worse.length > 0 ? `: ${t.worse.join(', ')}` : ''}`;
  return `| ${severity} | ${pages.length} | ${truthTokens} | ${acc(nativeErr)} | ${acc(rawErr)} | ${acc(textOnly.errors)} | ${acc(withConf.errors)} | ${worse(textOnly)} | ${worse(withConf)} |`;
}

async function speed(pages: readonly Page[], work: string): Promise<string[]> {
  const dir = join(work, 'speed');
  mkdirSync(dir, { recursive: true });
  for (const p of pages) execFileSync('cp', [p.png, dir]);
  const rows: string[] = [];
  for (const jobs of [1, 2]) {
    const nativeSecs = await timed(pages, jobs, (p) => native(p.png));
    const out = join(work, `out-${jobs}`);
    const oursSecs = await timed([0], 1, () => run(process.execPath, [join(root, 'bin', 'directive-parse'), dir, '-o', out, '-f', 'txt', '-j', String(jobs), '-q'], { maxBuffer: 1 << 26 }));
    const load = loadavg()[0]!.toFixed(1);
    rows.push(`| ${jobs} | ${pages.length} | ${(pages.length / nativeSecs).toFixed(3)} | ${(pages.length / oursSecs).toFixed(3)} | ${(nativeSecs / oursSecs).toFixed(2)} | ${load} |`);
  }
  return rows;
}

async function main(): Promise<void> {
  ensureTools();
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is not built: run npm run build first');
  const work = mkdtempSync(join(tmpdir(), 'bench-scans-'));
  try {
    const texts = chooseTexts();
    console.log(`texts: ${texts.map((t) => t.replace(`${root}/`, '')).join(', ')}\n`);
    let mediumPages: Page[] = [];
    if (!values['skip-accuracy']) {
      console.log('| severity | pages | syllables | native tesseract vie | ours raw | ours restored, text only | ours restored with OCR word confidences | pages below raw, text only (errors raw→restored) | pages below raw, with confidences |');
      console.log('|---|---|---|---|---|---|---|---|---|');
      for (const severity of severities) {
        const pages = pagesOf(texts, join(work, severity), severity);
        if (severity === 'medium') mediumPages = pages;
        console.log(await accuracy(severity, pages));
      }
      await closeOcr();
    }
    if (values['skip-speed']) return;
    const speedSet = (mediumPages.length > 0 ? mediumPages : pagesOf(texts, join(work, 'medium'), 'medium')).slice(0, speedPages);
    console.log('\n| jobs | pages | native pages/s | ours pages/s (command, end to end) | ours / native | load |');
    console.log('|---|---|---|---|---|---|');
    for (const row of await speed(speedSet, work)) console.log(row);
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
    else console.log(`\npages kept in ${work}`);
  }
}

await main();
