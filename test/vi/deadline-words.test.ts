import { describe, expect, it } from 'vitest';
import { DATE_OPENERS, DEADLINE_WORDS, TIME_UNITS } from '../../src/vi/deadline-words.js';
import { fold } from '../../src/vi/fold.js';

describe('deadline words', () => {
  it('are folded words, each once', () => {
    for (const w of DEADLINE_WORDS) expect(fold(w)).toBe(w);
    expect(new Set(DEADLINE_WORDS).size).toBe(DEADLINE_WORDS.length);
  });

  it('hold the units and openers segmentation reads a trailing deadline by', () => {
    for (const w of [...TIME_UNITS, ...DATE_OPENERS]) expect(DEADLINE_WORDS).toContain(w);
  });
});
