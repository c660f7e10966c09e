/**
 * The dictionary module (src/dict): where the tables are (the package's dict/ or the folder
 * --dict-dir names) and the places gazetteer it hands the stages — the header's place is read
 * by the gazetteer of the dictionary in use, not by a list of its own; agencies by the agency
 * gazetteer of that dictionary, not the package's.
 */
import { appendFileSync, cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { AGENCIES_FILE, DEFAULT_DICT_DIR, openDictionary, PLACES_FILE, SYLLABLES_FILE } from '../../src/dict/index.js';
import { createProcessor, processText } from '../../src/pipeline.js';
import type { SourceInfo } from '../../src/types.js';
import { tempDir } from '../helpers/temp.js';

const HEADER = ['ỦY BAN NHÂN DÂN', 'XÃ HƯNG YẾN', '', 'Số: 12/KH-UBND', 'Hưng Yến, ngày 20 tháng 11 năm 2025', '', 'KẾ HOẠCH', 'Tổ chức Hội nghị', '', 'Ủy ban nhân dân xã ban hành kế hoạch.'].join('\n');
const SOURCE: SourceInfo = { path: null, sha256: '', encoding: 'utf-8', format: 'text', kind: 'text', bytes: 0, lines: 0, pages: null };

/** A copy of dict/ whose places.tsv knows one commune, Hưng Yến (no such commune exists). */
function customDict(): string {
  const dir = tempDir('dict-');
  cpSync(DEFAULT_DICT_DIR, dir, { recursive: true });
  writeFileSync(join(dir, PLACES_FILE), 'Hưng Yến\tcommune\tHưng Yên\t2025\n');
  return dir;
}

describe('the dictionary', () => {
  it("opens the package's dict/ by default, each folder once", () => {
    expect(openDictionary().dir).toBe(openDictionary(DEFAULT_DICT_DIR).dir);
    expect(openDictionary()).toBe(openDictionary(`${DEFAULT_DICT_DIR}/.`));
    expect(openDictionary().places().isPlace('Lương Minh')).toBe(true);
  });

  it('has no places where the folder has no places.tsv', () => {
    const empty = tempDir('dict-');
    expect(openDictionary(empty).places().rows).toEqual([]);
  });

  it("hands the header the gazetteer of the restorer's folder (--dict-dir)", async () => {
    expect((await parse(HEADER)).document.header.place).toBe('Hưng Yên');
    expect((await parse(HEADER, { dictDir: customDict() })).document.header.place).toBe('Hưng Yến');
  });

  it('hands the header the gazetteer a pipeline is given', async () => {
    const processor = createProcessor({ format: 'text', restore: false, dictionary: openDictionary(customDict()) });
    expect((await processText(HEADER, SOURCE, processor)).document.header.place).toBe('Hưng Yến');
    const plain = createProcessor({ format: 'text', restore: false });
    expect((await processText(HEADER, SOURCE, plain)).document.header.place).toBe('Hưng Yên');
  });

  it("reads agencies by the agency gazetteer of the dictionary in use (--dict-dir)", async () => {
    const text = 'KẾ HOẠCH\n\nI. NHIỆM VỤ\n1. Tổ Phản ứng nhanh Hồng Châu chủ trì, phối hợp với Sở Nội vụ tổ chức thực hiện.\n';
    const dir = tempDir('dict-');
    cpSync(DEFAULT_DICT_DIR, dir, { recursive: true });
    appendFileSync(join(dir, AGENCIES_FILE), 'Tổ Phản ứng nhanh Hồng Châu\tTổ PƯN Hồng Châu\tcommune\tstate\n');
    const lead = async (dictDir?: string) => (await parse(text, dictDir ? { dictDir } : {})).document.tasks[0]?.lead ?? [];
    expect((await lead()).map((a) => a.known)).not.toContain(true);
    expect(await lead(dir)).toEqual([expect.objectContaining({ canonical: 'Tổ Phản ứng nhanh Hồng Châu', level: 'commune', branch: 'state', known: true })]);
    // The record names the dictionary by the gazetteer's bytes too, so --resume redoes such documents.
    expect((await parse(text, { dictDir: dir })).document.run!.dictionary).not.toBe((await parse(text)).document.run!.dictionary);
  });

  it('hands extraction the syllable inventory of the dictionary in use', () => {
    const dir = tempDir('dict-');
    writeFileSync(join(dir, SYLLABLES_FILE), 'truoc\t9\nhan\t2\n');
    expect(openDictionary(dir).syllables()).toEqual(new Map([['truoc', 9], ['han', 2]]));
    expect(openDictionary(tempDir('dict-')).syllables().size).toBe(0);
  });
});
