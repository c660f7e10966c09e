import { describe, expect, it } from 'vitest';
import { detached } from '../../src/text/detached.js';

describe('detached', () => {
  it('gives back the same characters, surrogate pairs and combining marks included', () => {
    const doc = `TỈNH ỦY HƯNG YÊN 𝔸 Tỉnh ủy\u0301 ${'x'.repeat(40)}`;
    for (const piece of [doc, doc.slice(3, 30), doc.slice(17, 21), '', 'a']) expect(detached(piece)).toBe(piece);
  });
});
