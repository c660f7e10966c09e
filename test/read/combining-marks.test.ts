/**
 * Runs of combining marks are cut to the two a letter needs before the text
 * is normalised, with a warning naming the line: NFC sorts a run's marks one
 * insertion at a time, and a megabyte of them took 229 s. Marks reach the
 * text from UTF-8 and UTF-16, from Windows-1258 (which spells tones as
 * combining marks) and from TCVN3's VN1 combining tones.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { decodeBytes } from '../../src/read/decode/index.js';
import { capMarks, MAX_MARKS } from '../../src/read/decode/normalize.js';

/** Acute and dot below alternating: marks of two classes, which NFC reorders. */
const run = (marks: number): string => '\u0301\u0323'.repeat(marks / 2);

describe('runs of combining marks', () => {
  it('a megabyte of marks on one letter is cut to two, with a warning, and the rest of the text kept', async () => {
    const marks = 1 << 20;
    const text = `Kế hoạch số 642-KH/TU\r\nSở Nội vụ chủ trì\na${run(marks)}b\nHà Nội\n`;
    const { document, restoredText } = await parse(text, { restore: false });
    expect(document.messages.find((m) => m.ruleId === 'combining-marks')).toEqual({
      severity: 'warning',
      ruleId: 'combining-marks',
      source: 'read',
      message: `${marks - MAX_MARKS} combining mark(s) dropped: runs of more than ${MAX_MARKS} on one letter (first on line 3), which no letter needs`,
      line: 3,
      column: 1,
    });
    expect(restoredText).toBe(`Kế hoạch số 642-KH/TU\nSở Nội vụ chủ trì\n${'a\u0301\u0323'.normalize('NFC')}b\nHà Nội\n`);
  });

  it('leaves what a letter needs alone: a vowel mark and a tone, in either order', () => {
    for (const text of ['e\u0323\u0302', 'e\u0302\u0323', 'Vie\u0302\u0323t Nam', 'a\u0301 a\u0301']) {
      expect(capMarks(text)).toEqual({ text, dropped: 0, first: -1 });
    }
    expect(decodeBytes(Buffer.from('Vie\u0302\u0323t Nam'))).toMatchObject({ ok: true, text: 'Việt Nam' });
  });

  it('counts marks outside the Basic Multilingual Plane as one each', () => {
    expect(capMarks(`x${'\u{1D167}'.repeat(5)}`)).toEqual({ text: `x${'\u{1D167}'.repeat(2)}`, dropped: 3, first: 1 });
  });

  it('cuts runs that Windows-1258 tone bytes make', () => {
    // 0xEC and 0xF2 are the combining acute and dot below of Windows-1258.
    const bytes = Buffer.concat([Buffer.from('Ke\u00e2 hoa\r\nVi', 'latin1'), Buffer.alloc(200_000, 0xec).map((b, i) => (i % 2 ? 0xf2 : b)), Buffer.from('t\r\n', 'latin1')]);
    const result = decodeBytes(bytes, { encoding: 'windows-1258' });
    expect(result.ok && result.warnings.find((w) => w.ruleId === 'combining-marks')).toMatchObject({ line: 2 });
    expect(result.ok && result.text.length).toBeLessThan(20);
  });

  it('cuts runs of TCVN3 (VN1) combining tones before composing them', () => {
    // 0xB3 and 0xB4 are VN1's combining acute and dot below.
    const bytes = Buffer.concat([Buffer.from('Ke\nVi', 'latin1'), Buffer.alloc(200_000, 0xb3).map((b, i) => (i % 2 ? 0xb4 : b)), Buffer.from('t\n', 'latin1')]);
    const result = decodeBytes(bytes, { encoding: 'tcvn3' });
    expect(result.ok && result.warnings.find((w) => w.ruleId === 'combining-marks')).toMatchObject({ line: 2 });
    expect(result.ok && result.text).toBe(`Ke\n${'Vi\u0301\u0323'.normalize('NFC')}t\n`);
  });
});
