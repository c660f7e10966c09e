/**
 * Deadlines in a block's text. Every matcher proposes candidates; the
 * calendar ones (dates, months, quarters, years, ranges, recurrences) are
 * kept longest first without overlap, then each event-bound one (relative,
 * conditional) is cut short where a kept deadline begins inside its anchor
 * ("sau khi Trung ương sửa đổi … vào năm 2025" keeps the year).
 */
import type { DeadlineHit } from '../../tree.js';
import { cueText } from '../text/cues.js';
import { squeeze } from '../text/fold.js';
import { anchorEnd, findConditional, findRelative } from './conditional.js';
import type { Candidate, DeadlineContext, DeadlineOptions } from './model.js';
import { findDates, findMonths, findQuarters, findYears } from './points.js';
import { findRanges } from './ranges.js';
import { findRecurring } from './recurring.js';
import { longDateEdits } from './long-dates.js';
import { spellingEdits } from './spellings.js';
import { rewrite } from '../text/rewrite.js';
import { byStart } from '../../text/ordering.js';

export type { DeadlineContext, DeadlineOptions } from './model.js';

/**
 * Which candidate covers each character of the keyed text, by its start
 * (-1: none). Candidates are short, so checking or claiming one costs its
 * length, and keeping candidates stays linear in the text.
 */
class Claims {
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
    const anchorAt = e.anchorAt ?? e.end;
    const met = claims.firstIn(e.start, e.end);
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

export function findDeadlines(text: string, ctx: DeadlineContext, options: DeadlineOptions = {}): DeadlineHit[] {
  const standalone = options.standalone ?? false;
  // Grammars run on keyed text (cue words read through OCR damage); offsets map back to the text.
  const cue = cueText(text, undefined, options.syllables);
  // Dates written in words read as numeric ones, other spellings as the usual: one grammar for all.
  const long = rewrite(cue.key, [...longDateEdits(cue.key), ...spellingEdits(cue.key)].sort((a, b) => a.start - b.start));
  const folded = long.key;
  const claims = new Claims(folded.length);
  const calendar = keepLongest([
    ...findDates(folded, ctx, standalone),
    ...findMonths(folded, ctx, standalone),
    ...findQuarters(folded, ctx, standalone),
    ...findYears(folded, standalone),
    ...findRanges(folded, ctx, standalone),
    ...findRecurring(folded, standalone),
  ], claims);
  const eventCandidates = [...findRelative(folded), ...findConditional(folded, standalone)];
  // A cell that opens with an event ("Sau khi có Quyết định … ngày 22/8/2019 …") is that event as a
  // whole: dates inside it belong to the documents it names. Recurrences still count.
  const opensWithEvent = standalone && eventCandidates.some((e) => e.start === long.toNew(cue.toKey(text.length - text.trimStart().length)));
  const kept0 = opensWithEvent ? calendar.filter((c) => c.fields.kind === 'recurring') : calendar;
  // Calendar candidates a cell's opening event swallows give up their claims.
  if (opensWithEvent) {
    claims.reset();
    for (const c of kept0) claims.claim(c);
  }
  const events = clipEvents(eventCandidates, claims, folded);
  // A time at the end of an event's anchor is when the event is expected ("sau khi Trung ương sửa
  // đổi … vào năm 2025"), not a deadline of its own.
  const kept = kept0.filter((k) => !eventsBefore(events, k.start).some((e) => expectedTimeOf(folded, e, k)));
  return [...kept, ...events]
    .sort(byStart)
    .map((c) => {
      const start = cue.toTextStart(long.toOldStart(c.start));
      const end = cue.toTextEnd(long.toOldEnd(c.end));
      return {
        start,
        end,
        text: text.slice(start, end),
        deadline: {
          ...c.fields,
          text: squeeze(text.slice(start, end)),
          anchor: c.anchorAt === undefined ? c.fields.anchor : squeeze(text.slice(cue.toTextStart(long.toOldStart(c.anchorAt)), end)),
          references: [],
        },
      };
    });
}
