/**
 * Deadlines in a block's text: the text keyed (cue words read through OCR damage, dates
 * written in words read as numbers), every parser of parsers.ts run over it, and the
 * refiners of refiners.ts deciding among their candidates; offsets map back to the text.
 */
import type { DeadlineHit } from '../../tree.js';
import { cueText } from '../text/cues.js';
import { squeeze } from '../text/fold.js';
import type { DeadlineContext, DeadlineOptions } from './model.js';
import { runParsers } from './parser.js';
import { CALENDAR_PARSERS, EVENT_PARSERS } from './parsers.js';
import { Claims, refine } from './refiners.js';
import { longDateEdits } from './long-dates.js';
import { spellingEdits } from './spellings.js';
import { rewrite } from '../text/rewrite.js';
import { byStart } from '../../text/ordering.js';

export type { DeadlineContext, DeadlineOptions } from './model.js';

export function findDeadlines(text: string, ctx: DeadlineContext, options: DeadlineOptions = {}): DeadlineHit[] {
  const standalone = options.standalone ?? false;
  // Grammars run on keyed text (cue words read through OCR damage); offsets map back to the text.
  const cue = cueText(text, undefined, options.syllables);
  // Dates written in words read as numeric ones, other spellings as the usual: one grammar for all.
  const long = rewrite(cue.key, [...longDateEdits(cue.key), ...spellingEdits(cue.key)].sort((a, b) => a.start - b.start));
  const folded = long.key;
  const reading = { folded, ctx, standalone };
  const found = {
    calendar: runParsers(CALENDAR_PARSERS, reading),
    events: runParsers(EVENT_PARSERS, reading),
    claims: new Claims(folded.length),
  };
  const opening = long.toNew(cue.toKey(text.length - text.trimStart().length));
  return refine(found, { ...reading, opening })
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
