/**
 * The header block at the top of the document: issuer and national heading,
 * number and symbol, place and date, type (title line or symbol code), and
 * the subject (title lines after the type, or the "V/v …" lines of a Công
 * văn). Fields that are missing or unreadable are null with an issue; nothing
 * is guessed.
 */
import type { LineNode } from '../../tree.js';
import { defaultPlaces } from '../../dict/index.js';
import type { PlaceTable } from '../../vi/places.js';
import type { DocumentType, Header } from '../../types.js';
import { spanOfLines, joinLines } from '../../positions.js';
import { issue, type Issue } from '../issues.js';
import { foldDroppingMarks } from '../text/fold.js';
import { endsOpen, isBlank, isUpperLine, letterCount, startsLower } from '../text/shape.js';
import { parsePlaceDate, type PlaceDate } from './date.js';
import { typeOfSymbol, typeOfTitle } from './doc-type.js';
import { isHeadingRest, splitTopLine } from './national.js';
import { readIssuer } from './issuer.js';
import { numberFromOriginal, parseDocumentNumber, type DocumentNumber } from './number.js';
import { placeFromOriginal, symbolFromOriginal } from './printed.js';
import { isAddresseeHead } from '../tail/recipients.js';

export interface HeaderResult {
  header: Header;
  /** Index of the first header line and of the first line after the header. */
  start: number;
  end: number;
  issues: Issue[];
}

/** How far down the first page the header fields are looked for, in non-blank lines. */
const WINDOW = 14;
const MAX_SUBJECT_LINES = 5;

// "V/v" as OCR prints it: "Vv", "viv", "v/ v", "V.v", "Vw" (no Vietnamese word has a w).
const isVvText = (text: string) => /^\s*v\s?[/|il1.]?\s?[vw]\b/u.test(foldDroppingMarks(text));
const isMarkerLine = (text: string) => /^\s*(?:[IVX]{1,5}|\d{1,2})\s?[.\-)]\s/u.test(text);

/** A line with no text: blank, or what a flattened table leaves of a header cell ("|", "*"). */
const isEmptyCell = (text: string) => /^[\s|*]*$/u.test(text);

function nonBlankIndices(lines: readonly LineNode[], from: number, count: number): number[] {
  const out: number[] = [];
  for (let i = from; i < lines.length && out.length < count; i++) {
    if (!isEmptyCell(lines[i]!.value)) out.push(i);
  }
  return out;
}

/** The run of non-blank lines from `from` (skipping blanks first when `skipBlanks`), capped. */
function block(lines: readonly LineNode[], from: number, skipBlanks: boolean): number[] {
  let i = from;
  if (skipBlanks) while (i < lines.length && isBlank(lines[i]!.value)) i++;
  const out: number[] = [];
  while (i < lines.length && !isBlank(lines[i]!.value) && out.length < MAX_SUBJECT_LINES) {
    const text = lines[i]!.value;
    if (isAddresseeHead(text) || isMarkerLine(text) || parsePlaceDate(text) !== null) break;
    out.push(i++);
  }
  return out;
}

/** Subject lines are a title: they do not end the way a body sentence does ("… như sau:"). */
function looksLikeTitle(lines: readonly LineNode[], run: number[]): boolean {
  if (run.length === 0) return false;
  const last = lines[run[run.length - 1]!]!.value.trim();
  return !/[.:;]$/u.test(last) || endsOpen(last);
}

function textOf(lines: readonly LineNode[], run: number[]): string | null {
  if (run.length === 0) return null;
  // A lone stop or comma between words on a title line is scanner debris ("chính quyền . địa phương").
  const text = joinLines(run.map((i) => lines[i]!))
    .text.replace(/\s[.,;:](?=\s)/gu, '')
    .trim();
  return text === '' ? null : text;
}

function findIn<T>(lines: readonly LineNode[], window: number[], read: (text: string) => T | null): [number, T] | null {
  for (const i of window) {
    const found = read(lines[i]!.value);
    if (found !== null) return [i, found];
  }
  return null;
}

/** An appendix sent on its own ("Phụ lục 1: …"): the type is Phụ lục, the subject its title. */
function appendixHeader(lines: readonly LineNode[], first: number): HeaderResult {
  const titleRun = nonBlankIndices(lines, first + 1, 2).filter((i) => isUpperLine(lines[i]!.value));
  const subject = titleRun.length > 0 ? lines[titleRun[0]!]!.value.trim() : null;
  const at = lines[first]!;
  const issues = [
    issue('header-missing-number', 'Appendix without its own number', at, 'info'),
    issue('header-missing-date', 'Appendix without its own date', at, 'info'),
    issue('header-missing-issuer', 'Appendix without an issuing body', at, 'info'),
  ];
  const header: Header = {
    issuer: null,
    nationalHeading: null,
    number: null,
    symbol: null,
    id: null,
    type: 'Phụ lục',
    place: null,
    date: null,
    subject,
    span: null,
  };
  return { header, start: first, end: first, issues };
}

/**
 * A date line the layout wrapped ("Nghệ An, ngày 26" / "tháng 11 năm 2025", "Hà Nội, ngày 26 tháng
 * 11" / "năm 2025"): read from a line
 * and the next non-blank one joined, placed on the first. Only when no line holds a whole date.
 */
const WRAPPED_DATE = /\bng[a-z]{0,3}\s{0,3}\d{0,2}(?:\s{1,3}th[a-z]{0,4}\s{0,3}\d{0,2}(?:\s{1,3}n[a-z]{0,3})?)?\s*[*_]*\s*$/u;

function wrappedDate(lines: readonly LineNode[], window: readonly number[]): [number, PlaceDate & { through: number }] | null {
  return withNextLine(lines, window, WRAPPED_DATE, (joined, first, through) => {
    const pd = parsePlaceDate(joined);
    return pd?.date ? { ...pd, end: Math.min(pd.end, first.length), through } : null;
  });
}

/**
 * The first line of the window whose folded text `ends` says it runs on ("ngày 26", "Số:"), read
 * with the next one joined: what `read` makes of the two, placed on the first line.
 */
function withNextLine<T>(
  lines: readonly LineNode[],
  window: readonly number[],
  ends: RegExp,
  read: (joined: string, first: string, through: number) => T | null,
): [number, T] | null {
  for (let k = 0; k + 1 < window.length; k++) {
    const first = lines[window[k]!]!.value;
    if (!ends.test(foldDroppingMarks(first))) continue;
    const found = read(`${first.trimEnd()} ${lines[window[k + 1]!]!.value.trimStart()}`, first, window[k + 1]!);
    if (found !== null) return [window[k]!, found];
  }
  return null;
}

/** How far down a preface (a web site's notice, a metadata table) may push the header. */
const PREFACE = 120;
/** Issuer lines above the national heading: "BỘ TÀI CHÍNH", "CỤC THUẾ", a rule. */
const ISSUER_ABOVE = 4;

/**
 * Where the header starts: the top, or, when the national heading stands further down than the
 * header window reaches (a copy from a web site keeps its notice and metadata table above the
 * document), the issuer lines just above that heading.
 */
function headerOrigin(lines: readonly LineNode[]): number {
  const seen = nonBlankIndices(lines, 0, PREFACE);
  const window = seen.slice(0, WINDOW);
  const at = seen.find((i, k) => {
    const text = lines[i]!.value;
    if (splitTopLine(text).heading !== null) return true;
    // A heading wrapped after its first word ("ĐẢNG" / "CỘNG SẢN VIỆT NAM").
    const next = seen[k + 1];
    return next !== undefined && text.length < 20 && splitTopLine(`${text} ${lines[next]!.value}`).heading !== null && isUpperLine(text);
  });
  if (at === undefined || window.includes(at)) return 0;
  let start = at;
  let taken = 0;
  for (let k = seen.indexOf(at) - 1; k >= 0 && taken < ISSUER_ABOVE; k--) {
    const text = lines[seen[k]!]!.value.trim();
    if (!isUpperLine(text) && !/^[-_=*]{3,}$/u.test(text)) break;
    start = seen[k]!;
    taken++;
  }
  return start;
}

/** "Số:" alone, the number and symbol on the next line: read as one line, placed on the first. */
function wrappedNumber(lines: readonly LineNode[], window: readonly number[]): [number, DocumentNumber] | null {
  return withNextLine(lines, window, /^\s{0,3}s[o0]\s{0,2}:?\s*$/u, (joined, first) => {
    const n = parseDocumentNumber(joined);
    return n !== null && n.start <= 3 ? { ...n, end: first.length } : null;
  });
}

/** A line holding nothing but a document's number and symbol. */
const SYMBOL_ALONE = /^\s*\d{1,6}\s*\/\s*[\p{Lu}\p{N}\/.\-–]+\s*$/u;

/** A number and symbol on a line of their own above the title, its "Số:" lost to the scan ("7360/KH-UBND"): read as labelled. */
function symbolAlone(lines: readonly LineNode[], window: readonly number[]): [number, DocumentNumber] | null {
  for (const i of window) {
    const text = lines[i]!.value;
    if (!SYMBOL_ALONE.test(text)) continue;
    const n = parseDocumentNumber(`Số: ${text.trim()}`);
    if (n !== null) return [i, { ...n, start: 0, end: text.length }];
  }
  return null;
}

/** `places`: the gazetteer the place and the issuer's place are read by (the package's by default). */
export function parseHeader(lines: readonly LineNode[], places: PlaceTable = defaultPlaces()): HeaderResult | null {
  const seen = nonBlankIndices(lines, headerOrigin(lines), WINDOW);
  // The header stands above the addressees: from "Kính gửi:" on it is the letter's body.
  const to = seen.findIndex((i) => isAddresseeHead(lines[i]!.value));
  const window = to < 0 ? seen : seen.slice(0, to);
  const first = window[0];
  if (first === undefined) return null;
  if (typeOfTitle(lines[first]!.value.replace(/[:.]\s*$/u, '')) === 'Phụ lục') return appendixHeader(lines, first);

  // Number and date sit above the title; below it, "số 28-NQ/TW" is the subject citing another document.
  const titleLine = window.find((i) => isUpperLine(lines[i]!.value) && typeOfTitle(lines[i]!.value.replace(/[:.]\s*$/u, '')) !== null);
  const above = titleLine === undefined ? window : window.filter((i) => i < titleLine);
  // The left column comes first on a flattened line, so the number starts it (after any indent).
  const numberIn = (range: number[]): [number, DocumentNumber] | null =>
    findIn(lines, range, (text) => {
      const n = parseDocumentNumber(text);
      return n !== null && n.start <= text.length - text.trimStart().length + 3 ? n : null;
    }) ?? wrappedNumber(lines, range) ?? symbolAlone(lines, range);
  const dateIn = (range: number[]): [number, PlaceDate & { through?: number }] | null => findIn(lines, range, (text) => parsePlaceDate(text)) ?? wrappedDate(lines, range);
  // A transcription may put the title and its subject first and the header block under them
  // ("KẾ HOẠCH" / subject / "TỈNH ỦY KHÁNH HÒA" / "Số 11-KH/BCĐ" / "Khánh Hòa, ngày …"): with
  // nothing above the title, the block below it is the header; a number there starts its line.
  let top = above;
  let num = numberIn(above);
  let dated = dateIn(above);
  if (titleLine !== undefined && num === null && dated === null) {
    const below = window.filter((i) => i > titleLine);
    const [belowNum, belowDate] = [numberIn(below), dateIn(below)];
    if (belowNum !== null && belowDate !== null) [top, num, dated] = [below, belowNum, belowDate];
  }
  if (num) {
    const original = lines[num[0]]!.data?.original;
    const printed = numberFromOriginal(num[1], original);
    if (printed) num = [num[0], printed];
    const lettered = symbolFromOriginal(num[1], original);
    if (lettered) num = [num[0], lettered];
  }
  let placeDate: [number, PlaceDate & { through?: number }] | null = dated;
  if (num) {
    // On the number line the place and date follow the symbol.
    const sameLine = parsePlaceDate(lines[num[0]]!.value, num[1].end);
    if (sameLine) placeDate = [num[0], sameLine];
  }
  const topEnd = Math.max(num?.[0] ?? -1, placeDate?.[0] ?? -1, placeDate === dated ? (dated?.[1].through ?? -1) : -1);
  const afterTop = window.filter((i) => i > topEnd);
  const titled = findIn(lines, afterTop.slice(0, 3), (text) =>
    isUpperLine(text) ? typeOfTitle(text.replace(/[:.]\s*$/u, '')) : null,
  );
  // Restoration reads a damaged "V/v" as a word ("viv" → "vịt"): the line as printed decides too.
  const isVv = (i: number) => isVvText(lines[i]!.value) || isVvText(lines[i]!.data?.original ?? '');
  // The subject of a letter stands under its number, above or below the date.
  const vvAt = window.find((i) => i > (num?.[0] ?? topEnd - 1) && isVv(i));
  // A date with no place, no number and no title is a cited document's date in the body
  // ("Thực hiện Kết luận số 15-KL/ĐU" / "ngày 29 tháng 10 năm 2025 của …"), not a header.
  if (!num && !titled && vvAt === undefined && (!placeDate || placeDate[1].place === null)) return null;

  const startLine = lines[first]!;

  // Issuer and national heading: the lines above the number/date line, cut at the national heading.
  const issuerParts: string[] = [];
  let nationalHeading: string | null = null;
  const issues: Issue[] = [];
  let headingRest: string[] | undefined;
  let joinedWith = -1;
  const issuerWindow = window.filter((k) => k >= (top[0] ?? 0) && k <= topEnd && k !== num?.[0] && k !== placeDate?.[0] && k !== placeDate?.[1].through);
  for (let n = 0; n < issuerWindow.length; n++) {
    const i = issuerWindow[n]!;
    if (i === joinedWith) continue;
    const wrapped = isHeadingRest(lines[i]!.value, headingRest);
    headingRest = undefined;
    if (wrapped) continue;
    let top = splitTopLine(lines[i]!.value);
    // The heading wrapped after its first word ("ĐẢNG" / "CỘNG SẢN VIỆT NAM"): read with the next line.
    const next = issuerWindow[n + 1];
    if (top.heading === null && next !== undefined && lines[i]!.value.trim().length < 20) {
      const joined = splitTopLine(`${lines[i]!.value.trim()} ${lines[next]!.value.trim()}`);
      if (joined.heading !== null && joined.left === '') {
        top = joined;
        joinedWith = next;
      }
    }
    headingRest = top.rest;
    if (top.heading && nationalHeading === null) {
      nationalHeading = top.heading;
      if (top.printed !== top.heading) {
        issues.push(issue('header-national-heading-repaired', `National heading printed "${top.printed}" read as "${top.heading}"`, lines[i]!, 'info'));
      }
    }
    // The number wrapped under a bare "Số:" ("Số:" / "95/2025/QĐ-UBND") is no part of the issuer.
    // "VÀ" alone on its line joins a ministry's name ("BỘ NÔNG NGHIỆP" / "VÀ" / "MÔI TRƯỜNG").
    const joins = /^\s*VÀ\s*$/u.test(top.left) && issuerParts.length > 0;
    if ((letterCount(top.left) >= 2 && isUpperLine(top.left) && !SYMBOL_ALONE.test(top.left)) || joins) issuerParts.push(top.left.trim());
  }
  let issuer = issuerParts.length > 0 ? issuerParts.join(' ') : null;
  if (issuer !== null) {
    const reading = readIssuer(issuer, places);
    if (reading.repaired) {
      issues.push(issue('header-issuer-repaired', `Issuer printed "${issuer}" read as "${reading.issuer}"`, lines[first]!, 'info'));
      issuer = reading.issuer;
    }
  }

  let subjectRun: number[] = [];
  let last = topEnd;
  if (titled) {
    last = titled[0];
    const direct = block(lines, titled[0] + 1, false);
    const spaced = direct.length === 0 ? block(lines, titled[0] + 1, true) : [];
    const run = direct.length > 0 ? direct : spaced;
    if (looksLikeTitle(lines, run)) subjectRun = run;
  } else if (vvAt !== undefined) {
    subjectRun = block(lines, vvAt, false);
    // A scan puts blank lines inside the subject: a line starting lower-case after one carries it on.
    for (let more = subjectRun; more.length > 0 && subjectRun.length < MAX_SUBJECT_LINES; ) {
      let k = more[more.length - 1]! + 1;
      while (k < lines.length && isBlank(lines[k]!.value)) k++;
      more = k < lines.length && startsLower(lines[k]!.value.trim()) ? block(lines, k, false).slice(0, MAX_SUBJECT_LINES - subjectRun.length) : [];
      subjectRun = [...subjectRun, ...more];
    }
  }
  if (subjectRun.length > 0) last = Math.max(last, subjectRun[subjectRun.length - 1]!);
  if (vvAt !== undefined && !titled) last = Math.max(last, vvAt);

  let type: DocumentType | null = titled ? titled[1] : null;
  const symbolType = num ? typeOfSymbol(num[1].symbol) : null;
  // A letter prints no title, and its symbol's first code is the issuer's ("5348/CT-CS" of the Cục
  // Thuế is no Chỉ thị): a "V/v" subject without a title line makes it a Công văn.
  if (type === null) type = vvAt !== undefined ? 'Công văn' : symbolType;
  else if (symbolType !== null && symbolType !== type && !(type === 'Chương trình hành động' && symbolType === 'Kế hoạch')) {
    issues.push(issue('header-type-mismatch', `Title says ${type} but the symbol ${num![1].symbol} says ${symbolType}`, lines[titled![0]]!, 'info'));
  }

  const at = (i: number | undefined) => (i === undefined ? startLine : lines[i]!);
  if (issuer === null) issues.push(issue('header-missing-issuer', 'No issuing body found at the top of the document', startLine));
  if (nationalHeading === null) issues.push(issue('header-missing-national-heading', 'No national heading found', startLine, 'info'));
  if (!num) issues.push(issue('header-missing-number', 'No document number ("Số: …") found', startLine));
  else {
    const [i, n] = num;
    for (const note of n.notes) {
      const unreadable = n.unreadable || n.number === null;
      issues.push(issue(unreadable ? 'header-unreadable-number' : 'header-number-repaired', `Document number: ${note}`, at(i), unreadable ? 'warning' : 'info', n.start));
    }
  }
  let place: string | null = null;
  if (!placeDate) issues.push(issue('header-missing-date', 'No place and date line found', startLine));
  else {
    const [i, pd] = placeDate;
    if (pd.problem) issues.push(issue('header-unreadable-date', pd.problem, at(i), 'warning', pd.start));
    if (pd.place === null) issues.push(issue('header-missing-place', 'No place before the date', at(i), 'warning', pd.start));
    else {
      // A province, or for a commune's or ward's document its own name ("Tân Phú, ngày …").
      place = places.readPlace(pd.place).place;
      const printedPlace = placeFromOriginal(pd.place, lines[i]!.data?.original, places);
      if (printedPlace !== null) place = printedPlace;
      if (place !== pd.place) issues.push(issue('header-place-repaired', `Place printed "${pd.place}" read as "${place}"`, at(i), 'info', pd.start));
    }
  }
  if (type === null) issues.push(issue('header-missing-type', 'No document type (title line or symbol code) found', startLine));
  const subject = textOf(lines, subjectRun);
  if (subject === null) issues.push(issue('header-missing-subject', 'No subject (title lines or "V/v …") found', at(titled?.[0]), 'info'));

  const end = last + 1;
  const header: Header = {
    issuer,
    nationalHeading,
    number: num?.[1].number ?? null,
    symbol: num?.[1].symbol ?? null,
    id: num?.[1].id ?? null,
    type,
    place,
    date: placeDate?.[1].date ?? null,
    subject,
    span: spanOfLines(lines.slice(first, end)),
  };
  return { header, start: first, end, issues };
}
