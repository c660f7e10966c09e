/**
 * The import direction of src/: the stages run in order over one tree and hand each other
 * data through it, never code. Segment and extract never import each other; src/vi (the
 * shared Vietnamese vocabulary) and src/text (string helpers) import from no stage; the
 * stages that build the tree (read, restore, segment, extract) import nothing that runs
 * after them or around them (assemble, write, batch, cli, the library API). Imports are
 * read from every file under src/ by TypeScript's own pre-processor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from '../cli/helpers.js';

const SRC = join(REPO, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every file's imports inside src/, as paths relative to src/ ("extract/plugin.ts"). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((f) => f.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => relative(SRC, resolve(dirname(file), name)).replace(/\.js$/u, '.ts'));
    graph.set(relative(SRC, file), targets);
  }
  return graph;
}

const folderOf = (path: string): string => (path.includes('/') ? path.slice(0, path.indexOf('/')) : '');

/** `from → to` for every import from a file in one of `from` to a file `allowed` says no to. */
function violations(graph: Map<string, string[]>, from: readonly string[], allowed: (target: string) => boolean): string[] {
  const found: string[] = [];
  for (const [file, targets] of graph) {
    if (!from.includes(folderOf(file))) continue;
    for (const target of targets) if (!allowed(target)) found.push(`${file} → ${target}`);
  }
  return found;
}

describe('the import direction of src/', () => {
  const graph = importGraph();

  it('reads the imports of every source file', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('pipeline.ts')).toEqual(expect.arrayContaining(['segment/plugin.ts', 'extract/plugin.ts']));
  });

  it('segment and extract never import each other', () => {
    expect(violations(graph, ['segment'], (t) => folderOf(t) !== 'extract')).toEqual([]);
    expect(violations(graph, ['extract'], (t) => folderOf(t) !== 'segment')).toEqual([]);
  });

  it('src/vi and src/text import from no stage', () => {
    const shared = (t: string): boolean => ['vi', 'text'].includes(folderOf(t)) || t === 'types.ts';
    expect(violations(graph, ['vi', 'text'], shared)).toEqual([]);
  });

  it('the stages that build the tree import nothing that runs after or around them', () => {
    const later = new Set(['assemble', 'write', 'batch', 'cli']);
    const outer = new Set(['api.ts', 'api-checks.ts', 'index.ts', 'pipeline.ts', 'run-info.ts']);
    const allowed = (t: string): boolean => !later.has(folderOf(t)) && !outer.has(t);
    expect(violations(graph, ['read', 'restore', 'segment', 'extract', 'vi', 'text', 'dict'], allowed)).toEqual([]);
  });

  it('finds a forbidden import when there is one', () => {
    const bad = new Map([['segment/header/printed.ts', ['extract/references/build.ts', 'vi/codes.ts']]]);
    expect(violations(bad, ['segment'], (t) => folderOf(t) !== 'extract')).toEqual(['segment/header/printed.ts → extract/references/build.ts']);
  });
});
