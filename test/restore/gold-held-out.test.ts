/**
 * The hand-corrected seed gold (fixtures/restore/NNN.gold.txt): every file is
 * its seed corrected line for line, and only the gold of seeds 000 and 001 is
 * ever training text. Seeds 002 and 003 have gold for measurement only
 * (bench:restore's held-out "seed-held" set): the in-domain text of the
 * language model, the channel's inventory and the protected lists
 * (scripts/dict/lm-corpus.ts) must not pick it up, even when asked to.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inDomainTexts } from '../../scripts/dict/lm-corpus.js';

const REPO = join(import.meta.dirname, '..', '..');
const GOLD_DIR = join(REPO, 'fixtures', 'restore');
const golds = readdirSync(GOLD_DIR).filter((f) => /^\d{3}\.gold\.txt$/.test(f)).sort();
const seeds = readdirSync(join(REPO, 'seeds'));

describe('seed gold', () => {
  it('covers seeds 000 to 003', () => {
    expect(golds).toEqual(['000.gold.txt', '001.gold.txt', '002.gold.txt', '003.gold.txt']);
  });

  it.each(golds)('%s is its seed corrected line for line (NFC, blank lines in place)', (gold) => {
    const seed = seeds.find((f) => f.startsWith(`${gold.slice(0, 3)}_`))!;
    const g = readFileSync(join(GOLD_DIR, gold), 'utf8');
    const s = readFileSync(join(REPO, 'seeds', seed), 'utf8');
    expect(g).toBe(g.normalize('NFC'));
    expect(g).not.toContain('\uFFFD');
    const gl = g.split('\n');
    const sl = s.split('\n');
    expect(gl.length).toBe(sl.length);
    expect(gl.map((l) => l.trim() === '')).toEqual(sl.map((l) => l.trim() === ''));
  });

  it('is training text for seeds 000 and 001 only, never 002 or 003', () => {
    const names = (gold?: string[]) => inDomainTexts(REPO, 1, gold).map((t) => t.name).filter((n) => n.startsWith('gold/'));
    expect(names()).toEqual(['gold/000.gold.txt', 'gold/001.gold.txt']);
    expect(names(['000', '001', '002', '003'])).toEqual(['gold/000.gold.txt', 'gold/001.gold.txt']);
    expect(names(['002', '003'])).toEqual([]);
  });
});
