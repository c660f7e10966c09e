import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countGroups, emptyCounts, plausiblePair } from '../../scripts/dict/channel-counts.js';
import { learnEditCosts } from '../../scripts/dict/channel-edit.js';
import { alignSequences, alignTexts, looseKey } from '../../src/restore/channel/align.js';
import { EditModel, editAlignment } from '../../src/restore/channel/edit-model.js';
import { decodeChannel, encodeChannel, type ChannelTables } from '../../src/restore/channel/format.js';
import { OcrChannel } from '../../src/restore/channel/ocr-channel.js';
import { SyllableTrie } from '../../src/restore/channel/syllable-trie.js';
import { loadChannel } from '../../src/restore/restorer.js';
import { DEFAULT_DICT_DIR } from '../../src/restore/restorer.js';

describe('alignment of OCR and clean tokens', () => {
  it('pairs damaged tokens one to one and keeps both sides whole', () => {
    const groups = alignTexts('Két ludn s6 148-KL/TW ngay 08/4/2025 ctia B¢ Chinh tri', 'Kết luận số 148-KL/TW ngày 08/4/2025 của Bộ Chính trị');
    expect(groups.every((g) => g.ocr.length === 1 && g.clean.length === 1)).toBe(true);
    expect(groups.map((g) => `${g.ocr[0]}=${g.clean[0]}`)).toContain('ctia=của');
    expect(groups.map((g) => `${g.ocr[0]}=${g.clean[0]}`)).toContain('s6=số');
  });

  it('finds words OCR split or glued, and tokens it dropped or invented', () => {
    const groups = alignSequences(['t', 'hwce', 'hién', 'déra', 'qwxzk', 'nhiém', 'vu'], ['thực', 'hiện', 'đề', 'ra', 'nhiệm', 'vụ', 'mới']);
    const shapes = groups.map((g) => `${g.ocr.join('+')}>${g.clean.join('+')}`);
    expect(shapes).toContain('t+hwce>thực');
    expect(shapes).toContain('déra>đề+ra');
    expect(shapes).toContain('qwxzk>');
    expect(shapes).toContain('>mới');
  });

  it('covers both sequences in order, whatever they are', () => {
    const word = fc.constantFrom('của', 'ctia', 'số', 's6', 'xã', 'x4', 'bộ', 'b¢', 'tỉnh', 'ủy', '12');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.array(word, { maxLength: 30 }), (a, b) => {
        const groups = alignSequences(a, b);
        expect(groups.flatMap((g) => g.ocr)).toEqual(a);
        expect(groups.flatMap((g) => g.clean)).toEqual(b);
      }),
    );
  });

  it('reads lookalike digits as letters only to pair tokens', () => {
    expect(looseKey('s6')).toBe('so');
    expect(looseKey('Số')).toBe('so');
    expect(plausiblePair('x4', 'xã')).toBe(true);
    expect(plausiblePair('nhiệm', 'của')).toBe(false);
  });
});

describe('confusion counts', () => {
  it('counts 1-1 confusions of syllables, and intended syllables on every step', () => {
    const counts = emptyCounts();
    countGroups(
      [
        { ocr: ['ctia'], clean: ['của'] },
        { ocr: ['ctia'], clean: ['Của'] },
        { ocr: ['déra'], clean: ['đề', 'ra'] },
        { ocr: ['148-kl/tw'], clean: ['148-kl/tw'] },
      ],
      counts,
    );
    expect(counts.printed.get('ctia')?.get('của')).toBe(2);
    expect(counts.intended.get('của')).toBe(2);
    expect(counts.intended.get('đề')).toBe(1);
    expect(counts.printed.has('déra')).toBe(false);
    expect(counts.printed.has('148-kl/tw')).toBe(false);
    expect(counts.shapes.get('1-2')).toBe(1);
  });
});

describe('character edit model', () => {
  const pairs = [
    { observed: 'két', intended: 'kết', count: 20 },
    { observed: 'vé', intended: 'về', count: 20 },
    { observed: 'ctia', intended: 'của', count: 10 },
    { observed: 'cua', intended: 'của', count: 10 },
    { observed: 'dé', intended: 'để', count: 10 },
    { observed: 'dinh', intended: 'định', count: 10 },
    { observed: 'tinh', intended: 'tỉnh', count: 10 },
  ];
  const costs = learnEditCosts(pairs);
  const model = new EditModel(costs);

  it('learns what OCR prints for each character', () => {
    expect(model.emitCost('ế', 'é')).toBeLessThan(model.emitCost('ế', 'a'));
    expect(model.emitCost('ề', 'é')).toBeLessThan(1);
    expect(model.emitCost('đ', 'd')).toBeLessThan(1);
    expect(model.emitCost('ủ', 'ti')).toBeLessThan(model.emitCost('ủ', 'xy'));
  });

  it('scores a word by its cheapest way of being printed', () => {
    expect(model.cost('két', 'kết')).toBeLessThan(model.cost('két', 'kịt'));
    const { cost, steps } = editAlignment(model, 'ctia', 'của');
    expect(cost).toBeCloseTo(model.cost('ctia', 'của'), 9);
    expect(steps.map((s) => s.printed).join('')).toBe('ctia');
    expect(steps.filter((s) => s.intended !== '').map((s) => s.intended).join('')).toBe('của');
  });

  it('finds in the trie what brute force finds', () => {
    const inventory = ['của', 'cửa', 'cùa', 'kết', 'kịt', 'về', 'vế', 'để', 'đề', 'định', 'tỉnh', 'tính', 'tinh'];
    const trie = new SyllableTrie(inventory, model);
    for (const observed of ['ctia', 'két', 'vé', 'dinh', 'tinh', 'zzz']) {
      const hits = trie.search(model.forObserved(observed), 40, 60, 50);
      const brute = inventory
        .map((s, index) => ({ index, cost: model.cost(observed, s) }))
        .filter((h) => h.cost <= Math.min(...inventory.map((s) => model.cost(observed, s))) + 40)
        .sort((a, b) => a.cost - b.cost || a.index - b.index);
      expect(hits.map((h) => h.index)).toEqual(brute.map((h) => h.index));
      hits.forEach((h, k) => expect(h.cost).toBeCloseTo(brute[k]!.cost, 9));
    }
  });

  it('says whether some syllable is within a bound as brute force does', () => {
    const inventory = ['của', 'cửa', 'cùa', 'kết', 'kịt', 'về', 'vế', 'để', 'đề', 'định', 'tỉnh', 'tính', 'tinh'];
    const trie = new SyllableTrie(inventory, model);
    for (const observed of ['ctia', 'két', 'vé', 'dinh', 'tinh', 'zzz', 'mmcua']) {
      const cheapest = Math.min(...inventory.map((s) => model.cost(observed, s)));
      for (const bound of [0, 0.5, 2, 5, 10, 20, 40]) {
        expect(trie.reaches(model.forObserved(observed), bound)).toBe(cheapest <= bound);
      }
      expect(trie.reaches(model.forObserved(observed), cheapest)).toBe(true);
    }
  });
});

describe('OCR channel', () => {
  const syllables = ['cua', 'của', 'cửa', 'số', 'sổ'];
  const tables: ChannelTables = {
    params: { beta: 4, margin: 30, ceiling: 60, limit: 10 },
    costs: learnEditCosts([
      { observed: 'ctia', intended: 'của', count: 8 },
      { observed: 's6', intended: 'số', count: 8 },
      { observed: 'cua', intended: 'của', count: 8 },
    ]),
    syllables,
    syllableCount: Uint32Array.of(2, 16, 2, 10, 1),
    forms: ['ctia', 's6'],
    formStart: Uint32Array.of(0, 1, 2),
    entrySyllable: Uint16Array.of(1, 3),
    entryCount: Uint32Array.of(8, 8),
    candStart: Uint32Array.of(0, 0, 0),
    candSyllable: new Uint16Array(0),
    candCost: new Uint16Array(0),
  };

  it('smooths the token counts with the edit model', () => {
    const channel = new OcrChannel(tables);
    const cands = channel.candidates('ctia');
    expect(cands[0]!.syllable).toBe('của');
    const edit = channel.edit.cost('ctia', 'của');
    expect(cands[0]!.logp).toBeCloseTo(Math.log((8 + 4 * Math.exp(-edit)) / (16 + 4)), 9);
    // A form never seen gets edit-model candidates only.
    const unseen = channel.candidates('cla');
    expect(unseen.map((c) => c.syllable)).toContain('của');
    expect(unseen.every((c) => c.logp <= 0)).toBe(true);
  });

  it('rules out a best candidate only when no candidate reaches it', () => {
    const channel = new OcrChannel(tables);
    for (const observed of ['cla', 'ctia', 's6', 'zzkq', 'cưa', 'sô']) {
      const best = new OcrChannel(tables).candidates(observed)[0]?.logp ?? -Infinity;
      for (const logp of [-40, -12, -6, -3, -1, -0.2, best - 1e-6, best, best + 1e-6]) {
        if (!channel.mayReach(observed, logp)) expect(best).toBeLessThan(logp);
      }
      if (best > -Infinity) expect(channel.mayReach(observed, best)).toBe(true);
    }
  });

  it('finds a reading for a long form exactly when some syllable reads as it within the ceiling', () => {
    const channel = new OcrChannel(tables);
    for (let n = 1; n <= 12; n++) {
      const form = 'zq'.repeat(n);
      const reachable = syllables.some((s) => channel.edit.cost(form, s) <= tables.params.ceiling);
      expect(channel.search(form).length > 0, form).toBe(reachable);
      if (!reachable) expect(channel.mayReach(form, -tables.params.ceiling)).toBe(false);
    }
    // A megabyte of junk in one word is no syllable, and is told so at once.
    const learnt = loadChannel(DEFAULT_DICT_DIR);
    const run = 'xiv'.repeat(350_000);
    expect(learnt.candidates(run)).toEqual([]);
    expect(learnt.mayReach(run, -100)).toBe(false);
  });

  it('reads back what it writes, byte for byte', () => {
    const bytes = encodeChannel(tables);
    const back = decodeChannel(bytes);
    expect(back.forms).toEqual(tables.forms);
    expect([...back.entryCount]).toEqual([...tables.entryCount]);
    expect(Buffer.compare(encodeChannel(back), bytes)).toBe(0);
    expect(() => decodeChannel(Buffer.from('nope'))).toThrow(/not a channel table/u);
  });

  it('reads common OCR damage from the learnt tables in dict/', () => {
    const channel = loadChannel(DEFAULT_DICT_DIR);
    const best = (o: string): string => channel.candidates(o)[0]!.syllable;
    expect(best('ctia')).toBe('của');
    expect(best('chirc')).toBe('chức');
    expect(best('nhimg')).toBe('những');
    expect(channel.candidates('s6').slice(0, 2).map((c) => c.syllable)).toContain('số');
    expect(channel.candidates('x4').map((c) => c.syllable)).toContain('xã');
    // Stored lists and searches agree on a form of the table.
    const stored = channel.candidates('ctia');
    const searched = channel.search('ctia');
    expect(stored.map((c) => c.syllable)).toEqual(searched.map((c) => c.syllable));
  });
});
