/** The power-cut promise: batch files are flushed before their rename, and the folder after the renames. */
import { open } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { BatchWriter } from '../../src/write/batch-writer.js';
import { tempDir } from '../cli/helpers.js';

describe('fsync of the batch files', () => {
  it('syncs each batch file before it is renamed into place, then the output folder', async () => {
    const out = tempDir();
    const synced: string[] = [];
    const fsync = async (path: string): Promise<void> => {
      const handle = await open(path, 'r');
      await handle.sync();
      await handle.close();
      synced.push(path);
    };
    const writer = await BatchWriter.open(out, { formats: ['csv', 'xlsx'], disk: { open, fsync } });
    await writer.write({ name: 'a', files: [{ fileName: 'a.json', content: '{}\n' }], batch: { tables: { tasks: [['a']], references: [], documents: [['a']] } }, summary: {} as never });
    expect(await writer.finish(true)).toBe('committed');
    const names = synced.map((p) => p.slice(out.length + 1));
    for (const file of ['tasks.csv', 'references.csv', 'documents.csv', 'directives.xlsx']) {
      expect(names.some((n) => n.startsWith(`.${file}.`) && n.endsWith('.tmp')), file).toBe(true);
    }
    expect(synced.at(-1)).toBe(out);
  });
});
