/** Syllable accuracy as ../shared/tools/score-restore.mjs measures it (shared with bench/scans.ts). */
export { syllableAccuracy } from '../../../../bench/syllable-errors.js';
