/**
 * The refiners of the deadline grammars: what decides among the candidates all parsers
 * proposed (parsers.ts), run in order. Calendar candidates (dates, months, quarters, years,
 * ranges, recurrences) are kept longest first without overlap; event-bound ones (relative,
 * conditional) are cut short where a kept deadline begins inside their anchor ("sau khi Trung
 * ương sửa đổi … vào năm 2025" keeps the year).
 */
import { byStart } from '../../text/ordering.js';
import { anchorEnd } from './conditional.js';
import type { Candidate } from './model.js';
import type { Reading } from './parser.js';
import { UNTIL } from './recurring.js';

/**
 * Which candidate covers each character of the keyed text, by its start
 * (-1: none). Candidates are short, so checking or claiming one costs its
 * length, and keeping candidates stays linear in the text.
 */
export class Claims {
  private readonly owner: Int32Array;
  constructor(length: number) {
    this.owner = new Int32Array(length + 1).fill(-1);
  }
  /** The start of the first claimed candidate met in [start, end), or -1. */
  firstIn(start: number, end: number): number {
    for (let i = start; i < end; i++) if (this.owner[i] !== -1) return this.owner[i]!;
    return -1;
  }
  reset(): void {
    this.owner.fill(-1);
  }
  claim(c: { start: number; end: number }): void {
    for (let i = c.start; i < c.end; i++) this.owner[i] = c.start;
  }
}

function keepLongest(candidates: Candidate[], claims: Claims): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (claims.firstIn(c.start, c.end) !== -1) continue;
    claims.claim(c);
    kept.push(c);
  }
  return kept;
}

/** Event-bound candidates, clipped against the calendar ones (already claimed) and each other. */
function clipEvents(events: Candidate[], claims: Claims, folded: string): Candidate[] {
  const out: Candidate[] = [];
  for (const e of [...events].sort(byStart)) {
    const met = claims.firstIn(e.start, e.end);
    // A limit stated with no event ("trong thời hạn 03 ngày làm việc") is whole as matched.
    if (e.anchorAt === undefined && e.fields.kind === 'relative') {
      if (met === -1) {
        claims.claim(e);
        out.push(e);
      }
      continue;
    }
    const anchorAt = e.anchorAt ?? e.end;
    // A deadline that starts before the anchor does (or before the event) owns these words.
    if (met !== -1 && met < anchorAt) continue;
    const limit = met === -1 ? e.end : met;
    const end = anchorEnd(folded, anchorAt, e.stopAtComma, limit);
    if (end <= anchorAt) continue;
    const clipped = { ...e, end };
    claims.claim(clipped);
    out.push(clipped);
  }
  return out;
}

/** Events (in order of start) that may hold a time at `at` in their parenthesis: those starting shortly before it. */
function eventsBefore(events: readonly Candidate[], at: number): Candidate[] {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.start < at - 400) lo = mid + 1;
    else hi = mid;
  }
  const out: Candidate[] = [];
  for (let i = lo; i < events.length && events[i]!.start < at; i++) out.push(events[i]!);
  return out;
}

/**
 * "(sau khi Trung ương sửa đổi … vào năm 2025)": a "vào …" time closing the
 * parenthesis an event opened is when the event is expected, not a deadline
 * of its own.
 */
function expectedTimeOf(folded: string, event: Candidate, k: Candidate): boolean {
  if (event.start >= k.start || !/^vao\s/u.test(folded.slice(k.start, k.start + 4))) return false;
  if (!/^\s{0,2}\)/u.test(folded.slice(k.end, k.end + 3))) return false;
  const between = folded.slice(event.start, k.start);
  return !between.includes(')') && !between.includes('(') && folded.lastIndexOf('(', event.start) !== -1;
}

/** The candidates being decided on, and which characters the kept ones cover. */
export interface Found {
  calendar: Candidate[];
  events: Candidate[];
  claims: Claims;
}

export interface DeadlineRefiner {
  name: string;
  refine(found: Found, reading: Reading & { opening: number }): Found;
}

export const REFINERS: readonly DeadlineRefiner[] = [
  {
    name: 'longest calendar deadline first',
    refine: (found) => ({ ...found, calendar: keepLongest(found.calendar, found.claims) }),
  },
  {
    // "hằng tháng, đến hết năm 2025", "thường xuyên, liên tục trong năm 2025": a recurrence with an end is
    // one deadline that has both.
    name: 'a recurrence with its end',
    refine(found, { folded }) {
      const sorted = [...found.calendar].sort(byStart);
      const out: Candidate[] = [];
      for (let i = 0; i < sorted.length; i++) {
        const c = sorted[i]!;
        const next = sorted[i + 1];
        const ends =
          next !== undefined &&
          c.fields.kind === 'recurring' &&
          c.fields.due === null &&
          next.fields.kind !== 'recurring' &&
          next.fields.due !== null &&
          UNTIL.test(folded.slice(c.end, next.end)) &&
          /^[\s,]*(?:lien\s{1,3}tuc[\s,]*)?$/.test(folded.slice(c.end, next.start));
        if (!ends) {
          out.push(c);
          continue;
        }
        out.push({ ...c, end: next.end, fields: { ...c.fields, due: next.fields.due, start: next.fields.start } });
        i++;
      }
      return { ...found, calendar: out };
    },
  },
  {
    // "đất sử dụng ổn định trước ngày 01/7/2004": a day long past when the document was written is a
    // cut-off in the facts it rules on, not a time to act. (A deadline a few days past is kept: a late
    // letter still names it.) Its words stay claimed, so nothing shorter is read inside them.
    name: 'a day long past',
    refine(found, { ctx }) {
      const before = yearBefore(ctx.documentDate);
      if (before === null) return found;
      return { ...found, calendar: found.calendar.filter((c) => c.fields.due === null || c.fields.due >= before) };
    },
  },
  {
    // A cell that opens with an event ("Sau khi có Quyết định … ngày 22/8/2019 …") is that event as a
    // whole: dates inside it belong to the documents it names. Recurrences still count, and the
    // calendar candidates the event swallows give up their claims.
    name: 'a cell opening with an event',
    refine(found, { standalone, opening }) {
      if (!standalone || !found.events.some((e) => e.start === opening)) return found;
      const calendar = found.calendar.filter((c) => c.fields.kind === 'recurring');
      found.claims.reset();
      for (const c of calendar) found.claims.claim(c);
      return { ...found, calendar };
    },
  },
  {
    name: 'events clipped at the calendar',
    refine: (found, { folded }) => ({ ...found, events: clipEvents(found.events, found.claims, folded) }),
  },
  {
    // A time at the end of an event's anchor is when the event is expected ("sau khi Trung ương sửa
    // đổi … vào năm 2025"), not a deadline of its own.
    name: 'the time an event is expected',
    refine: (found, { folded }) => ({
      ...found,
      calendar: found.calendar.filter((k) => !eventsBefore(found.events, k.start).some((e) => expectedTimeOf(folded, e, k))),
    }),
  },
];

/** The day a year before the document's date (ISO), or null without one. */
function yearBefore(date: string | null): string | null {
  if (date === null || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  return `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
}

/** The candidates the refiners keep. */
export function refine(found: Found, reading: Reading & { opening: number }): Candidate[] {
  let state = found;
  for (const refiner of REFINERS) state = refiner.refine(state, reading);
  return [...state.calendar, ...state.events];
}
