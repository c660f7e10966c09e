/**
 * The dictionary folder and the tables the stages are handed from it: the package's own
 * dict/ (found relative to this module, so it works from src/ and dist/ alike) or the
 * folder --dict-dir names. A folder's tables are read once per process, when first asked
 * for, and shared by every stage that is handed them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlaceRows } from '../vi/place-rows.js';
import { PlaceTable } from '../vi/places.js';

export const DEFAULT_DICT_DIR = fileURLToPath(new URL('../../dict/', import.meta.url));
export const PLACES_FILE = 'places.tsv';

export interface Dictionary {
  readonly dir: string;
  /** The places gazetteer; empty when the folder has no places.tsv (one built before it existed). */
  places(): PlaceTable;
}

const opened = new Map<string, Dictionary>();

export function openDictionary(dir: string = DEFAULT_DICT_DIR): Dictionary {
  const at = resolve(dir);
  let dictionary = opened.get(at);
  if (!dictionary) {
    let places: PlaceTable | undefined;
    dictionary = {
      dir: at,
      places: () => (places ??= loadPlaceTable(join(at, PLACES_FILE))),
    };
    opened.set(at, dictionary);
  }
  return dictionary;
}

function loadPlaceTable(path: string): PlaceTable {
  return new PlaceTable(existsSync(path) ? parsePlaceRows(readFileSync(path, 'utf8'), path) : []);
}

/** The package's own places gazetteer: for callers that hand a stage none. */
export const defaultPlaces = (): PlaceTable => openDictionary().places();
