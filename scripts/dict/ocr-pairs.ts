/**
 * The (clean, OCR'd) text pairs the channel is learnt from: the 32 excerpts of
 * ../shared/corpus/train-pairs at three severities, plus pairs generated here
 * with ../shared/tools/ocr-sim from excerpts of other laws of vlc/ (never
 * dev-eval). Generated pairs are cached under .cache/ocr-pairs/ (git-ignored)
 * and regenerated when missing; the list of excerpts, severities and seeds is
 * fixed below, so the same corpus and tools give the same pairs.
 *
 *   npx tsx scripts/dict/ocr-pairs.ts      # fills the cache (about 35 s a pair)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface TextPair {
  name: string;
  severity: string;
  clean: string;
  ocr: string;
}

export const SEVERITIES = ['light', 'medium', 'heavy'] as const;
/** Generated excerpts: how many, how long, and the severities they cycle through. */
export const GENERATED = { excerpts: 48, chars: 9000, cycle: ['medium', 'heavy', 'light', 'heavy'] as const, seedBase: 300 };

const sorted = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

export function trainPairs(corpusDir: string): TextPair[] {
  const dir = join(corpusDir, 'train-pairs');
  const pairs: TextPair[] = [];
  for (const f of sorted(join(dir, 'clean'))) {
    const clean = readFileSync(join(dir, 'clean', f), 'utf8');
    for (const severity of SEVERITIES) {
      const ocr = readFileSync(join(dir, 'ocr', f.replace(/\.txt$/, `.${severity}.txt`)), 'utf8');
      pairs.push({ name: `train-pairs/${f}`, severity, clean, ocr });
    }
  }
  return pairs;
}

/** A run of whole lines from the middle of a law, about `chars` long. */
export function excerpt(text: string, chars: number): string {
  const lines = text.normalize('NFC').split(/\r\n|\n|\r/u).filter((l) => l.trim() !== '' && !/^-{3,}$/u.test(l.trim()));
  const out: string[] = [];
  let size = 0;
  for (let i = Math.floor(lines.length / 3); i < lines.length && size < chars; i++) {
    const line = lines[i]!.length > 2500 ? lines[i]!.slice(0, 2500).replace(/\s\S*$/u, '') : lines[i]!;
    out.push(line);
    size += line.length;
  }
  return out.join('\n\n') + '\n';
}

export interface GeneratedSpec {
  law: string;
  severity: string;
  seed: number;
}

/** The generated pairs: laws of vlc/ not excerpted in train-pairs, in name order. */
export function generatedSpecs(corpusDir: string): GeneratedSpec[] {
  const used = new Set(sorted(join(corpusDir, 'train-pairs', 'clean')));
  const laws = sorted(join(corpusDir, 'vlc')).filter((f) => !used.has(f));
  return laws.slice(0, GENERATED.excerpts).map((law, i) => ({
    law,
    severity: GENERATED.cycle[i % GENERATED.cycle.length]!,
    seed: GENERATED.seedBase + i * 10,
  }));
}

/** Generated pairs from the cache, running ocr-sim for any that is missing. */
export function generatedPairs(corpusDir: string, cacheDir: string, log: (s: string) => void = () => {}): TextPair[] {
  const tool = resolve(corpusDir, '..', 'tools', 'ocr-sim');
  mkdirSync(cacheDir, { recursive: true });
  const pairs: TextPair[] = [];
  for (const spec of generatedSpecs(corpusDir)) {
    const base = join(cacheDir, `${spec.law.replace(/\.txt$/, '')}.${spec.severity}.${spec.seed}`);
    const clean = excerpt(readFileSync(join(corpusDir, 'vlc', spec.law), 'utf8'), GENERATED.chars);
    if (!existsSync(`${base}.ocr.txt`) || readFileSync(`${base}.clean.txt`, 'utf8') !== clean) {
      if (!existsSync(tool)) throw new Error(`${tool}: not found; cannot generate the OCR pair for ${spec.law}`);
      writeFileSync(`${base}.clean.txt`, clean);
      log(`ocr-sim ${spec.severity} seed ${spec.seed} ${spec.law}`);
      execFileSync(tool, ['--severity', spec.severity, '--seed', String(spec.seed), `${base}.clean.txt`, `${base}.tmp`], {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, OMP_THREAD_LIMIT: '1', MAGICK_THREAD_LIMIT: '1' },
      });
      renameSync(`${base}.tmp`, `${base}.ocr.txt`);
    }
    pairs.push({ name: `vlc/${spec.law}`, severity: spec.severity, clean, ocr: readFileSync(`${base}.ocr.txt`, 'utf8') });
  }
  return pairs;
}

export const defaultCacheDir = (rootDir: string): string => join(rootDir, '.cache', 'ocr-pairs');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
  const corpus = resolve(root, '..', 'shared', 'corpus');
  const n = generatedPairs(corpus, defaultCacheDir(root), (s) => console.log(s)).length;
  console.log(`${n} generated pairs in ${defaultCacheDir(root)}`);
}
