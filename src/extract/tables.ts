/**
 * The dictionary tables extraction reads: handed in by the pipeline from the dictionary in
 * use (src/dict: the package's dict/ or --dict-dir), the package's own for callers that
 * hand none.
 */
import { openDictionary, type SyllableCounts } from '../dict/index.js';
import type { Gazetteer } from './agencies/gazetteer.js';
import type { PlaceTable } from '../vi/places.js';

export interface ExtractTables {
  /** The agency gazetteer (agencies.tsv). */
  agencies: Gazetteer;
  /** The syllable inventory (syllables.tsv): words OCR damage is not read into. */
  syllables: SyllableCounts;
  /** The places gazetteer (places.tsv): the places a body's name may end with. */
  places: PlaceTable;
}

export function extractTables(dictionary = openDictionary()): ExtractTables {
  return { agencies: dictionary.agencies(), syllables: dictionary.syllables(), places: dictionary.places() };
}
