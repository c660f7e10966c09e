/**
 * The package as installed: every package src/ imports is a dependency and
 * every dependency is imported (types packages by the modules they type,
 * which the shipped .d.ts import); the exports map serves import and
 * require-style resolvers, the schema and package.json; the writers are
 * part of the library.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';

const REPO = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  exports: Record<string, string | Record<string, string>>;
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The package a bare import names: `unified`, `@types/x` for `x`'s types, `node:` ones aside. */
function importedPackages(): Set<string> {
  const found = new Set<string>();
  for (const file of sources(join(REPO, 'src'))) {
    const text = readFileSync(file, 'utf8');
    // `from`/`import` as a word of code, not inside a string (ranges.ts has month('from')).
    for (const m of text.matchAll(/(?<=^|\s|\()(?:from|import)\s*\(?\s*'([^'./][^']*)'/gu)) {
      const spec = m[1]!;
      if (spec.startsWith('node:') || spec === 'directive-parse' || spec.startsWith('directive-parse/')) continue;
      const parts = spec.split('/');
      found.add(spec.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!);
    }
    // Data packages found by name at run time (the OCR models, `@tesseract.js-data/${code}`): every package of the scope is used.
    for (const m of text.matchAll(/`(@[a-z0-9.-]+)\/\$\{/gu)) found.add(`${m[1]!}/*`);
  }
  return found;
}

describe('package.json', () => {
  it('depends on what src/ imports and on nothing else', () => {
    const imported = importedPackages();
    const deps = Object.keys(pkg.dependencies);
    for (const name of imported) {
      if (name.endsWith('/*')) continue;
      const typesOnly = existsSync(join(REPO, 'node_modules', '@types', name)) && !existsSync(join(REPO, 'node_modules', name, 'package.json'));
      expect(deps, name).toContain(typesOnly ? `@types/${name}` : name);
    }
    for (const dep of deps) {
      const module = dep.startsWith('@types/') ? dep.slice('@types/'.length) : dep;
      const scoped = dep.startsWith('@') && imported.has(`${dep.split('/')[0]!}/*`);
      expect(imported.has(module) || scoped, `${dep} is declared but never imported`).toBe(true);
    }
  });

  it('exports the library for import and default resolvers, the schema and package.json', () => {
    const main = pkg.exports['.'] as Record<string, string>;
    expect(main['default']).toBe(main['import']);
    expect(pkg.exports['./schema.json']).toBe('./schema/directive.schema.json');
    expect(existsSync(join(REPO, 'schema', 'directive.schema.json'))).toBe(true);
    expect(pkg.exports['./package.json']).toBe('./package.json');
  });

  it('exports the writers', () => {
    for (const name of ['documentToJson', 'documentToMarkdown', 'taskRows', 'referenceRows', 'documentRow', 'renderDocument', 'FORMATS']) {
      expect(library, name).toHaveProperty(name);
    }
  });
});
