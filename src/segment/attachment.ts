/**
 * A document attached after the signature: the Kế hoạch a Quyết định issues, a Quy định, a
 * Phụ lục in running text, a list ("DANH MỤC …", "BẢNG …") of procedures or tasks. It starts at a title line naming a document type with, a few lines
 * below, "(Ban hành) kèm theo …"; only after the main document's "Nơi nhận" or signature,
 * so a title cited in the body never splits it.
 */
import type { LineNode } from '../tree.js';
import type { DocumentType } from '../types.js';
import { typeCodeOf, typeOfTitle } from './header/doc-type.js';
import { findAuthority } from './tail/signature.js';
import { isCopyListHead } from './tail/recipients.js';
import { foldDroppingMarks } from './text/fold.js';
import { isUpperLine } from './text/shape.js';

/** How many lines of text below its title the "kèm theo" line may stand (the title's subject lines between; blank lines, which scans add, not counted). */
const TITLE_TO_ATTACHED = 8;
/** How many lines of a subject in capitals may stand between, however a scan wrapped them. */
const TITLE_IN_CAPITALS = 16;
const ATTACHED = /(?:^|\(|\s)(?:ban hanh\s{1,3})?kem\s{1,3}theo\s/u;
/** Titles of attached lists that name no document type ("DANH MỤC THỦ TỤC HÀNH CHÍNH …", "BẢNG PHÂN CÔNG …"). */
const LISTS = /^(?:danh\s{1,3}muc|bang|bieu)(?:\s|$)/u;

/** Index of the first line of an attached document in [from, to), or -1. */
export function findAttachment(lines: readonly LineNode[], from: number, to: number): number {
  let closed = false;
  for (let i = from; i < to; i++) {
    const text = lines[i]!.value;
    if (!closed) {
      closed = isCopyListHead(text) || findAuthority(text) !== null;
      continue;
    }
    const title = text.replace(/[:.*\s]+$/u, '').trim();
    if (title === '' || !isUpperLine(title) || (typeOfTitle(title) === null && !LISTS.test(foldDroppingMarks(title)))) continue;
    for (let k = i + 1, seen = 0, capitals = 0; k < to && seen < TITLE_TO_ATTACHED && capitals < TITLE_IN_CAPITALS; k++) {
      if (lines[k]!.value.trim() === '') continue;
      if (ATTACHED.test(foldDroppingMarks(lines[k]!.value))) return i;
      // A long subject in capitals, wrapped short by a scan, is the title still.
      if (isUpperLine(lines[k]!.value)) capitals++;
      else seen++;
    }
  }
  return -1;
}

/** The types whose attachments are filed under their own code (src/vi/codes.ts); others under "DK". */
const LABELLED: ReadonlySet<DocumentType> = new Set<DocumentType>(['Kế hoạch', 'Chương trình hành động', 'Quy định', 'Quy chế', 'Hướng dẫn', 'Phụ lục', 'Báo cáo']);

/** The path label an attached document's sections are filed under ("KH/I/1"), unique per document. */
export function attachmentLabel(type: DocumentType | null, taken: ReadonlySet<string>): string {
  const base = (type !== null && LABELLED.has(type) ? typeCodeOf(type) : null) ?? 'DK';
  let label = base;
  for (let n = 2; taken.has(label); n++) label = `${base}${n}`;
  return label;
}
