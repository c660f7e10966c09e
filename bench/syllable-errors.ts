/**
 * Syllable accuracy as ../shared/tools/score-restore.mjs measures it: 1 − edit distance over
 * syllable tokens / truth tokens. One home for the bench of scans and the scan tests.
 */

export const syllableTokens = (text: string): string[] => text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Edits (insertions, deletions, substitutions of whole syllables) that turn `output` into `truth`. */
export function syllableErrors(output: string, truth: string): number {
  const a = syllableTokens(output);
  const b = syllableTokens(truth);
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

export function syllableAccuracy(truth: string, output: string): number {
  return 1 - syllableErrors(output, truth) / syllableTokens(truth).length;
}
