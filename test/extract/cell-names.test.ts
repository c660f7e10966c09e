/** A lead or partner cell's names the gazetteer does not know keep their text; damaged known names do not become names. */
import { describe, expect, it } from 'vitest';
import { unknownCellAgencies } from '../../src/extract/agencies/cell-names.js';
import { findAgencies } from '../../src/extract/agencies/index.js';
import { extractTables } from '../../src/extract/tables.js';

const unknown = (cell: string) => unknownCellAgencies(cell, findAgencies(cell), extractTables().agencies).map((h) => h.agency.canonical);

describe('unknown names in agency cells', () => {
  it('keeps each part between semicolons that reads as a name no grammar finds', () => {
    expect(unknown('Lực lượng Dân quân tự vệ; Sở Tài chính')).toEqual(['Lực lượng Dân quân tự vệ']);
    // A name the unseen-name grammar reads (a head closed by its level) is found already, and not twice.
    expect(findAgencies('Ban Chỉ huy Phòng thủ dân sự tỉnh; Sở Tài chính').map((h) => h.agency.canonical)).toEqual(['Ban Chỉ huy Phòng thủ dân sự tỉnh', 'Sở Tài chính']);
    expect(unknown('Ban Chỉ huy Phòng thủ dân sự tỉnh; Sở Tài chính')).toEqual([]);
  });

  it('keeps a part opening on "các" or a noun of organisations, capitalised', () => {
    expect(unknown('Công an tỉnh; các cơ quan chủ quản hệ thống')).toEqual(['Các cơ quan chủ quản hệ thống']);
  });

  it('leaves out what is no name: lower case, capitals of a heading, one word', () => {
    expect(unknown('và cơ quan, địa phương liên quan')).toEqual([]);
    expect(unknown('PHÒNG THỦ DÂN SỰ')).toEqual([]);
    expect(unknown('Khác')).toEqual([]);
  });

  it('does not take a known name OCR broke off for a new one', () => {
    expect(unknown('Ủy ban nhân ở năn, ở TỬ')).toEqual([]);
    // Nor the start of a known name whose end a later name holds.
    expect(unknown('Ban Thường vụ Đảng ủy; UBND các xã, phường')).toEqual([]);
  });

  it('writes out abbreviations in known names', () => {
    expect(findAgencies('Bộ CHQS tỉnh').map((h) => h.agency.canonical)).toEqual(['Bộ Chỉ huy Quân sự tỉnh']);
  });
});
