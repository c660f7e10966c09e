/**
 * Mutated seeds through the library API, restoration on: byte flips,
 * truncation, splices of other seeds, storms of line breaks. No exception
 * escapes but the documented refusal (InputError, for what reads as binary
 * or empty), every case finishes within 2 s of CPU per 100 KB begun, and
 * every document validates against the JSON Schema and renders in every
 * format. Seeded, so a failure reproduces; fast-check shrinks it.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, parse } from '../../src/api.js';
import { documentToJson, renderDocument } from '../../src/write/render.js';
import { SCHEMA_PATH } from '../../scripts/build-schema.js';
import { seedPaths } from '../cli/helpers.js';

const SEEDS = seedPaths().map((p) => readFileSync(p));
const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
const CASES = 2000;
const CPU_MS_PER_100KB = 2000;

type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'splice'; at: number; seed: number; from: number; length: number }
  | { kind: 'storm'; at: number; breaks: string; count: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.nat(255) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), seed: fc.nat(SEEDS.length - 1), from: fc.nat(), length: fc.integer({ min: 1, max: 600 }) }),
  fc.record({ kind: fc.constant('storm' as const), at: fc.nat(), breaks: fc.constantFrom('\n', '\r\n', '\r', '\n\n\n', ' \n\t'), count: fc.integer({ min: 1, max: 300 }) }),
);

const testCase = fc.record({
  seed: fc.nat(SEEDS.length - 1),
  start: fc.nat(),
  length: fc.integer({ min: 40, max: 1500 }),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 5 }),
});

function apply(bytes: Buffer, m: Mutation): Buffer {
  const at = bytes.length === 0 ? 0 : m.at % (bytes.length + 1);
  switch (m.kind) {
    case 'flip': {
      if (bytes.length === 0) return bytes;
      const copy = Buffer.from(bytes);
      copy[at % bytes.length] = m.byte;
      return copy;
    }
    case 'truncate':
      return bytes.subarray(0, at);
    case 'splice': {
      const other = SEEDS[m.seed]!;
      const from = m.from % other.length;
      return Buffer.concat([bytes.subarray(0, at), other.subarray(from, from + m.length), bytes.subarray(at)]);
    }
    case 'storm':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.breaks.repeat(m.count)), bytes.subarray(at)]);
  }
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

describe('fuzzed seeds', () => {
  it(`${CASES} mutated excerpts: no exception escapes, linear time, valid output`, async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(testCase, async (c) => {
        const seed = SEEDS[c.seed]!;
        const start = c.start % seed.length;
        const bytes = c.mutations.reduce(apply, seed.subarray(start, start + c.length));
        const began = cpuMs();
        let result;
        try {
          result = await parse(bytes, { path: 'fuzz.txt' });
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          refused += 1;
          return;
        }
        const rendered = renderDocument('fuzz', result, { formats: ['json', 'csv', 'md', 'txt'] });
        const spent = cpuMs() - began;
        expect(spent).toBeLessThan(Math.ceil(Math.max(1, bytes.length) / 102_400) * CPU_MS_PER_100KB);
        const json = JSON.parse(documentToJson(result.document));
        if (!validate(json)) throw new Error(`schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
        expect(rendered.rows.documents).toHaveLength(1);
      }),
      { numRuns: CASES, seed: 20_251_201, endOnFailure: false },
    );
    // The mutations mostly leave text: refusals are the exception.
    expect(refused).toBeLessThan(CASES / 4);
  }, 300_000);
});
