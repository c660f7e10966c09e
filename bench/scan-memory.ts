/**
 * Peak memory of reading a 500-page PDF with the command: the texts of the
 * scans bench (fixtures/heldout, then fixtures/corpus) typeset as born-digital
 * PDFs with a text layer (scripts/make-scan-fixtures.ts, `text-pdf`) and
 * joined, whole documents in turn, into one PDF of --pages pages; then
 * `bin/directive-parse BIG.pdf -f json` runs under GNU time, which reports
 * the process's peak RSS. Text layer, not OCR: OCR of 500 pages takes hours
 * on the shared machine; the PDF is opened, read page by page and parsed as
 * one document all the same.
 *
 *   npm run build && npx tsx bench/scan-memory.ts [--pages 500] [--keep] [--ocr]
 *
 * --ocr joins scanned-looking pages with no text layer instead (scan-pdf): every page is OCR'd.
 *
 * Needs pango1.0-tools, fonts-liberation, poppler-utils (pdfunite, pdfinfo)
 * and GNU time (/usr/bin/time). Results: bench/SCANS.md.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeFixtures } from '../scripts/make-scan-fixtures.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { pages: { type: 'string', default: '500' }, keep: { type: 'boolean', default: false }, ocr: { type: 'boolean', default: false } } });
// --ocr: scanned pages with no text layer (make-scan-fixtures' scan-pdf), every page OCR'd.
const kind = values.ocr ? 'scan-pdf' : 'text-pdf';
const wantPages = Number(values.pages);

function pdfPages(pdf: string): number {
  return Number(/^Pages:\s+(\d+)/mu.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
}

function main(): void {
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is not built: run npm run build first');
  const work = mkdtempSync(join(tmpdir(), 'bench-scan-memory-'));
  try {
    const heldout = readdirSync(join(root, 'fixtures', 'heldout')).filter((f) => /^[a-z-]+\.txt$/u.test(f)).sort().map((f) => join(root, 'fixtures', 'heldout', f));
    const corpus = readdirSync(join(root, 'fixtures', 'corpus')).filter((f) => /^[0-9a-f]+\.txt$/u.test(f)).sort().slice(0, 2).map((f) => join(root, 'fixtures', 'corpus', f));
    const docs: { pdf: string; pages: number }[] = [];
    for (const text of [...heldout, ...corpus]) {
      makeFixtures(text, work, 'light', 1, [kind]);
      const pdf = join(work, `${text.split('/').pop()!.replace(/\.txt$/u, '')}.${values.ocr ? 'scan' : 'text'}.pdf`);
      docs.push({ pdf, pages: pdfPages(pdf) });
    }
    // Whole documents in turn while they fit, then one that fills the rest exactly, or the last one swapped for a longer one that does.
    const parts: string[] = [];
    let pages = 0;
    for (let i = 0; ; i++) {
      const doc = docs[i % docs.length]!;
      if (pages + doc.pages > wantPages) break;
      parts.push(doc.pdf);
      pages += doc.pages;
    }
    const rest = wantPages - pages;
    const filler = docs.find((d) => d.pages === rest);
    const last = docs.find((d) => d.pdf === parts.at(-1));
    const longer = last && docs.find((d) => d.pages === last.pages + rest);
    if (filler) parts.push(filler.pdf);
    else if (longer) parts[parts.length - 1] = longer.pdf;
    if (filler || longer) pages += rest;
    const big = join(work, 'big.pdf');
    execFileSync('pdfunite', [...parts, big]);
    const counted = pdfPages(big);
    const out = join(work, 'out');
    const r = spawnSync('/usr/bin/time', ['-f', 'peak %M %e', process.execPath, join(root, 'bin', 'directive-parse'), big, '-o', out, '-f', 'json', '-q'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const timed = /^peak (\d+) ([\d.]+)$/mu.exec(r.stderr);
    if (r.status !== 0 || !timed) throw new Error(`the command failed (${r.status}): ${r.stderr}`);
    const json = readdirSync(out).find((f) => f.endsWith('.json'))!;
    const doc = JSON.parse(readFileSync(join(out, json), 'utf8')) as { source: { kind: string; pages: unknown[] }; tasks: unknown[] };
    console.log(`PDF: ${counted} pages (${parts.length} documents of ${docs.length} texts in turn), ${(statSync(big).size / 1e6).toFixed(1)} MB`);
    console.log(`read as ${doc.source.kind}, ${doc.source.pages.length} pages, ${doc.tasks.length} tasks`);
    console.log(`peak RSS ${(Number(timed[1]) / 1024).toFixed(0)} MiB, ${Number(timed[2]).toFixed(1)} s wall, load average ${loadavg()[0]!.toFixed(1)}`);
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
    else console.log(`kept in ${work}`);
  }
}

main();
