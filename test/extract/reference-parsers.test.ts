/**
 * The reference grammars as lists: symbol forms and named forms are entries with named
 * groups only, under names of their own, so a new form is one more entry its reader can
 * take by name.
 */
import { describe, expect, it } from 'vitest';
import { findNamed, NAMED_PARSERS } from '../../src/extract/references/named.js';
import { findSymbols, SYMBOL_PARSERS } from '../../src/extract/references/symbol.js';

const groups = (re: RegExp): { all: number; named: number } => {
  const m = new RegExp(`${re.source}|`, re.flags.replace('g', '')).exec('')!;
  return { all: m.length - 1, named: Object.keys(m.groups ?? {}).length };
};

describe('the reference parsers', () => {
  it('are global patterns whose every group has a name, under names of their own', () => {
    for (const { name, pattern } of [...SYMBOL_PARSERS, ...NAMED_PARSERS]) {
      expect(pattern.global, name).toBe(true);
      const { all, named } = groups(pattern);
      expect(all, name).toBe(named);
    }
    expect(new Set(SYMBOL_PARSERS.map((p) => p.name)).size).toBe(SYMBOL_PARSERS.length);
    expect(new Set(NAMED_PARSERS.map((p) => p.name)).size).toBe(NAMED_PARSERS.length);
  });

  it('read each form by its groups', () => {
    const text = 'Thực hiện Kết luận số 148-KL/TW, Quyết định số 444/QĐ-TTg, Luật số 72/2025/QH15 và Nghị quyết Trung ương 4 (khóa XII), NQ18';
    expect(findSymbols(text).map((s) => [s.shape, s.number, s.year, s.code, s.issuer])).toEqual([
      ['party', '148', null, 'KL', 'TW'],
      ['state', '444', null, 'QĐ', 'TTg'],
      ['law', '72', '2025', null, 'QH15'],
    ]);
    expect(findNamed(text).map((n) => n.id)).toEqual(['Nghị quyết Trung ương 4 khóa XII', 'Nghị quyết 18']);
  });

  it('read a sub-number OCR spaced after its dot as one number', () => {
    const text = 'theo Nghị quyết số 66. 7/2025/NQ- CP và Nghị quyết số 66.2/2025/NQ-CP';
    expect(findSymbols(text).map((s) => [s.number, s.year, s.code, s.issuer])).toEqual([
      ['66.7', '2025', 'NQ', 'CP'],
      ['66.2', '2025', 'NQ', 'CP'],
    ]);
  });
});
