/**
 * The segmentation of a document's lines into blocks, as a pure function:
 * header (and a Công văn's "Kính gửi" list), then the body — page furniture
 * and footnotes lifted out, numbered items nested into sections, paragraphs
 * before them (preamble) and closing formulas after them — then the "Nơi
 * nhận" list and signature, the appendix tables, and the footnotes last.
 * Every input line ends up under exactly one block.
 */
import { numberFromCaption } from './header/from-caption.js';
import { namesProcedures } from '../vi/procedures.js';
import type { BlockNode, IgnorableNode, IgnorableReason, LineNode, ParagraphNode, RecipientsNode, SectionNode } from '../tree.js';
import type { Header } from '../types.js';
import { ignorable, type Entry } from './body.js';
import { isClosingFormula } from './closing.js';
import { findFootnotes } from './footnotes/find-footnotes.js';
import { footnoteNodes } from './footnotes/footnote-nodes.js';
import { findFurniture, webListingStart } from './furniture.js';
import { attachmentLabel, findAttachment } from './attachment.js';
import { parseHeader } from './header/parse-header.js';
import { defaultPlaces } from '../dict/index.js';
import type { PlaceTable } from '../vi/places.js';
import { issue, type Issue } from './issues.js';
import { buildItems, type Item } from './sections/build-items.js';
import { toParagraphs } from './sections/paragraphs.js';
import { clearTasks, defaultPart, markTasks } from './sections/task-scope.js';
import { toSectionNode } from './sections/to-nodes.js';
import { markParagraphTasks } from './sections/paragraph-tasks.js';
import { buildMarkdownTable, buildTextTable } from './tables/build-table.js';
import { findTables } from './tables/find-tables.js';
import { addresseeList, isAddresseeHead } from './tail/recipients.js';
import { findTailStart, parseTail } from './tail/parse-tail.js';
import { looksVietnamese } from './text/language.js';
import { isBlank, isUpperLine, typicalWidth } from './text/shape.js';
import { append } from '../text/append.js';

export interface Segmented {
  blocks: BlockNode[];
  header: Header | null;
  issues: Issue[];
}

/** Consecutive lines of one reason as one ignorable node. */
function ignorables(lines: readonly LineNode[], reasonOf: (l: LineNode) => IgnorableReason): IgnorableNode[] {
  const out: IgnorableNode[] = [];
  for (const line of lines) {
    const reason = reasonOf(line);
    const last = out[out.length - 1];
    if (last && last.data.reason === reason) last.children.push(line);
    else out.push(ignorable([line], reason));
  }
  return out;
}

const blankReason = (): IgnorableReason => 'blank';
const blankOrNoise = (l: LineNode): IgnorableReason => (isBlank(l.value) ? 'blank' : 'noise');

function recipientsOf(entries: readonly string[], role: 'to' | 'cc'): RecipientsNode['data']['recipients'] {
  const out: RecipientsNode['data']['recipients'] = [];
  for (const text of entries) out.push({ role, text, agency: null });
  return out;
}

/** The lines' values, those of furniture lines left out. */
function textValues(lines: readonly LineNode[], furniture?: ReadonlyMap<number, unknown>): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) if (!furniture?.has(i)) out.push(lines[i]!.value);
  return out;
}

/** The body as a stream, footnote lines taken out, furniture runs wrapped. */
function bodyStream(body: readonly LineNode[], furniture: Map<number, IgnorableReason>, skip: Set<number>): Entry[] {
  const out: Entry[] = [];
  for (let i = 0; i < body.length; i++) {
    if (skip.has(i)) continue;
    const line = body[i]!;
    const reason = furniture.get(i);
    if (reason === undefined) {
      out.push({ type: 'text', line });
      continue;
    }
    const last = out[out.length - 1];
    if (last?.type === 'ignorable' && last.node.data.reason === reason) last.node.children.push(line);
    else out.push({ type: 'ignorable', node: ignorable([line], reason) });
  }
  return out;
}

function lastLeaf(items: readonly Item[]): Item | null {
  let item = items[items.length - 1] ?? null;
  while (item && item.children.length > 0) item = item.children[item.children.length - 1]!;
  return item;
}

/** Three lines of prose in four are full: the quantile of line lengths that is the measure of a page with tables. */
const PROSE_QUANTILE = 0.75;

/**
 * A header whose number the copy lost ("HƯỚNG DẪN" with no "Số:" line) takes it, and the date if
 * missing too, from its own appendix's caption; said in an info message, as it was not printed there.
 */
function fillFromCaption(header: Header, lines: readonly LineNode[], from: number, issues: Issue[]): void {
  if (header.id !== null || header.symbol !== null || header.type === null) return;
  const found = numberFromCaption(lines, from, header.type);
  if (found === null) return;
  header.number = found.number.number;
  header.symbol = found.number.symbol;
  header.id = found.number.id;
  if (header.date === null) header.date = found.date;
  issues.push(issue('header-number-from-caption', `No number in the header; "${found.number.id}" read from the appendix caption`, found.line, 'info'));
}

/** Takes the closing-formula paragraphs off the end of the last item. */
function splitClosing(items: readonly Item[], width: number): Entry[] {
  const leaf = lastLeaf(items);
  if (!leaf) return [];
  const numbered = leaf.marker.kind !== 'dash' && leaf.marker.kind !== 'plus';
  const paragraphs = toParagraphs(leaf.entries, width, leaf.marker.textStart, numbered).filter(
    (b): b is ParagraphNode => b.type === 'paragraph',
  );
  // A number alone on its line ("3." / "Giao Sở …") makes an empty first paragraph: the text is the next one;
  // so does a first line cut short with no stop ("Điều 3. Chánh" / "Văn phòng Bộ, … thi hành Quyết định này").
  const first = paragraphs[0]?.data.text.trim() ?? '';
  const body = first === '' || !/[.;:!?)”"]$/u.test(first) ? 2 : 1;
  const closing = paragraphs.slice(body).find((p) => isClosingFormula(p.data.text));
  if (!closing) return [];
  const opening = closing.children[0];
  const cut = leaf.entries.findIndex((e) => e.type === 'text' && e.line === opening);
  return cut < 0 ? [] : leaf.entries.splice(cut);
}

/** An attached document that hands out no work: none of its sections or paragraphs is a task. */
function clearAttachedTasks(blocks: readonly BlockNode[]): void {
  for (const b of blocks) {
    if (b.type === 'section') clearTasks([b]);
    if (b.type === 'paragraph') b.data.isTask = false;
  }
}

/** Files an attached document's sections under its label ("KH/I/1"), so their ids stay unique. */
function prefixPaths(section: SectionNode, label: string): void {
  section.data.path = [label, ...section.data.path];
  for (const c of section.children) if (c.type === 'section') prefixPaths(c, label);
}

/** No subject wraps over more lines of capitals than this. */
const MAX_SUBJECT_RUN_ON = 4;

/**
 * A subject in capitals a scan broke over blank lines past where the header was read to, up to the
 * addressees it stands above ("VỀ VIỆC KHẨN TRƯƠNG" / "" / "CHUẨN BỊ …" / "" / "THỦ TƯỚNG CHÍNH PHỦ
 * điện:"): those lines are the subject's. Nothing when no addressee head follows them.
 */
function subjectRunOn(lines: readonly LineNode[], from: number): { end: number; text: string } {
  const parts: string[] = [];
  let k = from;
  let end = from;
  while (k < lines.length && parts.length <= MAX_SUBJECT_RUN_ON) {
    const value = lines[k]!.value;
    if (isBlank(value)) {
      k++;
      continue;
    }
    if (isAddresseeHead(value)) return parts.length > 0 ? { end, text: parts.join(' ') } : { end: from, text: '' };
    if (!isUpperLine(value)) break;
    parts.push(value.trim());
    end = ++k;
  }
  return { end: from, text: '' };
}

/** Reads a "Kính gửi" list starting at `from` (past blank lines) into `blocks`; returns where the body starts. */
function addressees(lines: readonly LineNode[], from: number, blocks: BlockNode[]): number {
  let k = from;
  while (k < lines.length && isBlank(lines[k]!.value)) k++;
  const to = addresseeList(lines, k);
  if (!to) return from;
  append(blocks, ignorables(lines.slice(from, k), blankReason));
  blocks.push({ type: 'recipients', children: lines.slice(k, to.end), data: { recipients: recipientsOf(to.entries, 'to') } });
  return to.end;
}

/** `places`: the gazetteer the header's places are read by (the package's by default). */
export function segmentLines(lines: readonly LineNode[], places: PlaceTable = defaultPlaces()): Segmented {
  const issues: Issue[] = [];
  const blocks: BlockNode[] = [];
  let from = 0;

  const head = parseHeader(lines, places);
  if (head) {
    const runOn = subjectRunOn(lines, head.end);
    if (runOn.end > head.end) {
      if (head.header.subject !== null) head.header.subject = `${head.header.subject} ${runOn.text}`;
      head.end = runOn.end;
    }
    fillFromCaption(head.header, lines, head.end, issues);
    append(blocks, ignorables(lines.slice(0, head.start), blankOrNoise));
    blocks.push({ type: 'header', children: lines.slice(head.start, head.end), data: { header: head.header } });
    append(issues, head.issues);
    from = head.end;
  }
  // A letter's addressees, under its header or, when the copy lost the header, at the top.
  from = addressees(lines, from, blocks);

  const listing = webListingStart(lines, from);
  const end = listing >= 0 ? listing : lines.length;
  const regions = findTables(lines, from, end);
  const bodyEnd = regions[0]?.start ?? end;
  // A document attached after the signature (the plan a Quyết định issues) is read on its own.
  const attachAt = findAttachment(lines, from, bodyEnd);
  const mainEnd = attachAt >= 0 ? attachAt : bodyEnd;
  const tailStart = findTailStart(lines, from, mainEnd);
  const body = lines.slice(from, tailStart >= 0 ? tailStart : mainEnd);

  const furniture = findFurniture(body);
  const width = typicalWidth(textValues(body, furniture));
  const notes = findFootnotes(body, furniture, width);
  append(issues, notes.issues);
  const footnoteLines = new Set<number>();
  for (const f of notes.footnotes) for (const i of f.indices) footnoteLines.add(i);
  const stream = bodyStream(body, furniture, footnoteLines);
  // The measure paragraphs are wrapped to: footnotes (set smaller, so longer) are out of the stream by now.
  const measure = typicalWidth(stream.flatMap((e) => (e.type === 'text' ? [e.line.value] : [])), PROSE_QUANTILE);

  const structured = head !== null || looksVietnamese(textValues(body).join(' '));
  const tree = structured ? buildItems(stream) : { preamble: stream, items: [], issues: [] };
  append(issues, tree.issues);
  const closing = splitClosing(tree.items, measure);
  const sections: SectionNode[] = [];
  for (const item of tree.items) sections.push(toSectionNode(item, measure));
  markTasks(sections, defaultPart(sections, head?.header.type ?? null, head?.header.subject ?? null));
  const content: BlockNode[] = [...toParagraphs(tree.preamble, measure), ...sections, ...toParagraphs(closing, measure)];
  markParagraphTasks(content);
  append(blocks, content);

  if (tailStart >= 0) {
    const tail = parseTail(lines.slice(tailStart, mainEnd));
    if (tail.recipients) {
      blocks.push({
        type: 'recipients',
        children: tail.recipients.lines,
        data: { recipients: recipientsOf(tail.recipients.entries, 'cc') },
      });
    }
    if (tail.signature) blocks.push({ type: 'signature', children: tail.signature.lines, data: { signature: tail.signature.fields } });
    append(blocks, ignorables(tail.rest, blankOrNoise));
  }

  if (attachAt >= 0) {
    const attached = segmentLines(lines.slice(attachAt, bodyEnd), places);
    // A list of administrative procedures ("DANH MỤC THỦ TỤC HÀNH CHÍNH …") offers services, it hands out no work.
    // Its title and first heading may run over a few lines, with the blank lines a scan puts between
    // them and a word of the title lost to OCR: the first lines of text are read together.
    const title = lines.slice(attachAt, attachAt + 30).map((l) => l.value.trim()).filter((v) => v !== '').slice(0, 12).join(' ');
    if (namesProcedures(title)) clearAttachedTasks(attached.blocks);
    const label = attachmentLabel(attached.header?.type ?? null, new Set(sections.map((s) => s.data.path[0]!)));
    for (const block of attached.blocks) {
      if (block.type === 'header') blocks.push(ignorable(block.children, 'attachment-header'));
      else {
        if (block.type === 'section') prefixPaths(block, label);
        blocks.push(block);
      }
    }
    // The attachment's own header lacks number and date by design: those are the main document's.
    issues.push(...attached.issues.filter((i) => !i.ruleId.startsWith('header-')));
  }

  for (let k = 0; k < regions.length; k++) {
    const region = regions[k]!;
    const slice = lines.slice(region.start, region.end);
    const built = region.markdown ? buildMarkdownTable(slice, k + 1) : buildTextTable(slice, k + 1);
    blocks.push(built.node);
    append(issues, built.issues);
  }

  if (listing >= 0) blocks.push(ignorable(lines.slice(listing), 'web-page'));

  const bodyText: LineNode[] = [];
  for (const e of stream) if (e.type === 'text') bodyText.push(e.line);
  append(blocks, footnoteNodes(notes.footnotes, body, bodyText));
  return { blocks, header: head?.header ?? null, issues };
}
