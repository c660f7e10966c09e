import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../scripts/dict/lm-inventory.js';
import { buildLm, buildVocabulary } from '../../scripts/dict/lm.js';
import type { TrainingText } from '../../scripts/dict/lm-corpus.js';
import { NgramModel } from '../../src/restore/lm/model.js';
import { TINY_TEXT } from './helpers.js';

const texts: TrainingText[] = [
  { name: 'laws', text: TINY_TEXT, linesAreParagraphs: true, weight: 1 },
  { name: 'seed', text: 'UBND tỉnh ban hành\nkế hoạch số 12/KH-UBND. UBND tỉnh. UBND huyện.', linesAreParagraphs: false, weight: 2 },
];
const options = { order: 4, minOtherCount: 3, minCount: [1, 1, 1, 2] };

describe('dictionary build', () => {
  it('gives the same bytes for the same input', () => {
    const a = buildLm(texts, options);
    const b = buildLm(structuredClone(texts), options);
    expect(Buffer.compare(a, b)).toBe(0);
    expect(buildInventory(texts)).toBe(buildInventory(structuredClone(texts)));
  });

  it('keeps frequent non-syllable words and classes in the vocabulary, in code-point order', () => {
    const vocab = buildVocabulary(texts, 3);
    expect(vocab.slice(0, 6)).toEqual(['<s>', '</s>', '<num>', '<sym>', '<unk>', ',']);
    expect(vocab).toContain('ubnd'); // 6 weighted occurrences
    const words = vocab.slice(6);
    expect(words).toEqual([...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('loads what it writes', () => {
    const lm = NgramModel.fromBytes(buildLm(texts, options));
    expect(lm.order).toBe(4);
    expect(lm.id('tỉnh')).toBeGreaterThan(0);
    expect(lm.logp([lm.id('ủy'), lm.id('ban')], lm.id('nhân'))).toBeGreaterThan(lm.logp([lm.id('ủy'), lm.id('ban')], lm.id('ngành')));
  });

  it('counts the inventory by weight', () => {
    const tsv = buildInventory(texts);
    expect(tsv).toMatch(/^tỉnh\t\d+$/mu);
    const count = Number(/^tỉnh\t(\d+)$/mu.exec(tsv)![1]);
    const inTiny = TINY_TEXT.split(/[\s,.]+/u).filter((w) => w.toLowerCase() === 'tỉnh').length;
    expect(count).toBe(inTiny + 2 * 2);
  });
});
