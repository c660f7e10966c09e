/** The document's `run` record: the tool's version and the options that shape the document, the dictionary by a hash of its files. */
import { cpSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { DEFAULT_DICT_DIR } from '../../src/restore/index.js';
import { dictionaryIdentity } from '../../src/run-info.js';
import { REPO, tempDir } from '../cli/helpers.js';

const TEXT = 'TỈNH ỦY HƯNG YÊN\nSố 642-KH/TU\n\nKẾ HOẠCH\n\nI- NHIỆM VỤ\n1. Sở Nội vụ chủ trì.\n';
const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

describe('the run record', () => {
  it('names the version and the options that shape the document', async () => {
    const plain = await parse(TEXT, { restore: false, encoding: 'utf-8', format: 'text' });
    expect(plain.document.run).toEqual({
      version: VERSION,
      restore: false,
      toneStyle: null,
      lowConfidence: null,
      encoding: 'utf-8',
      format: 'text',
      dictionary: dictionaryIdentity(null),
      part: null,
      ocr: { mode: 'auto', lang: 'vie', dpi: 300 },
    });
    const restored = await parse(TEXT, { toneStyle: 'modern' });
    expect(restored.document.run).toMatchObject({ restore: true, toneStyle: 'modern', lowConfidence: 0.6, encoding: null, format: null });
    expect(restored.document.run!.dictionary).toBe(dictionaryIdentity({ dictDir: DEFAULT_DICT_DIR }));
    expect(restored.document.run!.dictionary).not.toBe(plain.document.run!.dictionary);
    // The record sits right after `source`.
    expect(Object.keys(restored.document).slice(0, 3)).toEqual(['schemaVersion', 'source', 'run']);
  });

  it('names a dictionary by its bytes, not its place or times', () => {
    const dir = tempDir();
    cpSync(DEFAULT_DICT_DIR, join(dir, 'dict'), { recursive: true });
    const copy = { dictDir: join(dir, 'dict') };
    expect(dictionaryIdentity(copy)).toBe(dictionaryIdentity({ dictDir: DEFAULT_DICT_DIR }));
    utimesSync(join(dir, 'dict', 'lm.bin'), new Date(0), new Date(0));
    expect(dictionaryIdentity(copy)).toBe(dictionaryIdentity({ dictDir: DEFAULT_DICT_DIR }));
    expect(dictionaryIdentity({ ...copy, userDict: { phrases: [['phố', 'hiến']], corrections: [] } })).not.toBe(dictionaryIdentity(copy));
    writeFileSync(join(dir, 'dict', 'extra.tsv'), 'x\n');
    expect(dictionaryIdentity(copy)).not.toBe(dictionaryIdentity({ dictDir: DEFAULT_DICT_DIR }));
  });
});
