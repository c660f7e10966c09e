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

export type { DeadlineContext, DeadlineOptions } from './model.js';

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function keepLongest(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  return kept;
}

/** Event-bound candidates, clipped against the calendar ones and each other. */
function clipEvents(events: Candidate[], kept: Candidate[], folded: string): Candidate[] {
  const out: Candidate[] = [];
  for (const e of [...events].sort((a, b) => a.start - b.start)) {
    const anchorAt = e.anchorAt ?? e.end;
    let end = e.end;
    let dropped = false;
    for (const k of [...kept, ...out]) {
      if (!overlaps({ start: e.start, end }, k)) continue;
      if (k.start < anchorAt) {
        dropped = true;
        break;
      }
      end = Math.min(end, k.start);
    }
    if (dropped) continue;
    end = anchorEnd(folded.slice(0, end), anchorAt, e.stopAtComma);
    if (end > anchorAt) out.push({ ...e, end });
  }
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
  const cue = cueText(text);
  const folded = cue.key;
  const calendar = keepLongest([
    ...findDates(folded, ctx, standalone),
    ...findMonths(folded, ctx, standalone),
    ...findQuarters(folded, ctx, standalone),
    ...findYears(folded, standalone),
    ...findRanges(folded, ctx, standalone),
    ...findRecurring(folded, standalone),
  ]);
  const eventCandidates = [...findRelative(folded), ...findConditional(folded, standalone)];
  // A cell that opens with an event ("Sau khi có Quyết định … ngày 22/8/2019 …") is that event as a
  // whole: dates inside it belong to the documents it names. Recurrences still count.
  const opensWithEvent = standalone && eventCandidates.some((e) => e.start === cue.toKey(text.length - text.trimStart().length));
  const kept0 = opensWithEvent ? calendar.filter((c) => c.fields.kind === 'recurring') : calendar;
  const events = clipEvents(eventCandidates, kept0, folded);
  // A time at the end of an event's anchor is when the event is expected ("sau khi Trung ương sửa
  // đổi … vào năm 2025"), not a deadline of its own.
  const kept = kept0.filter((k) => !events.some((e) => expectedTimeOf(folded, e, k)));
  return [...kept, ...events]
    .sort((a, b) => a.start - b.start)
    .map((c) => {
      const start = cue.toTextStart(c.start);
      const end = cue.toTextEnd(c.end);
      return {
        start,
        end,
        text: text.slice(start, end),
        deadline: {
          ...c.fields,
          text: squeeze(text.slice(start, end)),
          anchor: c.anchorAt === undefined ? c.fields.anchor : squeeze(text.slice(cue.toTextStart(c.anchorAt), end)),
          references: [],
        },
      };
    });
}
