/**
 * The sparse channel of Vietnamese-model OCR (dict/vie-confusions.tsv, built
 * by scripts/dict/vie-confusions.ts): for a valid syllable as printed, the
 * valid syllables of the same letters the engine was seen to print it for
 * (`đối` for `đổi`, `hãng` for `hằng`, `chỉ` for `chi`), each with the log of
 * how much likelier the print is under that reading than under its own:
 * log P(printed | intended) − log P(printed | printed). Pairs the engine was
 * never seen to confuse have no entry, and their marks are never doubted.
 */

export interface Confusable {
  /** The syllable meant (lower case, NFC, classic tone placement). */
  intended: string;
  /** log P(printed | intended) − log P(printed | printed): how far the print speaks for the other reading. */
  logRatio: number;
}

export type VieConfusions = ReadonlyMap<string, readonly Confusable[]>;

/** Parses the table's rows (see the file's header); comment and blank lines are skipped. */
export function parseVieConfusions(tsv: string): VieConfusions {
  const table = new Map<string, Confusable[]>();
  for (const line of tsv.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [printed, intended, confused, meant, kept, printedMeant] = line.split('\t');
    const numbers = [confused, meant, kept, printedMeant].map(Number);
    if (printed === undefined || intended === undefined || numbers.some((n) => !Number.isFinite(n))) {
      throw new Error(`vie-confusions: malformed row "${line}"`);
    }
    const [c, n, k, m] = numbers as [number, number, number, number];
    // Add-one on the print read right, so a syllable seen rarely is not thought always misread.
    const logRatio = Math.log(c / n) - Math.log((k + 1) / (m + 1));
    let list = table.get(printed);
    if (!list) table.set(printed, (list = []));
    list.push({ intended, logRatio });
  }
  return table;
}
