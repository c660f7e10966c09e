/**
 * Recipient lists: "Kính gửi:" at the top of a Công văn (role `to`) and
 * "Nơi nhận:" at the end (role `cc`). One entry per dash item; a line without
 * a dash continues the entry before it, unless no entry is open yet
 * ("Như trên," straight after "Nơi nhận:"). A head may keep the emphasis marks of the Markdown
 * or Word text it was copied from ("__Nơi nhận__:", "**Kính gửi:**").
 */
import type { LineNode } from '../../tree.js';
import { foldDroppingMarks } from '../text/fold.js';
import { isBlank, isUpperLine, startsLower, stripEnd } from '../text/shape.js';

export const isCopyListHead = (text: string) => /^\s{0,8}(?:[*_]{1,3})?n[o0]i\s{0,2}nh[a-z]{1,3}(?:[*_]{1,3})?\s{0,2}:/u.test(foldDroppingMarks(text));
/**
 * The head of an addressee list: "Kính gửi:", "Đồng kính gửi:", and a Công điện's "THỦ TƯỚNG
 * CHÍNH PHỦ điện:" (the sender, in capitals, then "điện:").
 */
export const isAddresseeHead = (text: string): boolean => {
  if (/^\s{0,8}(?:[*_]{1,3})?(?:dong\s{1,2})?k[a-z]{2,3}\s{0,2}g[a-z]{1,3}(?:[*_]{1,3})?\s{0,2}:/u.test(foldDroppingMarks(text))) return true;
  const cable = /^(.{4,60}?)\s+điện\s{0,2}:\s*$/iu.exec(text.trim());
  return cable !== null && isUpperLine(cable[1]!);
};

/** Cuts "Nơi nhận:" / "Kính gửi:" off the front of a line; returns the rest. */
export function afterHead(text: string): string {
  const at = text.indexOf(':');
  return at < 0 ? text : text.slice(at + 1);
}

export function cleanEntry(text: string): string {
  return stripEnd(text.replace(/^\s{0,8}[-–—•]\s{0,3}/u, ''), /[\s,;.]/u).trim();
}

export interface EntryLine {
  /** The part of the line that belongs to the list (the left column). */
  text: string;
  line: LineNode;
}

/** Entries from list lines, in order. */
export function listEntries(parts: readonly EntryLine[]): string[] {
  const entries: string[] = [];
  for (const { text } of parts) {
    const cleaned = cleanEntry(text);
    if (cleaned === '' || !/\p{L}/u.test(cleaned)) continue;
    const dash = /^\s{0,8}[-–—•]/u.test(text);
    // Every entry ends with a comma, so only a lower-case start tells a wrapped entry from a new one without a dash.
    if (!dash && entries.length > 0 && startsLower(cleaned)) {
      entries[entries.length - 1] = `${entries[entries.length - 1]} ${cleaned}`;
    } else {
      entries.push(cleaned);
    }
  }
  return entries;
}

/**
 * The "Kính gửi:" list starting at `from`: its line indices and entries. The
 * list ends at a blank line (unless the entry before ends ";" or "," and a dash item follows),
 * or once an entry ending with "." has been read and the next line is not a dash item.
 */
/** The end of an addressee entry wrapped onto a line of its own is short ("Chính phủ;"). */
const MAX_ENTRY_TAIL = 80;

export function addresseeList(lines: readonly LineNode[], from: number): { end: number; entries: string[] } | null {
  if (from >= lines.length || !isAddresseeHead(lines[from]!.value)) return null;
  const parts: EntryLine[] = [{ text: afterHead(lines[from]!.value), line: lines[from]! }];
  let i = from + 1;
  // The entries may start after a blank line below the head.
  const firstEntry = parts[0]!.text.trim() === '';
  for (; i < lines.length; i++) {
    const text = lines[i]!.value;
    if (isBlank(text)) {
      if (firstEntry && parts.length === 1) continue;
      // "Đồng kính gửi:" after the list carries it on.
      let k = i;
      while (k < lines.length && isBlank(lines[k]!.value)) k++;
      if (k < lines.length && /^\s{0,8}dong\s{1,2}k[a-z]{2,3}\s{0,2}g/u.test(foldDroppingMarks(lines[k]!.value))) continue;
      // A scan's blank line inside the list: the entry before ends ";" or ",", the next is a dash item.
      const open = /[;,]$/u.test(parts[parts.length - 1]!.text.trim());
      if (open && k < lines.length && /^\s{0,8}[-–—•]/u.test(lines[k]!.value)) continue;
      // An entry the scan broke over a blank line ("- Bộ trưởng, … cơ quan thuộc" / "" / "Chính phủ;"):
      // unfinished above, the line below ends it.
      const unfinished = !/[;,.:]$/u.test(parts[parts.length - 1]!.text.trim());
      if (unfinished && k < lines.length && /[;,]\s*$/u.test(lines[k]!.value) && lines[k]!.value.trim().length <= MAX_ENTRY_TAIL) continue;
      break;
    }
    if (/^\s{0,8}dong\s{1,2}k[a-z]{2,3}\s{0,2}g[a-z]{1,3}\s{0,2}:/u.test(foldDroppingMarks(text))) {
      parts.push({ text: afterHead(text), line: lines[i]! });
      continue;
    }
    const previous = parts[parts.length - 1]!.text.trim();
    const dash = /^\s{0,8}[-–—•]/u.test(text);
    if (!dash && /\.$/u.test(previous)) break;
    parts.push({ text, line: lines[i]! });
  }
  return { end: i, entries: listEntries(parts) };
}
