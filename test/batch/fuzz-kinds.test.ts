/**
 * Every kind of input the product reads (helpers/input-kinds.ts: plain text,
 * Markdown, UTF-8 with a BOM, UTF-16, TCVN3, VNI, Windows-1258, and the
 * containers no reader takes yet), made from seed excerpts, then truncated,
 * corrupted, spliced with noise or blown up past a part's size, written to a
 * file of the kind's extension and read through parseFile. The assertions of
 * fuzz.test.ts hold for each: no exception escapes but InputError, whose
 * message names the file; at most 2 s of CPU per 100 KB begun, on the
 * test's thread, warm (helpers/cpu-bound.ts); and a
 * document that validates against the schema and renders in every format.
 * A well-formed file of a kind the product reads is read, not refused.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, parseFile } from '../../src/api.js';
import type { DocumentTables } from '../../src/write/batch-tables.js';
import { documentToJson, renderDocument } from '../../src/write/render.js';
import { SCHEMA_PATH } from '../../scripts/build-schema.js';
import { seedPaths } from '../cli/helpers.js';
import { budgetFor, leastCpu } from '../helpers/cpu-bound.js';
import { INPUT_KINDS } from './helpers/input-kinds.js';

const SEEDS = seedPaths().map((p) => readFileSync(p));
const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
const CASES = 400;

type Damage =
  | { kind: 'truncate'; at: number }
  | { kind: 'corrupt'; at: number; bytes: number[] }
  | { kind: 'noise'; at: number; length: number; seed: number }
  | { kind: 'oversize'; bytes: number };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  { weight: 16, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 16, arbitrary: fc.record({ kind: fc.constant('corrupt' as const), at: fc.nat(), bytes: fc.array(fc.nat(255), { minLength: 1, maxLength: 16 }) }) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('noise' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 4000 }), seed: fc.nat() }) },
  // Past the 512 KB a part holds: rare, as each costs a second or more.
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('oversize' as const), bytes: fc.integer({ min: 100_000, max: 600_000 }) }) },
);

function noise(length: number, seed: number): Buffer {
  const b = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    b[i] = state >>> 24;
  }
  return b;
}

function harm(bytes: Buffer, d: Damage): Buffer {
  const at = bytes.length === 0 || d.kind === 'oversize' ? 0 : d.at % (bytes.length + 1);
  switch (d.kind) {
    case 'truncate':
      return bytes.subarray(0, at);
    case 'corrupt': {
      const copy = Buffer.from(bytes);
      d.bytes.forEach((b, i) => {
        if (copy.length > 0) copy[(at + i * 97) % copy.length] = b;
      });
      return copy;
    }
    case 'noise':
      return Buffer.concat([bytes.subarray(0, at), noise(d.length, d.seed), bytes.subarray(at)]);
    case 'oversize': {
      if (bytes.length === 0) return bytes;
      return Buffer.concat(Array.from({ length: Math.ceil(d.bytes / bytes.length) }, () => bytes)).subarray(0, d.bytes);
    }
  }
}

const testCase = fc.record({
  kind: fc.nat(INPUT_KINDS.length - 1),
  seed: fc.nat(SEEDS.length - 1),
  start: fc.nat(),
  length: fc.integer({ min: 40, max: 1500 }),
  damage: fc.array(damage, { minLength: 0, maxLength: 3 }),
  restore: fc.boolean(),
});

describe('fuzzed inputs of every kind', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dp-fuzz-kinds-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`${CASES} damaged files: read or refused naming the file, linear time, valid output`, async () => {
    // The dictionary, every reader and every stage loaded and compiled before the first case is timed.
    for (const kind of INPUT_KINDS) {
      const path = join(dir, `warm${kind.extension}`);
      writeFileSync(path, kind.encode(SEEDS[0]!.subarray(0, 4000)));
      await parseFile(path, { restore: true }).then((r) => renderDocument('fuzz', r, { formats: ['json', 'csv', 'md', 'txt'] }), () => null);
      rmSync(path, { force: true });
    }
    const tried = new Map<string, { read: number; refused: number }>();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(testCase, async (c) => {
        const kind = INPUT_KINDS[c.kind]!;
        const seed = SEEDS[c.seed]!;
        const start = c.start % seed.length;
        const bytes = c.damage.reduce(harm, kind.encode(seed.subarray(start, start + c.length)));
        const path = join(dir, `case-${n++}${kind.extension}`);
        writeFileSync(path, bytes);
        // A blown-up case (even cut short again) is read without restoration: its time is the reader's and the
        // stages', not the decoder's, whose own linear time is held by pathological.test.ts and huge.test.ts.
        const restore = c.restore && !c.damage.some((d) => d.kind === 'oversize');
        const count = tried.get(kind.name) ?? { read: 0, refused: 0 };
        tried.set(kind.name, count);
        const budget = budgetFor(bytes.length);
        let measured;
        try {
          measured = await leastCpu(async () => {
            const result = await parseFile(path, { restore });
            return { result, rendered: renderDocument('fuzz', result, { formats: ['json', 'csv', 'md', 'txt'] }) };
          }, budget);
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          expect(err.message).toContain(path);
          if (kind.readable && c.damage.length === 0) throw new Error(`a well-formed ${kind.name} file was refused: ${err.message}`);
          count.refused += 1;
          return;
        } finally {
          rmSync(path, { force: true });
        }
        const { result, rendered } = measured.result;
        expect(measured.spent).toBeLessThan(budget);
        const json = JSON.parse(documentToJson(result.document));
        if (!validate(json)) throw new Error(`schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
        expect((rendered.batch['tables'] as DocumentTables).documents).toHaveLength(1);
        count.read += 1;
      }),
      { numRuns: CASES, seed: 20_261_207, endOnFailure: false },
    );
    // Every kind was tried, and every readable kind was read more often than refused.
    for (const kind of INPUT_KINDS) {
      const count = tried.get(kind.name);
      expect(count, kind.name).toBeDefined();
      if (kind.readable) expect(count!.read, kind.name).toBeGreaterThan(count!.refused);
      else expect(count!.refused, kind.name).toBeGreaterThan(0);
    }
  });
});
