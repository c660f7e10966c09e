/**
 * The suite holds on a busy machine: no test file sets a time limit of its
 * own (the 60 s ones failed under load), the configured limit is one no
 * slow machine reaches, setup has none, and every file the heavy project
 * names exists (a renamed file would silently drop out of `npm test`).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../vitest.config.js';

const REPO = join(import.meta.dirname, '..');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return testFiles(path);
    return e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** A number as the last argument of it(), test(), beforeAll() …: `}, 60_000);` or a timeout option set to a number. */
const OWN_LIMIT = /^\s*\}\s*,\s*[\d_]+\s*\)\s*;?\s*$|\btimeout\s*:\s*[\d_]+/mu;

describe('the suite under load', () => {
  it('sets no time limit in any test file', () => {
    const limited = testFiles(join(REPO, 'test')).filter((f) => OWN_LIMIT.test(readFileSync(f, 'utf8')));
    expect(limited.map((f) => relative(REPO, f))).toEqual([]);
  });

  it('gives each test a limit only a hang reaches, and setup none', () => {
    const test = config.test!;
    expect(test.testTimeout).toBeGreaterThanOrEqual(30 * 60 * 1000);
    expect(test.hookTimeout).toBe(0);
  });

  it('runs every project, the heavy and isolated ones naming files that exist, and the unit one the rest', () => {
    const projects = projectsOf();
    expect(projects.map((p) => p.name)).toEqual(['unit', 'isolated', 'heavy']);
    const heavy = projects.find((p) => p.name === 'heavy')!;
    expect(heavy.include.length).toBeGreaterThan(5);
    const others = projects.filter((p) => p.name !== 'unit').flatMap((p) => p.include);
    for (const f of others) expect(existsSync(join(REPO, f)), f).toBe(true);
    expect([...projects.find((p) => p.name === 'unit')!.exclude].sort()).toEqual([...others].sort());
  });
});

function projectsOf(): Array<{ name: string; include: string[]; exclude: string[] }> {
  return (config.test!.projects as Array<{ test: { name: string; include: string[]; exclude?: string[] } }>).map((p) => ({
    name: p.test.name,
    include: p.test.include,
    exclude: p.test.exclude ?? [],
  }));
}
