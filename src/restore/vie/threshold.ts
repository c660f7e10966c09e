/**
 * How far (nats of log-odds: language model plus the confusion's channel ratio) the other
 * reading of a valid syllable must lead before a word of clean accented text is changed
 * (vie/mark-repair.ts). Calibrated on train-pairs texts only: see bench/RESULTS.md.
 */
export const VIE_MARK_THRESHOLD = 4;

