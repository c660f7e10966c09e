/**
 * npm run bench:heldout — extraction on texts it was never tuned on.
 *
 *   npx tsx bench/heldout.ts [--verbose] [--json] [--name NAME] [--variant clean|medium|heavy]
 *
 * Runs the whole pipeline (parseFile: read, restore, segment, extract) on every
 * text of fixtures/heldout/ (see its README), clean and through ocr-sim at medium
 * and heavy severity, and scores each against its NAME.expected.json by the rules
 * of fixtures/README.md (bench/extract-score.ts, as for the seeds): precision,
 * recall and F1 per entity type per file and over all files, for each version;
 * header-field exactness per file. --verbose lists every difference.
 */
import { parseArgs } from 'node:util';
import {
  ENTITY_TYPES,
  HEADER_FIELDS,
  HELDOUT_VARIANTS,
  heldoutNames,
  prf,
  scoreHeldout,
  sumCounts,
  type Counts,
  type EntityType,
  type HeldoutVariant,
  type SeedScore,
} from './extract-score.js';

const { values } = parseArgs({
  options: {
    verbose: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    name: { type: 'string' },
    variant: { type: 'string' },
  },
});

const variants = HELDOUT_VARIANTS.filter((v) => !values.variant || v === values.variant);
const names = heldoutNames().filter((n) => !values.name || n === values.name);
if (variants.length === 0 || names.length === 0) {
  console.error(`bench:heldout: nothing to score (--name ${values.name ?? '-'}, --variant ${values.variant ?? '-'})`);
  process.exit(2);
}

const scores = new Map<HeldoutVariant, SeedScore[]>();
for (const variant of variants) scores.set(variant, await scoreHeldout(variant, names));

const headerExact = (s: SeedScore) => HEADER_FIELDS.length - s.headerMismatches.length;

if (values.json) {
  const out = [...scores].map(([variant, list]) => ({
    variant,
    files: list.map((s) => ({
      name: s.seed,
      ...Object.fromEntries(ENTITY_TYPES.map((t) => [t, { ...s.counts[t], ...prf(s.counts[t]) }])),
      header: { exact: headerExact(s), of: HEADER_FIELDS.length, mismatches: s.headerMismatches },
      issuingBody: s.issuingBody,
    })),
    all: Object.fromEntries(ENTITY_TYPES.map((t) => [t, { ...sumCounts(list, t), ...prf(sumCounts(list, t)) }])),
  }));
  console.log(JSON.stringify(out, null, 1));
} else {
  const f = (n: number) => n.toFixed(3);
  const pad = (s: string, n: number) => s.padEnd(n);
  const width = Math.max(...names.map((n) => n.length), 4) + 2;
  const row = (variant: string, label: string, type: EntityType, c: Counts) => {
    const p = prf(c);
    const cells = [c.tp, c.fp, c.fn].map((n) => pad(String(n), 5)).join('');
    console.log(`${pad(variant, 8)}${pad(label, width)}${pad(type, 11)}${cells}${pad(f(p.precision), 7)}${pad(f(p.recall), 7)}${f(p.f1)}`);
  };
  console.log(`${pad('version', 8)}${pad('file', width)}${pad('type', 11)}${pad('tp', 5)}${pad('fp', 5)}${pad('fn', 5)}${pad('P', 7)}${pad('R', 7)}F1`);
  for (const [variant, list] of scores) {
    for (const s of list) for (const t of ENTITY_TYPES) row(variant, s.seed, t, s.counts[t]);
    for (const t of ENTITY_TYPES) row(variant, 'all', t, sumCounts(list, t));
  }
  console.log('');
  console.log(`${pad('version', 8)}${pad('file', width)}${pad('header', 8)}${pad('bodies', 8)}mismatched header fields`);
  for (const [variant, list] of scores) {
    for (const s of list) {
      const what = s.headerMismatches.map((m) => `${m.field}=${JSON.stringify(m.actual)} (want ${JSON.stringify(m.expected)})`).join('; ');
      const bodies = `${s.issuingBody.agree}/${s.issuingBody.of}`;
      console.log(`${pad(variant, 8)}${pad(s.seed, width)}${pad(`${headerExact(s)}/${HEADER_FIELDS.length}`, 8)}${pad(bodies, 8)}${what || '-'}`);
    }
  }
  console.log('');
  console.log(`summary: F1 over all files, and files with every header field exact`);
  console.log(`${pad('version', 8)}${ENTITY_TYPES.map((t) => pad(t, 12)).join('')}header fields  headers exact`);
  for (const [variant, list] of scores) {
    const f1s = ENTITY_TYPES.map((t) => pad(f(prf(sumCounts(list, t)).f1), 12)).join('');
    const fields = list.reduce((n, s) => n + headerExact(s), 0);
    const exact = list.filter((s) => s.headerMismatches.length === 0).length;
    console.log(`${pad(variant, 8)}${f1s}${pad(`${fields}/${list.length * HEADER_FIELDS.length}`, 15)}${exact}/${list.length}`);
  }
  if (values.verbose) {
    for (const [variant, list] of scores) {
      for (const s of list) {
        console.log(`\n## ${variant} ${s.seed}`);
        for (const d of s.diffs) console.log(`  ${d}`);
      }
    }
  }
}
