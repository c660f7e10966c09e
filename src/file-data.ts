/** What the stages leave on `file.data` for each other. */
import type { RestorationSummary, RunInfo, SourceInfo } from './types.js';
import type { ExplainRow } from './restore/explain-rows.js';
import type { WordConfidence } from './text/word-confidence.js';

declare module 'vfile' {
  interface DataMap {
    /** Set by the pipeline before parsing. */
    source: SourceInfo;
    /** Set by the pipeline before parsing, when the caller knows what makes the document (`parse` does). */
    run: RunInfo;
    /** Set by the pipeline before parsing for a scan read by OCR: its words' confidences, by offsets into the file's text. */
    ocrWords: WordConfidence[];
    /** Set by the restore stage. */
    restoration: RestorationSummary;
    /** Set by the restore stage when asked to explain (`explain`): per token, what was decided and why. */
    explanation: ExplainRow[];
  }
}

export const PASSTHROUGH: RestorationSummary = {
  applied: false,
  tokens: 0,
  changed: 0,
  lowConfidence: 0,
  meanConfidence: 1,
  details: [],
};
