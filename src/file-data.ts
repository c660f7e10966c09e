/** What the stages leave on `file.data` for each other. */
import type { RestorationSummary, RunInfo, SourceInfo } from './types.js';

declare module 'vfile' {
  interface DataMap {
    /** Set by the pipeline before parsing. */
    source: SourceInfo;
    /** Set by the pipeline before parsing, when the caller knows what makes the document (`parse` does). */
    run: RunInfo;
    /** Set by the restore stage. */
    restoration: RestorationSummary;
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
