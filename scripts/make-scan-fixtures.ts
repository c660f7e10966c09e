/**
 * Renders clean directive text into the files clerks are handed, for the
 * scan tests and the scans bench: the text typeset on A4 pages as ocr-sim
 * does (Liberation Serif 14 pt, 300 dpi) and degraded like a scan
 * (downsampling, blur, noise, a small rotation, binarisation), then written
 * as
 *   NAME.png       the first page, a phone photo or single-page scan
 *   NAME.tif       every page, one multi-page TIFF (CCITT G4, as office scanners write)
 *   NAME.scan.pdf  every page, an image-only PDF (no text layer)
 *   NAME.text.pdf  every page typeset as a born-digital PDF, with its text layer
 *   NAME.docx      the text as a Word file: paragraphs, the two-column heading and signature as tables, the appendix as a table
 *   NAME.pNN.png   each page on its own (--kinds pages; for the bench)
 *   encrypted.pdf  a one-line PDF with a user password (--kinds encrypted-pdf)
 *
 *   npx tsx scripts/make-scan-fixtures.ts [--out DIR] [--severity light|medium|heavy] [--seed N] [--kinds png,tif,scan-pdf,text-pdf,docx,pages] TEXT...
 *
 * Without TEXT it makes the committed fixtures: fixtures/scans/ from
 * fixtures/heldout/an-giang-kh-ubnd.txt at medium severity. Needs Debian's
 * pango1.0-tools, fonts-liberation, imagemagick, poppler-utils and ghostscript (the
 * product and its tests need none of them: the results are committed).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { docx } from './scans/docx-writer.js';
import { imagePdf, type BitonalPage } from './scans/pdf-writer.js';
import { textBlocks } from './scans/text-blocks.js';

export type Severity = 'light' | 'medium' | 'heavy';

/** ocr-sim's degradations, severity by severity. */
const DEGRADE: Readonly<Record<Severity, string[]>> = {
  light: ['-resize', '75%', '-blur', '0x0.4', '-attenuate', '0.2', '+noise', 'Gaussian', '-rotate', '0.2', '-threshold', '58%'],
  medium: ['-resize', '62%', '-blur', '0x0.7', '-attenuate', '0.4', '+noise', 'Gaussian', '-rotate', '0.4', '-threshold', '60%'],
  heavy: ['-resize', '52%', '-blur', '0x0.9', '-attenuate', '0.6', '+noise', 'Gaussian', '-rotate', '0.8', '-threshold', '62%'],
};

/** ImageMagick's own convert (the one on PATH may be a wrapper). */
const CONVERT = '/usr/bin/convert';
const LINES_PER_PAGE = 42;

/** Pages by paragraphs, as ocr-sim cuts them: a line of over 85 characters counts as the lines it wraps to. */
export function paginate(text: string): string[] {
  const pages: string[][] = [[]];
  let used = 0;
  for (const line of text.replace(/\r\n?/gu, '\n').replace(/\n$/u, '').split('\n')) {
    const height = Math.floor(line.length / 85) + 1;
    if (used + height > LINES_PER_PAGE && used > 0) {
      pages.push([]);
      used = 0;
    }
    pages.at(-1)!.push(line);
    used += height;
  }
  return pages.map((p) => `${p.join('\n')}\n`);
}

function run(command: string, args: string[]): Buffer {
  return execFileSync(command, args, { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
}

/** Typesets a page at 300 dpi; `pdf` writes a vector PDF instead of a PNG. */
function typeset(pageText: string, out: string, work: string): void {
  const source = join(work, `${basename(out)}.txt`);
  writeFileSync(source, pageText);
  run('pango-view', ['--no-display', '--font=Liberation Serif 14', '--width=468', '--dpi=300', '--justify', '--margin=150', `--output=${out}`, source]);
}

export interface ScannedPage {
  /** The degraded page, a bilevel PNG. */
  png: string;
  text: string;
}

/** Every page of `text` typeset and degraded: PNG files in `work`. */
export function scanPages(text: string, severity: Severity, seed: number, work: string, name: string): ScannedPage[] {
  return paginate(text).map((pageText, i) => {
    const clean = join(work, `${name}.clean${i + 1}.png`);
    const png = join(work, `${name}.p${String(i + 1).padStart(2, '0')}.png`);
    typeset(pageText, clean, work);
    run(CONVERT, [clean, '-colorspace', 'Gray', '-seed', String(seed + i), ...DEGRADE[severity], '-type', 'bilevel', png]);
    return { png, text: pageText };
  });
}

function bitonal(png: string): BitonalPage {
  const [width, height] = run('identify', ['-format', '%w %h', png]).toString().split(' ').map(Number) as [number, number];
  return { width, height, bits: new Uint8Array(run(CONVERT, [png, '-depth', '1', 'gray:-'])) };
}

export type Kind = 'png' | 'tif' | 'scan-pdf' | 'text-pdf' | 'docx' | 'pages' | 'encrypted-pdf';
const KINDS: readonly Kind[] = ['png', 'tif', 'scan-pdf', 'text-pdf', 'docx', 'encrypted-pdf'];

export function makeFixtures(textPath: string, outDir: string, severity: Severity, seed: number, kinds: readonly Kind[]): void {
  const name = basename(textPath).replace(/\.txt$/u, '');
  const text = readFileSync(textPath, 'utf8');
  const work = mkdtempSync(join(tmpdir(), 'scan-fixtures-'));
  mkdirSync(outDir, { recursive: true });
  try {
    const needsScan = kinds.some((k) => k === 'png' || k === 'tif' || k === 'scan-pdf' || k === 'pages');
    const pages = needsScan ? scanPages(text, severity, seed, work, name) : [];
    if (kinds.includes('png')) copyFileSync(pages[0]!.png, join(outDir, `${name}.png`));
    if (kinds.includes('pages')) for (const page of pages) copyFileSync(page.png, join(outDir, basename(page.png)));
    if (kinds.includes('tif')) run(CONVERT, [...pages.map((p) => p.png), '-compress', 'Group4', join(outDir, `${name}.tif`)]);
    if (kinds.includes('scan-pdf')) writeFileSync(join(outDir, `${name}.scan.pdf`), imagePdf(pages.map((p) => bitonal(p.png))));
    if (kinds.includes('text-pdf')) {
      const pdfs = paginate(text).map((pageText, i) => {
        const out = join(work, `${name}.text${i + 1}.pdf`);
        typeset(pageText, out, work);
        return out;
      });
      if (pdfs.length === 1) copyFileSync(pdfs[0]!, join(outDir, `${name}.text.pdf`));
      else run('pdfunite', [...pdfs, join(outDir, `${name}.text.pdf`)]);
    }
    if (kinds.includes('docx')) writeFileSync(join(outDir, `${name}.docx`), docx(textBlocks(text)));
    if (kinds.includes('encrypted-pdf')) {
      const plain = join(work, 'plain.pdf');
      typeset('Kế hoạch số 1/KH-UBND\n', plain, work);
      run('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-sOwnerPassword=owner', '-sUserPassword=user', '-o', join(outDir, 'encrypted.pdf'), plain]);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main(argv: string[]): void {
  let out = 'fixtures/scans';
  let severity: Severity = 'medium';
  let seed = 1;
  let kinds: Kind[] = [...KINDS];
  const texts: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') out = argv[++i]!;
    else if (arg === '--severity') severity = argv[++i] as Severity;
    else if (arg === '--seed') seed = Number(argv[++i]);
    else if (arg === '--kinds') kinds = argv[++i]!.split(',') as Kind[];
    else texts.push(arg);
  }
  if (!(severity in DEGRADE)) throw new Error(`--severity must be light, medium or heavy`);
  for (const text of texts.length > 0 ? texts : ['fixtures/heldout/an-giang-kh-ubnd.txt']) makeFixtures(text, out, severity, seed, kinds);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
