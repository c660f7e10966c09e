/**
 * (clean, OCR) page pairs of the product's own reader: pages of in-domain training text — the
 * official/ directives the language model learns from, which nothing measures
 * (official-held-out.ts) — typeset and degraded as scans (scripts/make-scan-fixtures.ts) and
 * read by tesseract.js with the vie model (src/read), whose confusions differ from those of the
 * native Tesseract ocr-sim runs (`Đảng` read `Đẳng`). The first PAGES pages of the first
 * DOCUMENTS such documents (by name, of at least MIN_CHARS characters), medium and heavy in
 * turn. Cached under .cache/vie-scan-pairs/ (git-ignored); missing pages are read on demand.
 *
 *   npx tsx scripts/dict/vie-scan-pairs.ts     # fills the cache (about 10 s a page)
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { officialTexts } from './lm-corpus.js';
import type { TextPair } from './ocr-pairs.js';
import { makeFixtures, paginate, type Severity } from '../make-scan-fixtures.js';

export const VIE_SCAN_PAIRS = { documents: 12, pages: 3, minChars: 4000, cycle: ['medium', 'heavy'] as const, seed: 900 };

interface ScanSpec {
  name: string;
  severity: Severity;
  text: string;
}

export function vieScanSpecs(rootDir: string, corpusDir: string): ScanSpec[] {
  const docs = officialTexts(rootDir, corpusDir)
    .filter((t) => t.text.length >= VIE_SCAN_PAIRS.minChars)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, VIE_SCAN_PAIRS.documents);
  return docs.map((d, i) => ({
    name: d.name.replace(/^official\//u, '').replace(/\.md$/u, ''),
    severity: VIE_SCAN_PAIRS.cycle[i % VIE_SCAN_PAIRS.cycle.length]!,
    text: paginate(d.text).slice(0, VIE_SCAN_PAIRS.pages).join(''),
  }));
}

const cachePath = (cacheDir: string, s: ScanSpec): string => join(cacheDir, `${s.name}.${s.severity}.json`);

/** The cached page pairs; throws when one is missing (fill the cache first). */
export function vieScanPairs(rootDir: string, corpusDir: string, cacheDir: string): TextPair[] {
  return vieScanSpecs(rootDir, corpusDir).flatMap((s) => {
    const path = cachePath(cacheDir, s);
    if (!existsSync(path)) throw new Error(`${path}: missing; run npx tsx scripts/dict/vie-scan-pairs.ts`);
    const pages = JSON.parse(readFileSync(path, 'utf8')) as Array<{ clean: string; ocr: string }>;
    return pages.map((p, i) => ({ name: `official/${s.name}#p${i + 1}`, severity: s.severity, clean: p.clean, ocr: p.ocr }));
  });
}

export async function fillVieScanCache(rootDir: string, corpusDir: string, cacheDir: string, log: (s: string) => void = () => {}): Promise<void> {
  const { readInput, closeOcr } = await import('../../src/read/index.js');
  mkdirSync(cacheDir, { recursive: true });
  try {
    for (const s of vieScanSpecs(rootDir, corpusDir)) {
      const path = cachePath(cacheDir, s);
      if (existsSync(path)) continue;
      const work = mkdtempSync(join(tmpdir(), 'vie-scan-pairs-'));
      try {
        const textPath = join(work, `${s.name}.txt`);
        writeFileSync(textPath, s.text);
        makeFixtures(textPath, work, s.severity, VIE_SCAN_PAIRS.seed, ['pages']);
        const pages = paginate(s.text);
        const out: Array<{ clean: string; ocr: string }> = [];
        for (let i = 0; i < pages.length; i++) {
          const read = await readInput(join(work, `${s.name}.p${String(i + 1).padStart(2, '0')}.png`));
          if (!read.ok) throw new Error(read.message);
          out.push({ clean: pages[i]!, ocr: read.text });
        }
        writeFileSync(path, JSON.stringify(out));
        log(`${s.severity} ${s.name}: ${pages.length} pages`);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    }
  } finally {
    await closeOcr();
  }
}

export const vieScanCacheDir = (rootDir: string): string => join(rootDir, '.cache', 'vie-scan-pairs');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
  const corpus = resolve(root, '..', 'shared', 'corpus');
  await fillVieScanCache(root, corpus, vieScanCacheDir(root), (s) => console.log(`${new Date().toISOString()} ${s}`));
  console.log(`${vieScanSpecs(root, corpus).length} documents in ${vieScanCacheDir(root)}`);
}
