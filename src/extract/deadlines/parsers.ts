/**
 * Every deadline parser, in the order their candidates are proposed (on a tie in length the
 * first proposed is kept). To read a new phrase, add one entry to the list of its kind:
 * points.ts (a day, month, quarter, year), ranges.ts (a start and an end), recurring.ts
 * (continuous or periodic work), holidays.ts (Tết), conditional.ts (after an event).
 */
import { EVENT_PARSERS } from './conditional.js';
import { HOLIDAY_PARSERS } from './holidays.js';
import type { DeadlineParser } from './parser.js';
import { POINT_PARSERS } from './points.js';
import { RANGE_PARSERS } from './ranges.js';
import { RECURRING_PARSERS } from './recurring.js';

/** Deadlines in the calendar: kept longest first, without overlap. */
export const CALENDAR_PARSERS: readonly DeadlineParser[] = [...POINT_PARSERS, ...RANGE_PARSERS, ...RECURRING_PARSERS, ...HOLIDAY_PARSERS];

/** Deadlines that hang on an event: clipped where a calendar deadline begins in their anchor. */
export { EVENT_PARSERS };
