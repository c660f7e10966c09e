/**
 * Nests the body's marked lines into items. A marker opens an item only where
 * its label continues a list that is open (II after I, 5.3 after 5.2 under
 * 5, b) after a)), or starts a new list under the innermost open item (1, a,
 * I, the first dash); otherwise the line is running text ("2025. …", a date,
 * "04/63 địa phương" never get this far). A repeated number is a slip the
 * document makes and is kept, with a unique path; one skipped number is
 * accepted with a warning. Unmarked lines belong to the innermost open item.
 */
import type { Issue } from '../issues.js';
import { issue } from '../issues.js';
import type { Entry } from '../body.js';
import { isBlankEntry } from '../body.js';
import { words } from '../text/fold.js';
import { endsSentence, isUpperLine, startsUpper } from '../text/shape.js';
import { isBareMarker, parseMarker, withoutSpeck, type Marker } from './markers.js';
import { quotationEnd } from './quotations.js';
import { romanSum, toRoman } from '../../text/roman.js';
import { decimalParent, isFirst, levelKey, mayNestUnder, succession } from './numbering.js';

export interface Item {
  marker: Marker;
  /** "II", "5.3", "a", "-2": dashes and pluses numbered in order under their parent. */
  label: string;
  /** Labels from the top, each unique among its siblings ("8", "8#2"). */
  path: string[];
  /** The item's own stream: its marker line, its wrapped lines and paragraphs, before any sub-item. */
  entries: Entry[];
  children: Item[];
}

export interface ItemTree {
  /** What comes before the first item. */
  preamble: Entry[];
  items: Item[];
  issues: Issue[];
}

interface Frame {
  item: Item | null;
  level: string | null;
  childLevel: string | null;
  lastLabel: string;
  children: Item[];
  entries: Entry[];
  counts: Map<string, number>;
  dashes: number;
  pluses: number;
}

function frame(item: Item | null, entries: Entry[], children: Item[]): Frame {
  const level = item ? levelKey(item.marker.kind, item.marker.label) : null;
  return { item, level, childLevel: null, lastLabel: '', children, entries, counts: new Map(), dashes: 0, pluses: 0 };
}

interface Placement {
  depth: number;
  label: string;
  note?: Issue;
}

/**
 * A dash that starts with a lower-case word after an unfinished line is a hyphen wrapped to the
 * line start; so is one between two numbers ("giai đoạn 2021" / "- 2025 sang …").
 */
function wrappedDash(body: string, previous: string | null, blankBefore: boolean): boolean {
  if (blankBefore || previous === null) return false;
  if (/\d$/u.test(previous) && /^\d/u.test(body)) return true;
  if (startsUpper(body)) return false;
  return !endsSentence(previous) && !/:\s*$/u.test(previous);
}

/** A marker OCR made letters of ("H." for II, "i." for III): one to three letters or strokes, then a stop. */
// OCR may drop the space after the stop too ("v.TO CHUC"): then a capital must follow.
const STROKES = /^\s{0,8}([A-Za-z|!1]{1,3})\s{0,2}[.\-–)](?:\s{1,3}|(?=\p{Lu}))(?=\S)/u;

/** A line of nothing but the strokes OCR makes of a Roman numeral and a stop ("HI.", "Il."), not a word ending a sentence ("tai."). */
const BARE_STROKES = /^[IVXLHilvx|!1]{1,4}[.\-–)]$/u;

/**
 * A capitals heading where the next Roman part is due, behind a marker OCR turned into letters
 * ("H. NỘI DUNG VÀ HÌNH THỨC" after part I, "i. TỔ CHỨC THỰC HIỆN" after II): the next part.
 */
function strokesHeading(text: string, top: Frame, line: Entry & { type: 'text' }, nextLine = ''): [Marker, Placement] | null {
  if (top.childLevel !== 'roman') return null;
  // Restoration may have made a word of the strokes ("H." → "Hộ."): the line as printed decides too.
  const own = STROKES.exec(text);
  const printed = own ? null : STROKES.exec(line.line.data?.original ?? '');
  const expected = toRoman(romanSum(top.lastLabel) + 1);
  let start = own ? own[0].length : printed ? (/^\s{0,8}[^\s.\-–)]{1,4}[.\-–)](?:\s{1,3}|(?=\p{Lu}))(?=\S)/u.exec(text)?.[0].length ?? -1) : -1;
  let least = 2;
  if (start < 0) {
    start = undottedNumeral(text, line, expected);
    // The heading may wrap after its first word ("IL NỘI" / "DUNG KẾ HOẠCH"): the numeral vouches for it.
    least = 1;
  }
  if (start < 0) return null;
  const body = text.slice(start);
  // A one-word heading that wraps onto a line of capitals ("IV. NỘI" / "DUNG HOẠT ĐỘNG …") is read with that line.
  const wraps = words(body).length < least && words(body).length > 0 && isUpperLine(nextLine);
  const heading = wraps ? `${body} ${nextLine}` : body;
  if (!isUpperLine(heading) || words(heading).length < least) return null;
  const printedMarker = text.slice(0, start).trim();
  const note = issue('section-roman-repaired', `Heading "${printedMarker}" read as ${expected}-, the next Roman part`, line.line, 'info');
  const marker: Marker = { kind: 'roman', marker: printedMarker, label: expected, textStart: start, strokes: true };
  return [marker, { depth: 0, label: expected, note }];
}

/** A Roman numeral in strokes, its stop lost, before a capital ("IL NOI" for "II. NỘI"). */
const UNDOTTED = /^\s{0,8}([IVXLl1|]{1,4})\s{1,2}(?=\p{Lu})/u;

/**
 * Where the heading's text starts in the restored line when the line as printed opens with the
 * expected numeral, or strokes only, and no stop (restoration may have made a word of it:
 * "IL NOI" → "CŨ NỘI"); -1 if it does not.
 */
function undottedNumeral(text: string, line: Entry & { type: 'text' }, expected: string): number {
  const m = UNDOTTED.exec(line.line.data?.original ?? text);
  if (m === null) return -1;
  const read = m[1]!.replace(/[Ll1|]/gu, 'I');
  if (read !== expected && !/^I+$/u.test(read)) return -1;
  return /^\s{0,8}\S{1,4}\s{1,2}(?=\p{Lu})/u.exec(text)?.[0].length ?? -1;
}

/** "1 MỤC TIÊU", "i, MỤC ĐÍCH": the first part's numeral read as 1, a stroke or an i, its stop lost or read as a comma. */
const UNDOTTED_FIRST = /^\s{0,8}[1Ili|],?\s{1,2}(?=\p{Lu})/u;

/** The first Roman part of a document that has later ones, its stop lost to OCR ("1 MỤC TIÊU" before any item). */
function undottedFirstPart(text: string, top: Frame, line: Entry & { type: 'text' }): [Marker, Placement] | null {
  if (top.childLevel !== null) return null;
  const m = UNDOTTED_FIRST.exec(text) ?? UNDOTTED_FIRST.exec(line.line.data?.original ?? '');
  if (m === null) return null;
  const body = text.slice(m[0].length);
  if (!isUpperLine(body) || words(body).length < 2) return null;
  const printedMarker = m[0].trim();
  const note = issue('section-roman-repaired', `Heading "${printedMarker}" read as I-, the first Roman part`, line.line, 'info');
  return [{ kind: 'roman', marker: printedMarker, label: 'I', textStart: m[0].length, strokes: true }, { depth: 0, label: 'I', note }];
}

const CAPITALS_WORD = /^\s{0,3}\p{Lu}{3,}(?=[\s,]|$)/u;

/** Whether the document has Roman parts past the first ("II. NHIỆM VỤ …" in capitals). */
function hasRomanParts(stream: readonly Entry[]): boolean {
  return stream.some((e) => {
    if (e.type !== 'text') return false;
    const m = parseMarker(e.line.value);
    if (m === null || m.kind !== 'roman' || m.label === 'I') return false;
    const body = e.line.value.slice(m.textStart);
    // OCR may give a capitals heading a small letter or two ("IV. KINH Phí"): a first word in capitals will do.
    return isUpperLine(body) || CAPITALS_WORD.test(body);
  });
}

export function buildItems(stream: readonly Entry[]): ItemTree {
  const preamble: Entry[] = [];
  const items: Item[] = [];
  const issues: Issue[] = [];
  const stack: Frame[] = [frame(null, preamble, items)];
  const romanParts = hasRomanParts(stream);
  let previous: string | null = null;
  let blankBefore = false;

  const place = (m: Marker, text: string, line: Entry & { type: 'text' }): Placement | null => {
    const body = text.slice(m.textStart);
    if ((m.kind === 'dash' || m.kind === 'plus') && wrappedDash(body, previous, blankBefore)) return null;
    const top = stack[0]!;
    const capsHeading = isUpperLine(body) && words(body).length >= 2;
    // "1. MỤC TIÊU, CHỈ TIÊU" opening a document whose later parts are Roman ("II. NHIỆM VỤ"): OCR read I as 1.
    if (capsHeading && m.label === '1' && m.kind === 'arabic' && top.childLevel === null && stack.length === 1 && romanParts) {
      const note = issue('section-roman-repaired', `Heading "${m.marker}" read as I-, the first Roman part`, line.line, 'info');
      return { depth: 0, label: 'I', note };
    }
    // The first Roman part, its numeral read from strokes OCR doubled or bent ("I]." / "Il." for I): part I.
    if (capsHeading && m.kind === 'roman' && m.strokes && m.label !== 'I' && top.childLevel === null && stack.length === 1) {
      const note = issue('section-roman-repaired', `Heading "${m.marker}" read as I-, the first Roman part`, line.line, 'info');
      return { depth: 0, label: 'I', note };
    }
    // OCR drops and merges the strokes of Roman numerals ("II-" for III, "1." for III): a capitals
    // heading where the next Roman part is due takes that number.
    if (capsHeading && top.childLevel === 'roman' && (m.kind === 'roman' || m.label === '1')) {
      const expected = toRoman(romanSum(top.lastLabel) + 1);
      if (m.kind === 'roman' && m.label === expected) return { depth: 0, label: expected };
      if (m.label === '1' || /^I+$/u.test(m.label)) {
        const note = issue('section-roman-repaired', `Heading "${m.marker}" read as ${expected}-, the next Roman part`, line.line, 'info');
        return { depth: 0, label: expected, note };
      }
    }
    const level = levelKey(m.kind, m.label);
    for (let d = stack.length - 1; d >= 0; d--) {
      const f = stack[d]!;
      if (f.childLevel !== level) continue;
      const s = succession(m.kind, f.lastLabel, m.label);
      if (s === null) continue;
      if (s === 'repeat') {
        return { depth: d, label: m.label, note: issue('section-number-repeated', `Item "${m.marker}" repeats the number before it`, line.line, 'info') };
      }
      if (s === 'gap') {
        return { depth: d, label: m.label, note: issue('section-number-skipped', `Item "${m.marker}" skips a number`, line.line) };
      }
      return { depth: d, label: m.label };
    }
    // A document that opens its parts at II or III (a misnumbered or partial copy) still has parts.
    const opensLate = m.kind === 'roman' && isUpperLine(body) && stack.length === 1 && top.childLevel === null && ['II', 'III'].includes(m.label);
    if (opensLate) return { depth: 0, label: m.label, note: issue('section-number-skipped', `Parts start at "${m.marker}"`, line.line) };
    if (!isFirst(m.kind, m.label)) return null;
    if (m.kind === 'decimal') {
      const parent = decimalParent(m.label);
      for (let d = stack.length - 1; d >= 1; d--) {
        const f = stack[d]!;
        if (f.item?.label === parent && (f.item.marker.kind === 'arabic' || f.item.marker.kind === 'decimal')) {
          return f.childLevel === level ? null : { depth: d, label: m.label };
        }
      }
      return null;
    }
    // A list of a kind already open above does not restart inside itself ("1." under "3.").
    if (stack.some((f) => f.level === level)) return null;
    let depth = stack.length - 1;
    while (depth > 0 && !mayNestUnder(m.kind, stack[depth]!.item?.marker.kind ?? null)) depth--;
    return { depth, label: m.label };
  };

  let quoted = -1;
  for (let k = 0; k < stream.length; k++) {
    const entry = stream[k]!;
    const current = stack[stack.length - 1]!;
    if (entry.type === 'ignorable') {
      current.entries.push(entry);
      if (isBlankEntry(entry)) blankBefore = true;
      continue;
    }
    const text = entry.line.value;
    // A provision quoted at length stays with the item that quotes it, its numbers and dashes too.
    if (k > quoted) quoted = quotationEnd(stream, k, previous) ?? -1;
    if (k <= quoted) {
      current.entries.push(entry);
      // A closed quotation ends its sentence: a dash after it opens an item, not a wrapped line.
      previous = k === quoted ? null : text.trim();
      blankBefore = false;
      continue;
    }
    let m = parseMarker(text);
    let placed = m ? place(m, text, entry) : null;
    if (!placed) {
      const following = stream.slice(k + 1, k + 3).find((e): e is Entry & { type: 'text' } => e.type === 'text');
      const repaired = strokesHeading(text, stack[0]!, entry, following?.line.value);
      if (repaired) [m, placed] = repaired;
    }
    if (!placed && romanParts && stack.length === 1) {
      const first = undottedFirstPart(text, stack[0]!, entry);
      if (first) [m, placed] = first;
    }
    // A number alone on its line ("III." / "ĐÁNH GIÁ …", "**1.**" / "Mục đích"): the item's text is the next line.
    // A scan may put a blank line between the number and its text ("Điều 1." / "" / "Phạm vi …").
    let ahead = k + 1;
    while (ahead < stream.length && ahead <= k + 2 && isBlankEntry(stream[ahead]!)) ahead++;
    const next = stream[ahead];
    let joined: Entry | null = null;
    let between: Entry[] = [];
    if (!m && isBareMarker(text) && next?.type === 'text') {
      const both = `${withoutSpeck(text).trimEnd()} ${next.line.value.trimStart()}`;
      const bare = parseMarker(both);
      const at = bare ? place(bare, both, entry) : null;
      if (bare && at) {
        m = { ...bare, textStart: text.length };
        placed = at;
        joined = next;
        between = stream.slice(k + 1, ahead);
        k = ahead;
      }
    }
    // Strokes alone on their line where the next Roman part is due ("HI." / "ĐÁNH GIÁ NGUY CƠ …"),
    // which restoration may have made a word of ("HỘI."): the heading is the next line.
    if (!m && next?.type === 'text' && stack[0]!.childLevel === 'roman') {
      const printed = (entry.line.data?.original ?? text).trim();
      const repaired = BARE_STROKES.test(printed) ? strokesHeading(`${printed} ${next.line.value.trimStart()}`, stack[0]!, entry) : null;
      if (repaired) {
        [m, placed] = repaired;
        m = { ...m, textStart: text.length };
        joined = next;
        between = stream.slice(k + 1, ahead);
        k = ahead;
      }
    }
    if (!m || !placed) {
      current.entries.push(entry);
      previous = text.trim();
      blankBefore = false;
      continue;
    }
    stack.length = placed.depth + 1;
    const parent = stack[placed.depth]!;
    let label = placed.label;
    if (m.kind === 'dash') label = `-${++parent.dashes}`;
    if (m.kind === 'plus') label = `+${++parent.pluses}`;
    const seen = (parent.counts.get(label) ?? 0) + 1;
    parent.counts.set(label, seen);
    const unique = seen > 1 ? `${label}#${seen}` : label;
    const item: Item = {
      marker: { ...m, label: m.kind === 'dash' || m.kind === 'plus' ? '' : placed.label },
      label,
      path: [...(parent.item?.path ?? []), unique],
      entries: joined ? [entry, ...between, joined] : [entry],
      children: [],
    };
    parent.children.push(item);
    parent.childLevel = levelKey(m.kind, placed.label);
    if (m.kind === 'arabic' && placed.label !== m.label) parent.childLevel = 'roman';
    parent.lastLabel = placed.label;
    if (placed.note) issues.push(placed.note);
    const child = frame(item, item.entries, item.children);
    if (placed.label !== m.label) child.level = 'roman';
    stack.push(child);
    previous = joined ? joined.line.value.trim() : text.trim();
    blankBefore = false;
  }
  return { preamble, items, issues };
}
