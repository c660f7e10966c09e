/**
 * The document's `run` record (src/types.ts RunInfo): the tool's version and
 * the options that shape a document, with the dictionary named by the hash of
 * its files rather than by their path or times — a dictionary copied, synced
 * or rebuilt to the same bytes is the same dictionary, and one edited in
 * place is not. `parse` writes the record; --resume compares it with the one
 * a run now would write.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { AGENCIES_FILE, openDictionary, PLACES_FILE, SYLLABLES_FILE } from './dict/index.js';
import { DEFAULT_LOW_CONFIDENCE } from './restore/index.js';
import { DEFAULT_DPI, DEFAULT_OCR_LANG, type OcrMode } from './read/scan/options.js';
import type { UserDictionary } from './restore/user-dict.js';
import type { EncodingName, InputFormat, RunInfo } from './types.js';

/** package.json is one folder up from this module, in the sources (src/) and built (dist/) alike. */
export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** The files extraction reads, restored or not: those of the dictionary the document is made with. */
const EXTRACT_FILES = [AGENCIES_FILE, SYLLABLES_FILE] as const;

const EMPTY_USER_DICT: UserDictionary = { phrases: [], corrections: [] };

function addFile(hash: Hash, label: string, path: string): void {
  const bytes = readFileSync(path);
  hash.update(`${label}\u0000${bytes.length}\u0000`).update(bytes);
}

/** What restored the text: the dictionary folder and the user dictionary's entries (parsed, so that comments and spacing do not count). */
export interface DictionarySource {
  dictDir: string;
  userDict?: UserDictionary;
}

/**
 * The `dictionary` of the record: a hash over the extraction files of the
 * dictionary in use (the restorer's folder, else the package's dict/), and
 * with a restorer every regular file of its folder (by name, in order) and its
 * user dictionary; without one, the package's places gazetteer, which the
 * header is read by then (src/pipeline.ts). Reads the files (some 6 MB with
 * the built-in dictionary): compute it once per restorer.
 */
export function dictionaryIdentity(restorer: DictionarySource | null): string {
  const hash = createHash('sha256');
  const dictionary = openDictionary(restorer?.dictDir);
  for (const file of EXTRACT_FILES) {
    const path = dictionary.path(file);
    // The syllable inventory may be missing (extraction then reads every word as a possible cue); the gazetteer may not.
    if (file === AGENCIES_FILE || existsSync(path)) addFile(hash, file, path);
  }
  const places = dictionary.path(PLACES_FILE);
  if (!restorer && existsSync(places)) addFile(hash, PLACES_FILE, places);
  if (restorer) {
    const files = readdirSync(dictionary.dir).filter((f) => statSync(dictionary.path(f)).isFile()).sort();
    for (const file of files) addFile(hash, `dict/${file}`, dictionary.path(file));
    hash.update(`user\u0000${JSON.stringify(restorer.userDict ?? EMPTY_USER_DICT)}`);
  }
  return hash.digest('hex');
}

/** The options of `parse` that the record names. */
export interface RunOptions {
  restore?: boolean;
  toneStyle?: 'classic' | 'modern';
  lowConfidence?: number;
  encoding?: EncodingName;
  format?: InputFormat;
  part?: { index: number; count: number };
  ocr?: OcrMode;
  ocrLang?: string;
  dpi?: number;
}

/** The record of a document made with these options and this dictionary (`dictionaryIdentity`). */
export function runInfo(options: RunOptions, dictionary: string): RunInfo {
  const restore = options.restore !== false;
  const part = options.part && options.part.count > 1 ? { index: options.part.index, count: options.part.count } : null;
  return {
    version: VERSION,
    restore,
    toneStyle: restore ? (options.toneStyle ?? 'classic') : null,
    lowConfidence: restore ? (options.lowConfidence ?? DEFAULT_LOW_CONFIDENCE) : null,
    encoding: options.encoding ?? null,
    format: options.format ?? null,
    dictionary,
    part,
    ocr: { mode: options.ocr ?? 'auto', lang: options.ocrLang ?? DEFAULT_OCR_LANG, dpi: options.dpi ?? DEFAULT_DPI },
  };
}
