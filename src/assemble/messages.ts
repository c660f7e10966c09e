/** vfile messages → the plain `Message` objects of the document. */
import type { VFile } from 'vfile';
import type { Message, MessageSeverity } from '../types.js';

function severity(fatal: boolean | null | undefined): MessageSeverity {
  if (fatal === true) return 'error';
  if (fatal === false) return 'warning';
  return 'info';
}

export function toMessages(file: VFile): Message[] {
  return file.messages.map((m) => ({
    severity: severity(m.fatal),
    ruleId: m.ruleId ?? 'unknown',
    source: m.source ?? 'directive-parse',
    message: m.reason,
    line: m.line ?? null,
    column: m.column ?? null,
  }));
}
