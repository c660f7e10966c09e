/**
 * What the pure segmentation modules report instead of touching the vfile:
 * the plugin turns each issue into a `file.message` / `file.info` at the line.
 */
import type { LineNode } from '../tree.js';

export interface Issue {
  /** Stable id: "header-missing-date", "section-number-repeated", … */
  ruleId: string;
  reason: string;
  /** The line the issue is about; null when it concerns the whole document. */
  line: LineNode | null;
  /** 0-based offset in the line's value, when known. */
  offset?: number;
  severity: 'info' | 'warning';
}

export function issue(
  ruleId: string,
  reason: string,
  line: LineNode | null,
  severity: Issue['severity'] = 'warning',
  offset?: number,
): Issue {
  return offset === undefined ? { ruleId, reason, line, severity } : { ruleId, reason, line, severity, offset };
}
