/** Phrases of action (vi/directs.ts) read from tokens: where a body's name or description ends and its predicate starts. */
import { ACTIONS } from '../../vi/directs.js';
import type { Token } from '../text/tokens.js';

/** Whether a phrase of action of two words or more starts at token i ("tổ chức", "lấy ý kiến"); one word is too often a name's. */
export function actionAt(tokens: readonly Token[], i: number): boolean {
  return ACTIONS.some((p) => p.length > 1 && p.every((w, n) => tokens[i + n]?.key === w));
}
