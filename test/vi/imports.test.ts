/**
 * src/vi/ is the vocabulary under every stage: it imports from no stage folder, nor from
 * src/dict (which loads its tables), and reads no files — callers hand it its data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '..', '..', 'src');
const VI = join(SRC, 'vi');
const FORBIDDEN = ['read', 'restore', 'segment', 'extract', 'assemble', 'write', 'batch', 'cli', 'dict'];

function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gu), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/gu)].map((m) => m[1]!);
}

describe('src/vi', () => {
  const files = readdirSync(VI, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join(VI, f));

  it('has modules to check', () => {
    expect(files.map((f) => relative(VI, f))).toContain('places.ts');
  });

  it.each(files.map((f) => [relative(SRC, f), f]))('%s imports no stage and no file system', (_, file) => {
    for (const spec of specifiers(file)) {
      expect(spec, spec).not.toMatch(/^(?:node:)?(?:fs|fs\/promises|path)$/u);
      if (!spec.startsWith('.')) continue;
      const target = relative(SRC, resolve(dirname(file), spec));
      expect(FORBIDDEN, `${spec} → src/${target}`).not.toContain(target.split(/[\\/]/u)[0]);
    }
  });
});
