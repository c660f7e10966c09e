/**
 * Mutated seeds through the library API, restoration on: byte flips,
 * truncation, splices of other seeds, storms of line breaks. No exception
 * escapes but the documented refusal (InputError, for what reads as binary
 * or empty), every case finishes within 2 s of CPU per 100 KB begun (on the
 * test's thread, warm: helpers/cpu-bound.ts), and
 * every document validates against the JSON Schema and renders in every
 * format. Seeded, so a failure reproduces; fast-check shrinks it.
 *
 * Then the same seeds read from a stream (standard input in chunks of any
 * size, a named pipe), as Markdown with pathological runs spliced in, and
 * with runs of combining marks: each gives the document its bytes give
 * through parse(), or a bounded reading of them (plain text, marks cut)
 * with the warning that says so. Sizes are bounded so the whole stays quick;
 * what is checked is the result, not the time.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, parse, parseFile, type ParseResult } from '../../src/api.js';
import { MAX_MARKS } from '../../src/read/decode/normalize.js';
import type { DocumentTables } from '../../src/write/batch-tables.js';
import { documentToJson, renderDocument } from '../../src/write/render.js';
import { SCHEMA_PATH } from '../../scripts/build-schema.js';
import { seedPaths } from '../cli/helpers.js';
import { budgetFor, leastCpu } from '../helpers/cpu-bound.js';

const SEEDS = seedPaths().map((p) => readFileSync(p));
const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
const CASES = 2000;

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

// Excerpts of up to 750 bytes (1,500 before): every check is per case, and a case's time was mostly its length.
const testCase = fc.record({
  seed: fc.nat(SEEDS.length - 1),
  start: fc.nat(),
  length: fc.integer({ min: 40, max: 750 }),
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

describe('fuzzed seeds', () => {
  it(`${CASES} mutated excerpts: no exception escapes, linear time, valid output`, async () => {
    // The dictionary and every stage loaded and compiled before the first case is timed.
    renderDocument('warm', await parse(SEEDS[0]!.subarray(0, 4000), { path: 'warm.txt' }), { formats: ['json', 'csv', 'md', 'txt', 'html'] });
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(testCase, async (c) => {
        const seed = SEEDS[c.seed]!;
        const start = c.start % seed.length;
        const bytes = c.mutations.reduce(apply, seed.subarray(start, start + c.length));
        const budget = budgetFor(bytes.length);
        let measured;
        try {
          measured = await leastCpu(async () => {
            const result = await parse(bytes, { path: 'fuzz.txt' });
            return { result, rendered: renderDocument('fuzz', result, { formats: ['json', 'csv', 'md', 'txt', 'html'] }) };
          }, budget);
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          refused += 1;
          return;
        }
        const { result, rendered } = measured.result;
        expect(measured.spent).toBeLessThan(budget);
        const json = JSON.parse(documentToJson(result.document));
        if (!validate(json)) throw new Error(`schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
        expect((rendered.batch['tables'] as DocumentTables).documents).toHaveLength(1);
        // Whatever the bytes, the HTML page has its own markup only: one script, no other element the text could open.
        const page = rendered.files.find((f) => f.fileName === 'fuzz.html')!.content as string;
        expect(page.match(/<script\b/gu)).toHaveLength(1);
        expect(page).not.toMatch(/<(?:img|iframe|object|embed|link|meta http-equiv="refresh")\b/u);
      }),
      { numRuns: CASES, seed: 20_251_201, endOnFailure: false },
    );
    // The mutations mostly leave text: refusals are the exception.
    expect(refused).toBeLessThan(CASES / 4);
  });
});

/** The document as a reading of its bytes: everything but the path it was read from. */
function reading(result: ParseResult): unknown {
  const { source, ...rest } = result.document;
  return { ...rest, source: { ...source, path: null }, restoredText: result.restoredText };
}

function expectValid(result: ParseResult): void {
  const json = JSON.parse(documentToJson(result.document));
  if (!validate(json)) throw new Error(`schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  expect((renderDocument('fuzz', result, { formats: ['json', 'csv', 'md', 'txt'] }).batch['tables'] as DocumentTables).documents).toHaveLength(1);
}

async function parsedOrRefused(run: () => Promise<ParseResult>): Promise<ParseResult | InputError> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
}

const excerpt = fc.record({ seed: fc.nat(SEEDS.length - 1), start: fc.nat(), length: fc.integer({ min: 40, max: 3000 }) });
const cut = (e: { seed: number; start: number; length: number }): Buffer => {
  const seed = SEEDS[e.seed]!;
  const start = e.start % seed.length;
  return seed.subarray(start, start + e.length);
};

describe('fuzzed streams', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dp-fuzz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('standard input in chunks of any size reads as the same bytes given whole', async () => {
    await fc.assert(
      fc.asyncProperty(excerpt, fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 8 }), async (e, sizes) => {
        const bytes = cut(e);
        async function* chunks(): AsyncGenerator<Uint8Array> {
          // Cuts fall anywhere, inside a UTF-8 sequence too.
          for (let at = 0, k = 0; at < bytes.length; at += sizes[k++ % sizes.length]!) yield bytes.subarray(at, at + sizes[k % sizes.length]!);
        }
        const whole = await parsedOrRefused(() => parse(bytes, { restore: false }));
        const streamed = await parsedOrRefused(() => parseFile('-', { stdin: chunks(), restore: false }));
        if (whole instanceof InputError || streamed instanceof InputError) {
          expect((streamed as InputError).code).toBe((whole as InputError).code);
          return;
        }
        expect(reading(streamed)).toEqual(reading(whole));
        expectValid(streamed);
      }),
      { numRuns: 150, seed: 20_260_101, endOnFailure: false },
    );
  });

  it('a named pipe reads as the same bytes given whole', async () => {
    await fc.assert(
      fc.asyncProperty(excerpt, async (e) => {
        const bytes = cut(e);
        const fifo = join(dir, `pipe-${e.seed}-${e.start}-${e.length}.txt`);
        rmSync(fifo, { force: true });
        execFileSync('mkfifo', [fifo]);
        createWriteStream(fifo).end(bytes);
        const piped = await parsedOrRefused(() => parseFile(fifo, { restore: false }));
        const whole = await parsedOrRefused(() => parse(bytes, { restore: false }));
        if (whole instanceof InputError) return expect(piped).toBeInstanceOf(InputError);
        expect(reading(piped as ParseResult)).toEqual(reading(whole));
      }),
      { numRuns: 20, seed: 20_260_102, endOnFailure: false },
    );
  });
});

/** Runs that trip micromark, each long enough to pass a bound at the top of its range. */
const PATHOLOGY: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 1, max: 3000 }).map((n) => '>'.repeat(n)),
  fc.integer({ min: 1, max: 600 }).map((n) => `${'- '.repeat(n)}a`),
  fc.integer({ min: 1, max: 600 }).map((n) => `${'> '.repeat(n)}a`),
  fc.integer({ min: 1, max: 3000 }).map((n) => '*a'.repeat(n)),
  fc.integer({ min: 1, max: 2000 }).map((n) => '~~a'.repeat(n)),
  fc.integer({ min: 1, max: 3000 }).map((n) => ']'.repeat(n)),
  fc.integer({ min: 1, max: 1500 }).map((n) => '![a]('.repeat(n)),
  // Long lists and tables cost micromark time in proportion: a few items, or just past the bound.
  fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 10_001, max: 10_500 })).map((n) => '- a\n'.repeat(n)),
  fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 10_001, max: 10_500 })).map((n) => `| a | b |\n|---|---|\n${'| 1 | **2** |\n'.repeat(n)}`),
);

describe('fuzzed Markdown', () => {
  it('seeds with pathological runs spliced in read as Markdown, or as plain text with a warning', async () => {
    let plain = 0;
    await fc.assert(
      fc.asyncProperty(excerpt, fc.array(fc.tuple(fc.nat(), PATHOLOGY), { minLength: 1, maxLength: 3 }), async (e, runs) => {
        let text = cut(e).toString('utf8');
        for (const [at, run] of runs) {
          const i = at % (text.length + 1);
          text = `${text.slice(0, i)}\n${run}\n${text.slice(i)}`;
        }
        const result = await parsedOrRefused(() => parse(text, { path: 'fuzz.md', restore: false }));
        if (result instanceof InputError) return;
        expectValid(result);
        const warning = result.document.messages.find((m) => m.ruleId === 'markdown-as-text');
        if (warning) {
          plain += 1;
          // Plain text keeps every line as it stands.
          expect(result.restoredText).toBe(text.replace(/\r\n?/gu, '\n').normalize('NFC'));
        }
      }),
      { numRuns: 120, seed: 20_260_103, endOnFailure: false },
    );
    // The runs reach past the bounds often enough for both readings to be tried.
    expect(plain).toBeGreaterThan(10);
  });
});

/** Combining marks of several classes, one outside the BMP. */
const MARK = fc.constantFrom('\u0301', '\u0300', '\u0323', '\u0302', '\u0306', '\u031B', '\u0309', '\u0303', '\u{1D167}');

describe('fuzzed combining marks', () => {
  it('runs of marks anywhere are cut to two a letter, with a warning when any was longer', async () => {
    await fc.assert(
      fc.asyncProperty(excerpt, fc.array(fc.tuple(fc.nat(), fc.array(MARK, { minLength: 1, maxLength: 4000 })), { minLength: 1, maxLength: 3 }), async (e, runs) => {
        let text = cut(e).toString('utf8');
        for (const [at, marks] of runs) {
          const i = at % (text.length + 1);
          text = `${text.slice(0, i)}${marks.join('')}${text.slice(i)}`;
        }
        const result = await parsedOrRefused(() => parse(text, { restore: true }));
        if (result instanceof InputError) return;
        expectValid(result);
        for (const m of result.restoredText.matchAll(/\p{M}+/gu)) expect([...m[0]].length).toBeLessThanOrEqual(MAX_MARKS);
        const cutShort = new RegExp(`\\p{M}{${MAX_MARKS + 1}}`, 'u').test(text);
        expect(result.document.messages.some((m) => m.ruleId === 'combining-marks')).toBe(cutShort);
      }),
      { numRuns: 120, seed: 20_260_104, endOnFailure: false },
    );
  });
});
