/**
 * Document references in a block's text: numbered ones from their symbols
 * (with lists sharing one suffix, "Kế hoạch số 433, 443, 440, 416-KH/TU", and
 * trailing bare numbers, "Kết luận số 121-KL/TW, 127, 150…"), then named ones
 * where no numbered reference already covers the words.
 */
import type { SyllableCounts } from '../../dict/index.js';
import type { AgencyHit, ReferenceHit } from '../../tree.js';
import { findAgencies } from '../agencies/index.js';
import { fold, squeeze } from '../text/fold.js';
import { buildReference, type Surroundings } from './build.js';
import { keyedContext, type Context } from './context.js';
import { findNamed } from './named.js';
import { findSymbols, type RawSymbol } from './symbol.js';
import { byStart } from '../../text/ordering.js';
import { append } from '../../text/append.js';

const LIST_BEFORE = /((?:\d{1,5}(?:\.\d{1,2})?\s{0,2}(?:,|;|va)\s{0,2}){1,12})$/;
const LIST_NUMBER = /\d{1,5}(?:\.\d{1,2})?/g;
const TRAILING = /^((?:\s{0,2},\s{0,2}\d{1,5}){1,12})\s{0,2}(?:\.\.\.|…|\)|;|$)/;

interface Body {
  name: string | null;
  centralParty: boolean;
}

/** Agencies indexed by where they start and end, for the lookups a mention makes. */
const starts = new WeakMap<readonly AgencyHit[], Map<number, number>>();
const ends = new WeakMap<readonly AgencyHit[], Map<number, number>>();
function indexOf(agencies: readonly AgencyHit[], at: number, by: 'start' | 'end'): number {
  const cache = by === 'start' ? starts : ends;
  let map = cache.get(agencies);
  if (!map) cache.set(agencies, (map = new Map(agencies.map((a, i) => [a[by], i]))));
  return map.get(at) ?? -1;
}
const MAX_BODIES = 6;

/** Agencies in a run from `at` ("Bộ Chính trị, Ban Bí thư"), joined; a run is agencies separated by commas or "và". */
function bodyAt(at: number | null, agencies: readonly AgencyHit[], folded: string): Body & { end: number } {
  const none = { name: null, centralParty: false, end: at ?? 0 };
  if (at === null) return none;
  let i = indexOf(agencies, at, 'start');
  if (i === -1) return none;
  const names: string[] = [];
  let central = false;
  let end = at;
  while (i < agencies.length && names.length < MAX_BODIES) {
    const a = agencies[i]!;
    names.push(a.agency.canonical);
    central ||= a.agency.level === 'central' && a.agency.branch === 'party';
    end = a.end;
    const next = agencies[i + 1];
    if (!next || !/^\s{0,2}(?:,|va)\s{0,2}$/.test(folded.slice(a.end, next.start))) break;
    i++;
  }
  return { name: names.join(', '), centralParty: central, end };
}

function isBodyBetween(agencies: readonly AgencyHit[], folded: string) {
  return (start: number, end: number) => bodyAt(start, agencies, folded).end === end;
}

/** References in `text`, given the agencies found in it and the syllable inventory (both read from the dictionary by default). */
export function findReferences(text: string, agencies: readonly AgencyHit[] = findAgencies(text), syllables?: SyllableCounts): ReferenceHit[] {
  const folded = fold(text);
  const hits: ReferenceHit[] = [];
  const context = keyedContext(text, syllables);
  for (const symbol of findSymbols(text)) append(hits, referencesOf(symbol, text, folded, agencies, context));
  const covered = new Uint8Array(text.length + 1);
  for (const h of hits) covered.fill(1, h.start, h.end);
  const named = findNamed(text, context.cue).filter((n) => covered.subarray(n.start, n.end).every((c) => c === 0));
  for (const n of named) {
    hits.push({
      start: n.start,
      end: n.end,
      text: text.slice(n.start, n.end),
      reference: {
        id: n.id,
        kind: 'named',
        type: n.type,
        number: n.number,
        code: null,
        issuer: null,
        year: null,
        date: null,
        issuingBody: null,
        repairs: [],
        flags: [],
      },
    });
  }
  return hits.sort(byStart);
}

/** The issuer named as the subject of "(đã) ban hành" just before the mention: the last agency ending there. */
function issuerBefore(bodyEnd: number | null, agencies: readonly AgencyHit[], folded: string): Body {
  if (bodyEnd === null) return { name: null, centralParty: false };
  const i = indexOf(agencies, bodyEnd, 'end');
  if (i === -1) return { name: null, centralParty: false };
  let first = i;
  while (first > 0 && i - first < MAX_BODIES && /^\s{0,2}(?:,|va)\s{0,2}$/.test(folded.slice(agencies[first - 1]!.end, agencies[first]!.start))) first--;
  return bodyAt(agencies[first]!.start, agencies, folded);
}

function referencesOf(
  symbol: RawSymbol,
  text: string,
  folded: string,
  agencies: readonly AgencyHit[],
  context: Context,
): ReferenceHit[] {
  const isBody = isBodyBetween(agencies, folded);
  const list = LIST_BEFORE.exec(folded.slice(Math.max(0, symbol.start - 80), symbol.start));
  const listStart = list ? symbol.start - list[1]!.length : symbol.start;
  let before = list ? context.before(listStart, isBody) : null;
  // A run of numbers counts as a list only when "số" or type words introduce it.
  const members: Array<{ number: string; start: number; end: number }> = [];
  if (list && before) {
    for (const m of list[1]!.matchAll(LIST_NUMBER)) {
      const start = listStart + m.index;
      members.push({ number: m[0], start, end: start + m[0].length });
    }
  } else {
    before = context.before(symbol.start, isBody);
  }
  const after = context.after(symbol.end);
  const issued = context.issued(before?.start ?? symbol.start);
  let body = bodyAt(before?.bodyAt ?? after.bodyAt, agencies, folded);
  if (body.name === null) body = { ...body, ...issuerBefore(issued.bodyEnd, agencies, folded) };
  const around: Surroundings = {
    wordType: before?.type ?? null,
    date: after.date ?? (after.badDate === null ? issued.date : null),
    badDate: after.badDate,
    issuingBody: body.name,
    centralParty: body.centralParty,
  };
  const hits: ReferenceHit[] = [];
  const push = (start: number, end: number, number: string, raw: string | null, ctx: Surroundings) => {
    hits.push({ start, end, text: text.slice(start, end), reference: buildReference(symbol, number, raw, ctx) });
  };
  // Members before the suffix-bearing one carry no date of their own: a date follows the last.
  const undated: Surroundings = { ...around, date: null, badDate: null };
  members.forEach((m, n) => push(n === 0 && before ? before.start : m.start, m.end, m.number, null, undated));
  const mentionStart = members.length === 0 && before ? before.start : symbol.start;
  push(mentionStart, symbol.end, symbol.number, squeeze(text.slice(symbol.start, symbol.end)), around);
  if (after.end === symbol.end) {
    const trailing = TRAILING.exec(text.slice(symbol.end, symbol.end + 80));
    if (trailing) {
      for (const m of trailing[1]!.matchAll(LIST_NUMBER)) {
        const start = symbol.end + m.index;
        push(start, start + m[0].length, m[0], null, undated);
      }
    }
  }
  return hits;
}
