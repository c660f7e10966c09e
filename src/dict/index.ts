/**
 * The dictionary folder and the tables the stages are handed from it: the package's own
 * dict/ (found relative to this module, so it works from src/ and dist/ alike) or the
 * folder --dict-dir names. This is the one module that knows the folder and its file
 * names; the stages take tables (or, for the restorer's binary model, a file's path) from
 * it. A folder's tables are read once per process, when first asked for, and shared by
 * every stage that is handed them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGazetteer, type Gazetteer } from '../extract/agencies/gazetteer.js';
import { parsePlaceRows } from '../vi/place-rows.js';
import { PlaceTable } from '../vi/places.js';

export const DEFAULT_DICT_DIR = fileURLToPath(new URL('../../dict/', import.meta.url));

/** The syllable language model (src/restore/lm/format.ts). */
export const LM_FILE = 'lm.bin';
/** The learnt OCR channel (src/restore/channel/format.ts). */
export const CHANNEL_FILE = 'channel.bin';
/** Symbol codes and non-syllable words the restorer keeps (src/restore/protect/lists.ts). */
export const PROTECTED_FILE = 'protected.tsv';
/** The places gazetteer (src/vi/place-rows.ts). */
export const PLACES_FILE = 'places.tsv';
/** The agency gazetteer, written by hand (src/extract/agencies/gazetteer.ts). */
export const AGENCIES_FILE = 'agencies.tsv';
/** Vietnamese-model OCR confusions between valid syllables (src/restore/vie/confusions.ts). */
export const VIE_CONFUSIONS_FILE = 'vie-confusions.tsv';
/** The syllable inventory with corpus counts: `syllable TAB count` per line. */
export const SYLLABLES_FILE = 'syllables.tsv';

/** Syllable (lower case, NFC) → how often the corpus has it. */
export type SyllableCounts = ReadonlyMap<string, number>;

export interface Dictionary {
  readonly dir: string;
  /** The language model's file, which a batch reads once into memory its workers share. */
  readonly languageModel: string;
  /** Where the folder keeps one of its files (one of the `*_FILE` names). */
  path(file: string): string;
  /** The places gazetteer; empty when the folder has no places.tsv (one built before it existed). */
  places(): PlaceTable;
  /** The agency gazetteer; throws, naming the file, when the folder has none. */
  agencies(): Gazetteer;
  /** The syllable inventory; empty when the folder has none. */
  syllables(): SyllableCounts;
}

const opened = new Map<string, Dictionary>();

export function openDictionary(dir: string = DEFAULT_DICT_DIR): Dictionary {
  const at = resolve(dir);
  let dictionary = opened.get(at);
  if (!dictionary) {
    let places: PlaceTable | undefined;
    let agencies: Gazetteer | undefined;
    let syllables: SyllableCounts | undefined;
    const path = (file: string): string => join(at, file);
    dictionary = {
      dir: at,
      languageModel: path(LM_FILE),
      path,
      places: () => (places ??= loadPlaceTable(path(PLACES_FILE))),
      agencies: () => (agencies ??= parseGazetteer(readFileSync(path(AGENCIES_FILE), 'utf8'))),
      syllables: () => (syllables ??= loadSyllables(path(SYLLABLES_FILE))),
    };
    opened.set(at, dictionary);
  }
  return dictionary;
}

function loadPlaceTable(path: string): PlaceTable {
  return new PlaceTable(existsSync(path) ? parsePlaceRows(readFileSync(path, 'utf8'), path) : []);
}

function loadSyllables(path: string): SyllableCounts {
  const counts = new Map<string, number>();
  if (!existsSync(path)) return counts;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [syllable, count] = line.split('\t');
    const key = syllable?.normalize('NFC');
    if (key) counts.set(key, Math.max(counts.get(key) ?? 0, Number(count)));
  }
  return counts;
}

/** The package's own places gazetteer: for callers that hand a stage none. */
export const defaultPlaces = (): PlaceTable => openDictionary().places();
