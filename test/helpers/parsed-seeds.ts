/**
 * The seeds parsed with the default options, once for every test file that
 * needs them (the golden extraction and structure tests) and once for every
 * run of the suite that changes nothing they depend on: test/global-setup.ts
 * fills a cache named by a hash of the sources, the dictionary, the package
 * and the seeds, and the tests read it. A test file run alone, with no cache
 * for the sources as they are, parses what it needs itself.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFile } from '../../src/api.js';
import type { Root } from '../../src/tree.js';
import type { DirectiveDocument } from '../../src/types.js';

const REPO = join(import.meta.dirname, '..', '..');
const SEEDS = join(REPO, 'seeds');

export interface ParsedSeed {
  document: DirectiveDocument;
  tree: Root;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/** What a parse of a seed depends on, hashed: the checkout, every source file, every dictionary file, the package and the seed. */
function cacheKey(): string {
  // The checkout too: the documents record their absolute paths, and node_modules may be shared between checkouts.
  const hash = createHash('sha256').update(REPO).update('\0');
  for (const file of [...walk(join(REPO, 'src')), ...walk(join(REPO, 'dict')), ...walk(SEEDS), join(REPO, 'package.json')]) {
    hash.update(relative(REPO, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

let dir: string | null = null;
function cacheDir(): string {
  dir ??= join(REPO, 'node_modules', '.cache', 'directive-parse-tests', `seeds-${cacheKey()}`);
  return dir;
}

/** The seeds' file names (the `.txt` files of seeds/). */
export const seedNames = (): string[] => readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

async function parseSeed(name: string): Promise<ParsedSeed> {
  const { document, tree } = await parseFile(join(SEEDS, name));
  return { document, tree };
}

/** Fills the cache for the sources as they are, where it lacks a seed. */
export async function fillSeedCache(): Promise<void> {
  for (const name of seedNames()) await parsedSeed(name);
}

/** A seed parsed with the default options: from the cache when there is one, else parsed now and kept there. */
export async function parsedSeed(name: string): Promise<ParsedSeed> {
  const cached = join(cacheDir(), `${name}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as ParsedSeed;
  const parsed = await parseSeed(name);
  mkdirSync(cacheDir(), { recursive: true });
  const building = `${cached}.${process.pid}.tmp`;
  writeFileSync(building, JSON.stringify(parsed));
  renameSync(building, cached);
  return parsed;
}
