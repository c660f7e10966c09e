/**
 * The deadline grammars as lists: every parser is a global pattern with named groups only
 * (so its reader names what it takes), names are unique, and a new phrase is one more
 * entry — a parser added to a list finds its phrase through the same runner and refiners.
 */
import { describe, expect, it } from 'vitest';
import { fields } from '../../src/extract/deadlines/model.js';
import { runParsers, spanOf, type DeadlineParser } from '../../src/extract/deadlines/parser.js';
import { CALENDAR_PARSERS, EVENT_PARSERS } from '../../src/extract/deadlines/parsers.js';
import { Claims, refine } from '../../src/extract/deadlines/refiners.js';

const ALL = [...CALENDAR_PARSERS, ...EVENT_PARSERS];

/** Capture groups of a pattern, counted by matching the empty alternative. */
const groupCount = (re: RegExp): number => new RegExp(`${re.source}|`).exec('')!.length - 1;
const namedCount = (re: RegExp): number => Object.keys(new RegExp(`${re.source}|`).exec('')!.groups ?? {}).length;

describe('the deadline parsers', () => {
  it('are global patterns whose every group has a name, under names of their own', () => {
    for (const parser of ALL) {
      for (const re of [parser.pattern, parser.cellPattern ?? parser.pattern]) {
        expect(re.global, parser.name).toBe(true);
        expect(groupCount(re), parser.name).toBe(namedCount(re));
      }
    }
    expect(new Set(ALL.map((p) => p.name)).size).toBe(ALL.length);
    expect(ALL.length).toBeGreaterThan(15);
  });

  it('read a phrase given one more entry, through the same runner and refiners', () => {
    const reading = { folded: 'hoan thanh truoc le quoc khanh 2026', ctx: { documentDate: '2025-10-01', documentYear: 2025 }, standalone: false };
    const tet: DeadlineParser = {
      name: 'before National Day',
      pattern: /(?<![a-z])truoc\s{1,3}le\s{1,3}quoc\s{1,3}khanh\s{1,3}(?<year>\d{4})/g,
      extract: (m, g) => ({ ...spanOf(m), fields: fields('date', { due: `${g.year}-09-01` }) }),
    };
    const without = runParsers(CALENDAR_PARSERS, reading);
    expect(without.some((c) => c.fields.due === '2026-09-01')).toBe(false);
    const calendar = runParsers([...CALENDAR_PARSERS, tet], reading);
    const kept = refine({ calendar, events: [], claims: new Claims(reading.folded.length) }, { ...reading, opening: 0 });
    expect(kept).toEqual([expect.objectContaining({ start: 11, end: reading.folded.length, fields: expect.objectContaining({ due: '2026-09-01' }) })]);
  });
});
