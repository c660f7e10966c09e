/** Messages the read stage raises, in the shape of `Message` (src/types.ts). */
import type { EncodingName, Message, MessageSeverity } from '../types.js';

/** Stable ids of the read stage's checks. */
export type ReadRuleId =
  | 'encoding-detected'
  | 'invalid-utf8'
  | 'utf16-odd-length'
  | 'control-characters'
  | 'combining-marks'
  | 'tcvn3-capitals'
  | 'binary-input'
  | 'empty-input'
  | 'missing-path'
  | 'no-match'
  | 'unreadable'
  | 'symlink-loop'
  | 'not-a-file'
  | 'too-large'
  | 'invalid-input'
  | 'input-part'
  | 'markdown-as-text'
  | 'scan-page'
  | 'unreadable-scan'
  | 'ocr-unavailable'
  | 'unsupported-format';

export function readMessage(
  severity: MessageSeverity,
  ruleId: ReadRuleId,
  message: string,
  line: number | null = null,
): Message {
  return { severity, ruleId, source: 'read', message, line, column: line === null ? null : 1 };
}

/** Human names for the encodings, for messages. */
export const ENCODING_LABELS: Readonly<Record<EncodingName, string>> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 with BOM',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
};

const ALIASES: Readonly<Record<string, EncodingName>> = {
  utf8: 'utf-8',
  ascii: 'utf-8',
  'us-ascii': 'utf-8',
  utf8bom: 'utf-8-bom',
  'utf8-bom': 'utf-8-bom',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  cp1258: 'windows-1258',
  win1258: 'windows-1258',
  '1258': 'windows-1258',
  tcvn: 'tcvn3',
  'tcvn-3': 'tcvn3',
  abc: 'tcvn3',
  vn3: 'tcvn3',
  'tcvn5712': 'tcvn3',
  'vni-windows': 'vni',
  vniwin: 'vni',
};

/** Reads an encoding name as a user might type it (`--encoding cp1258`); null when unknown. */
export function parseEncodingName(name: string): EncodingName | null {
  const key = name.trim().toLowerCase().replace(/_/gu, '-');
  if (key in ENCODING_LABELS) return key as EncodingName;
  return ALIASES[key] ?? ALIASES[key.replace(/-/gu, '')] ?? null;
}
