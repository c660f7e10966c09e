import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '../../src/text/bounded-memo.js';

describe('BoundedMemo', () => {
  it('answers what it was told, and empties itself rather than grow past its limit', () => {
    const memo = new BoundedMemo<number>(3);
    const doc = 'Sở Nội vụ chủ trì, phối hợp với Sở Tài chính';
    memo.set(doc.slice(0, 9), 1);
    memo.set('b', 2);
    memo.set('c', 3);
    expect([memo.get('Sở Nội vụ'), memo.get('b'), memo.get('c')]).toEqual([1, 2, 3]);
    memo.set('d', 4);
    expect([memo.get('Sở Nội vụ'), memo.get('b'), memo.get('c'), memo.get('d')]).toEqual([undefined, undefined, undefined, 4]);
  });
});
