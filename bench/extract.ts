/**
 * npm run bench:extract — how well entity extraction works on the five seeds.
 *
 *   npx tsx bench/extract.ts [--verbose] [--json] [--seed 003]
 *
 * Runs the whole pipeline (parseFile: read, restore, segment, extract) on each
 * seed and scores it against fixtures/NNN.expected.json by the rules of
 * fixtures/README.md (bench/extract-score.ts): precision, recall and F1 per
 * entity type (references, deadlines, lead and partner agencies) per seed and
 * over all seeds, header-field exactness per seed, and issuing-body agreement.
 * --verbose lists every difference.
 */
import { parseArgs } from 'node:util';
import { parseFile } from '../src/index.js';
import {
  ENTITY_TYPES,
  HEADER_FIELDS,
  SEEDS,
  loadFixture,
  prf,
  scoreDocument,
  seedPath,
  sumCounts,
  type SeedScore,
} from './extract-score.js';

const TARGETS: Record<string, number> = { references: 0.95, deadlines: 0.95, lead: 0.95 };

const { values } = parseArgs({
  options: {
    verbose: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    seed: { type: 'string' },
  },
});

const scores: SeedScore[] = [];
const millis: number[] = [];
for (const seed of SEEDS) {
  if (values.seed && values.seed !== seed) continue;
  const fixture = loadFixture(seed);
  const start = performance.now();
  const { document } = await parseFile(seedPath(fixture));
  millis.push(performance.now() - start);
  scores.push(scoreDocument(fixture, document));
}

if (values.json) {
  const out = scores.map((s) => ({
    seed: s.seed,
    ...Object.fromEntries(ENTITY_TYPES.map((t) => [t, { ...s.counts[t], ...prf(s.counts[t]) }])),
    header: { exact: HEADER_FIELDS.length - s.headerMismatches.length, of: HEADER_FIELDS.length, mismatches: s.headerMismatches },
    issuingBody: s.issuingBody,
  }));
  console.log(JSON.stringify(out, null, 1));
} else {
  const f = (n: number) => n.toFixed(3);
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`${pad('seed', 8)}${pad('type', 11)}${pad('tp', 6)}${pad('fp', 6)}${pad('fn', 6)}${pad('P', 8)}${pad('R', 8)}F1`);
  const rows = (label: string, pick: (t: (typeof ENTITY_TYPES)[number]) => ReturnType<typeof sumCounts>) => {
    for (const t of ENTITY_TYPES) {
      const c = pick(t);
      const p = prf(c);
      console.log(`${pad(label, 8)}${pad(t, 11)}${pad(String(c.tp), 6)}${pad(String(c.fp), 6)}${pad(String(c.fn), 6)}${pad(f(p.precision), 8)}${pad(f(p.recall), 8)}${f(p.f1)}`);
    }
  };
  for (const s of scores) rows(s.seed, (t) => s.counts[t]);
  rows('all', (t) => sumCounts(scores, t));
  console.log('');
  console.log(`${pad('seed', 8)}${pad('header', 10)}${pad('issuingBody', 14)}${pad('ms', 8)}mismatched header fields`);
  scores.forEach((s, i) => {
    const exact = `${HEADER_FIELDS.length - s.headerMismatches.length}/${HEADER_FIELDS.length}`;
    const bodies = `${s.issuingBody.agree}/${s.issuingBody.of}`;
    const what = s.headerMismatches.map((m) => `${m.field}=${JSON.stringify(m.actual)} (want ${JSON.stringify(m.expected)})`).join('; ');
    console.log(`${pad(s.seed, 8)}${pad(exact, 10)}${pad(bodies, 14)}${pad(String(Math.round(millis[i]!)), 8)}${what || '-'}`);
  });
  console.log('');
  for (const [t, target] of Object.entries(TARGETS)) {
    const f1 = prf(sumCounts(scores, t as (typeof ENTITY_TYPES)[number])).f1;
    console.log(`target ${t} F1 >= ${target}: ${f(f1)} ${f1 >= target ? 'ok' : 'MISSED'}`);
  }
  const exactSeeds = scores.filter((s) => s.headerMismatches.length === 0).length;
  console.log(`target header exact on every seed: ${exactSeeds}/${scores.length} ${exactSeeds === scores.length ? 'ok' : 'MISSED'}`);
  if (values.verbose) {
    for (const s of scores) {
      console.log(`\n## ${s.seed}`);
      for (const d of s.diffs) console.log(`  ${d}`);
    }
  }
}
