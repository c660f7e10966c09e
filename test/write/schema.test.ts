import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/types.js';
import { documentToJson, documentToJsonBytes } from '../../src/write/render.js';
import { generateSchema, SCHEMA_PATH } from '../../scripts/build-schema.js';
import { REPO } from '../cli/helpers.js';
import { parsedSeed } from '../helpers/parsed-seeds.js';

const committed = readFileSync(SCHEMA_PATH, 'utf8');

describe('JSON Schema', () => {
  it('is what the types generate (run npm run build:schema after changing src/types.ts)', () => {
    expect(committed).toBe(generateSchema());
  });

  it('carries the schema version', () => {
    expect(JSON.parse(committed).$id).toContain(SCHEMA_VERSION);
  });

  it('validates the output of every seed', async () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(committed));
    const seeds = readdirSync(join(REPO, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
    expect(seeds).toHaveLength(5);
    for (const seed of seeds) {
      // The seed parsed with the default options, as parseFile gives it: once per run of the suite (test/global-setup.ts).
      const { document } = await parsedSeed(seed);
      const text = documentToJson(document, '2026-01-01T00:00:00.000Z');
      // What a worker sends, encoded as written: the same bytes as the string.
      expect(Buffer.from(documentToJsonBytes(document, '2026-01-01T00:00:00.000Z')).equals(Buffer.from(text)), seed).toBe(true);
      const json = JSON.parse(text);
      const ok = validate(json);
      expect(ok ? [] : validate.errors!.slice(0, 5), seed).toEqual([]);
    }
  });

  it('rejects a document that breaks it', () => {
    const validate = new Ajv({ strict: false }).compile(JSON.parse(committed));
    expect(validate({ schemaVersion: SCHEMA_VERSION })).toBe(false);
  });
});
