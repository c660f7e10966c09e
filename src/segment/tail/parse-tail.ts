/**
 * The end of the document: the "Nơi nhận" list and the signature beside or
 * above it. Every line goes to exactly one node: lines that carry list entries
 * to the recipients, lines that carry only signature parts to the signature
 * (and, when the signature has no line of its own, the line with its prefix).
 */
import type { LineNode } from '../../tree.js';
import { foldDroppingMarks } from '../text/fold.js';
import { isBlank } from '../text/shape.js';
import { afterHead, isCopyListHead, listEntries, type EntryLine } from './recipients.js';
import { emptySignature, findAuthority, findTitle, isName, type SignatureFields } from './signature.js';

export interface Tail {
  recipients: { lines: LineNode[]; entries: string[] } | null;
  signature: { lines: LineNode[]; fields: SignatureFields } | null;
  /** Blank and unreadable lines of the tail. */
  rest: LineNode[];
}

/** How far above "Nơi nhận" a signature printed first may start. */
const SIGNATURE_ABOVE = 6;

/** Index where the tail starts in [from, to), or -1: the last "Nơi nhận", or a signature prefix just above it or near the end. */
export function findTailStart(lines: readonly LineNode[], from: number, to: number): number {
  let head = -1;
  for (let i = to - 1; i >= from; i--) {
    if (isCopyListHead(lines[i]!.value)) {
      head = i;
      break;
    }
  }
  const limit = head >= 0 ? Math.max(from, head - SIGNATURE_ABOVE) : Math.max(from, to - 15);
  for (let i = limit; i < (head >= 0 ? head : to); i++) {
    if (findAuthority(lines[i]!.value) !== null) return i;
  }
  return head;
}

const STAMP = /^\(?\s{0,2}da ky\s{0,2}\)?$/u;

export function parseTail(lines: readonly LineNode[]): Tail {
  const fields = emptySignature();
  const parts: EntryLine[] = [];
  const sigLines: LineNode[] = [];
  const listLines: LineNode[] = [];
  const rest: LineNode[] = [];
  let prefixLine: LineNode | null = null;
  let inList = false;
  for (const line of lines) {
    let text = line.value;
    if (isBlank(text)) {
      rest.push(line);
      continue;
    }
    let head = false;
    if (isCopyListHead(text)) {
      inList = true;
      head = true;
      text = ' '.repeat(text.length - afterHead(text).length) + afterHead(text);
    }
    let signed = false;
    const auth = findAuthority(text);
    if (auth && fields.authority === null) {
      fields.authority = auth.authority;
      // "K/T CHỦ TỊCH" signs for the chairman: a title alone after the prefix is who is signed for;
      // one after a body ("T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ") is the signer's own.
      const title = findTitle(auth.rest);
      const split = title !== null && title.at > 0;
      fields.onBehalfOf = (split ? auth.rest.slice(0, title.at) : auth.rest).trim() || null;
      if (split) fields.title = title.title;
      text = text.slice(0, auth.at);
      signed = true;
      prefixLine = line;
    } else {
      const title = fields.title === null ? findTitle(text) : null;
      if (title) {
        fields.title = title.title;
        text = text.slice(0, title.at);
        signed = true;
      } else if (isName(text) && (fields.authority !== null || fields.title !== null || inList)) {
        fields.signer = text.trim();
        text = '';
        signed = true;
      } else if (STAMP.test(foldDroppingMarks(text.trim()))) {
        text = '';
        signed = true;
      }
    }
    const listed = inList && !isBlank(text) && /\p{L}{2}/u.test(text);
    if (listed || head) {
      if (listed) parts.push({ text, line });
      listLines.push(line);
    } else if (signed) sigLines.push(line);
    else if (!inList && !isBlank(text)) sigLines.push(line);
    else rest.push(line);
  }
  const hasSignature = Object.values(fields).some((v) => v !== null);
  if (hasSignature && sigLines.length === 0 && prefixLine) {
    listLines.splice(listLines.indexOf(prefixLine), 1);
    sigLines.push(prefixLine);
  }
  const entries = listEntries(parts);
  return {
    recipients: listLines.length > 0 || entries.length > 0 ? { lines: listLines, entries } : null,
    signature: hasSignature ? { lines: sigLines, fields } : null,
    rest,
  };
}
