/**
 * Vietnamese-model OCR of the dev-eval texts: each clean text through
 * ../shared/tools/ocr-sim --lang vie (seed 7, as dev-eval's English-model
 * OCR) at light, medium and heavy severity. Such scans are nearly right, so
 * the restorer is measured on not making them worse: accuracy after
 * restoration against the raw OCR's, file by file. Generated once into
 * .cache/vie-eval/ (git-ignored; about 40 s a file).
 *
 *   npx tsx bench/restore-vie.ts      # fills the cache
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const VIE_SEVERITIES = ['light', 'medium', 'heavy'] as const;
const SEED = 7;

export interface VieInput {
  name: string;
  severity: string;
  truthPath: string;
  ocrPath: string;
}

/** The Vietnamese-model OCR of every dev-eval clean text, generating what the cache lacks. */
export function vieInputs(corpusDir: string, cacheDir: string, log: (s: string) => void = () => {}): VieInput[] {
  const tool = resolve(corpusDir, '..', 'tools', 'ocr-sim');
  const cleanDir = join(corpusDir, 'dev-eval', 'clean');
  mkdirSync(cacheDir, { recursive: true });
  const out: VieInput[] = [];
  for (const f of readdirSync(cleanDir).filter((n) => n.endsWith('.txt')).sort()) {
    const name = f.slice(0, -4);
    for (const severity of VIE_SEVERITIES) {
      const ocrPath = join(cacheDir, `${name}.${severity}.vie.txt`);
      if (!existsSync(ocrPath)) {
        log(`ocr-sim --lang vie ${severity} ${name}`);
        execFileSync(tool, ['--lang', 'vie', '--severity', severity, '--seed', String(SEED), join(cleanDir, f), `${ocrPath}.tmp`], {
          stdio: ['ignore', 'ignore', 'inherit'],
          env: { ...process.env, OMP_THREAD_LIMIT: '1', MAGICK_THREAD_LIMIT: '1' },
        });
        renameSync(`${ocrPath}.tmp`, ocrPath);
      }
      out.push({ name, severity, truthPath: join(cleanDir, f), ocrPath });
    }
  }
  return out;
}

export const vieCacheDir = (rootDir: string): string => join(rootDir, '.cache', 'vie-eval');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '..', '..');
  const n = vieInputs(resolve(root, '..', 'shared', 'corpus'), vieCacheDir(root), (s) => console.log(s)).length;
  console.log(`${n} Vietnamese-model OCR texts in ${vieCacheDir(root)}`);
}
