import { describe, expect, it } from 'vitest';
import { gluedSplits, splitGluedWords } from '../../src/restore/decode/glued-words.js';
import { loadRestorer, restoreText, tokenize } from '../../src/restore/index.js';
import type { Lexicon } from '../../src/restore/decode/regime.js';

const WORDS = new Set(['chủ', 'trì', 'uỷ', 'vị', 'được', 'i', 'vé', 'an']);
const lexicon: Lexicon = { known: (w) => WORDS.has(w), knownBase: () => false };

describe('words a text layer glued together', () => {
  it('splits after a small marked vowel into known words or an acronym', () => {
    expect(gluedSplits('chủtrì', lexicon)).toEqual([3]);
    expect(gluedSplits('uỷUBND', lexicon)).toEqual([2]);
    expect(gluedSplits('vịđược', lexicon)).toEqual([2]);
    expect(gluedSplits('uỷchủtrì', lexicon)).toEqual([2, 5]);
  });

  it('leaves known words, one-letter pieces, capitals and unknown pieces alone', () => {
    expect(gluedSplits('chủ', lexicon)).toEqual([]);
    expect(gluedSplits('véi', lexicon)).toEqual([]);
    expect(gluedSplits('ƯBND', lexicon)).toEqual([]);
    expect(gluedSplits('chủtrìx', lexicon)).toEqual([]);
    expect(gluedSplits('VNeID', lexicon)).toEqual([]);
  });

  it('gives the pieces as tokens that still cover the input, and where the spaces go', () => {
    const tokens = tokenize('Đảng uỷUBND xã chủtrì');
    const { tokens: split, insertions } = splitGluedWords(tokens, [], lexicon);
    expect(split.map((t) => t.text).join('')).toBe('Đảng uỷUBND xã chủtrì');
    expect(split.filter((t) => t.kind === 'word').map((t) => t.text)).toEqual(['Đảng', 'uỷ', 'UBND', 'xã', 'chủ', 'trì']);
    expect(insertions).toEqual([7, 18]);
  });

  it('are restored with their spaces in accented text, and OCR damage is not split', () => {
    const restorer = loadRestorer();
    // A page of a text layer: the glued words are a few among words printed right.
    const page = 'Ban Thường vụ Đảng ủy xã ban hành Chương trình công tác toàn khóa, nhiệm kỳ 2025 - 2030, để lãnh đạo, chỉ đạo thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ nhất.\n';
    const text = 'Đảng uỷUBND xã chủtrì, phối hợp các cơ quan, đơn vịđược giao.';
    expect(restoreText(page + text, restorer).text).toBe(page + 'Đảng uỷ UBND xã chủ trì, phối hợp các cơ quan, đơn vị được giao.');
    const scan = 'Thuc hién Ké hoach s6 425-KH/TU cia Tinh tiy, phdi hop véi cac co quan lién quan';
    expect(restoreText(scan, restorer).text).not.toContain('vé i');
  });
});
