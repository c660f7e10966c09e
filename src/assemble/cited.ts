/** Reference ids as the document lists them: misprints read as what they stand for. */
import { uniqueStrings } from './entities.js';

/** Misprinted ids → the id they stand for. */
export type Aliases = ReadonlyMap<string, string>;

/** The ids cited, each once, misprints read as what they stand for. */
export function cited(ids: readonly string[], aliases: Aliases): string[] {
  const out: string[] = [];
  for (const id of ids) out.push(aliases.get(id) ?? id);
  return uniqueStrings(out);
}
