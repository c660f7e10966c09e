/**
 * The restorer's explanation placed in the input: each decision (decode/explain.ts) at the line
 * and column where its token starts, for NAME.explain.tsv and library callers of `parse`.
 */
import type { Point } from '../types.js';
import type { ExplainedToken } from './decode/explain.js';

export interface ExplainRow {
  /** Where the token starts in the input, 1-based. */
  line: number;
  column: number;
  input: string;
  output: string;
  decision: ExplainedToken['decision'];
  reason: string;
  margin: number | null;
  confidence: number | null;
  alternative: string | null;
}

/** Rows for the decisions; `pointOf` places an offset of the restored text in the input. */
export function explainRows(tokens: readonly ExplainedToken[], pointOf: (offset: number) => Point): ExplainRow[] {
  return tokens.map((t) => {
    const { line, column } = pointOf(t.start);
    return { line, column, input: t.input, output: t.output, decision: t.decision, reason: t.reason, margin: t.margin, confidence: t.confidence, alternative: t.alternative };
  });
}
