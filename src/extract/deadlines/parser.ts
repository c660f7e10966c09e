/**
 * The shape every deadline grammar takes (chrono-node's Parser and Refiner): a parser is a
 * pattern over the keyed, folded text with named groups and a function that reads one match
 * into candidates; refiners then decide among the candidates of all parsers. The grammars are
 * lists of these (parsers.ts), so a new phrase is one more entry.
 */
import type { Candidate, DeadlineContext, Groups } from './model.js';
import { matches } from './model.js';

/** What a parser reads a match in: the keyed, folded text and the document's date. */
export interface Reading {
  folded: string;
  ctx: DeadlineContext;
  /** The text is a deadline cell: bare forms count ("Tháng 10", "Thường xuyên"). */
  standalone: boolean;
}

export interface DeadlineParser {
  /** What the parser reads ("date", "month range"), for tests and for finding it. */
  name: string;
  /** Global, on folded text, with named groups. */
  pattern: RegExp;
  /** The pattern in a deadline cell, where it may be looser (no cue word needed); `pattern` when absent. */
  cellPattern?: RegExp;
  /** The candidates one match stands for: none, one, or several ("Hàng tháng, quý"). */
  extract(m: RegExpExecArray, groups: Groups, reading: Reading): Candidate | Candidate[] | null;
}

/** The candidates of every parser, parser by parser in list order, matches in text order. */
export function runParsers(parsers: readonly DeadlineParser[], reading: Reading): Candidate[] {
  const out: Candidate[] = [];
  for (const parser of parsers) {
    const re = reading.standalone && parser.cellPattern ? parser.cellPattern : parser.pattern;
    for (const m of matches(re, reading.folded)) {
      const found = parser.extract(m, m.groups ?? {}, reading);
      if (found === null) continue;
      if (Array.isArray(found)) for (const c of found) out.push(c);
      else out.push(found);
    }
  }
  return out;
}

/** The span of a whole match. */
export const spanOf = (m: RegExpExecArray): { start: number; end: number } => ({ start: m.index, end: m.index + m[0].length });
