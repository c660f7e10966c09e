import { describe, expect, it } from 'vitest';
import { mergeSplitWords, vowelless } from '../../src/restore/decode/split-words.js';
import { loadRestorer, restoreText, tokenize } from '../../src/restore/index.js';

describe('words OCR split in two', () => {
  it('merges a vowelless piece with the next word when the test says so, spans re-indexed', () => {
    const tokens = tokenize('Hoan thanh tr ong Quy 148-KL/TW');
    const symbol = tokens.findIndex((t) => t.text === '148-KL/TW');
    const { tokens: merged, spans } = mergeSplitWords(tokens, [{ start: symbol, end: symbol + 1, text: '148-KL/TW', unit: '<sym>' }], (a, b) => a + b === 'trong');
    const word = merged.find((t) => t.text === 'trong')!;
    expect(word).toMatchObject({ kind: 'word', start: 11, end: 17 });
    expect(merged[spans[0]!.start]!.text).toBe('148-KL/TW');
    expect(merged.length).toBe(tokens.length - 2);
  });

  it('leaves pieces with vowels, capitals after the space and refused pairs alone', () => {
    expect(vowelless('tr')).toBe(true);
    expect(vowelless('T')).toBe(true);
    expect(vowelless('ong')).toBe(false);
    const tokens = tokenize('tr ong T Inh nh ung');
    expect(mergeSplitWords(tokens, [], (a) => a === 'nh').tokens.map((t) => t.text).filter((t) => t.trim())).toEqual(['tr', 'ong', 'T', 'Inh', 'nhung']);
  });

  it('restores a split word as one in a scanned text, and leaves clean text alone', () => {
    const restorer = loadRestorer();
    // Two lines of a scan: a fragment of one line says too little of how damaged its page is.
    const scan = 'Thuc hién Ké hoach s6 425-KH/TU cia Tinh tiy,\nBan Thuong vu T inh 1y da ban hanh Ké hoach (Hoan thanh tr ong Quy I11/2025)';
    expect(restoreText(scan, restorer).text).toBe('Thực hiện Kế hoạch số 425-KH/TU của Tỉnh ủy,\nBan Thường vụ Tỉnh ủy đã ban hành Kế hoạch (Hoàn thành trong Quý III/2025)');
    const clean = 'Ông Nguyễn V Hùng và bà Trần T Lan';
    expect(restoreText(clean, restorer).text).toBe(clean);
  });
});
