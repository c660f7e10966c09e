/**
 * npm run bench:corpus — extraction on real directives (fixtures/corpus/, rules in GOLD.md).
 *
 *   npx tsx bench/corpus.ts [--verbose] [--json] [--name NAME] [--variant md|txt|medium|heavy]
 *
 * Runs the whole pipeline on every document as found (Markdown), as plain text, and as that
 * text through ocr-sim at medium and heavy severity; prints F1 per entity type per document
 * and over all documents for each version side by side, header fields exact, and tasks found
 * against gold. --verbose lists every difference.
 */
import { parseArgs } from 'node:util';
import { prf } from './extract-score.js';
import {
  CORPUS_TYPES,
  CORPUS_VARIANTS,
  corpusNames,
  scoreCorpus,
  summarise,
  totals,
  type CorpusScore,
  type CorpusVariant,
} from './corpus-score.js';

const { values } = parseArgs({
  options: {
    verbose: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    name: { type: 'string', multiple: true },
    variant: { type: 'string', multiple: true },
  },
});

const variants = CORPUS_VARIANTS.filter((v) => !values.variant || values.variant.includes(v));
const names = corpusNames().filter((n) => !values.name || values.name.includes(n));
if (variants.length === 0 || names.length === 0) {
  console.error('bench:corpus: nothing to score');
  process.exit(2);
}

const scores = new Map<CorpusVariant, CorpusScore[]>();
for (const variant of variants) scores.set(variant, await scoreCorpus(variant, names));

if (values.json) {
  console.log(JSON.stringify([...scores].map(([variant, list]) => ({ variant, summary: summarise(list), documents: list })), null, 1));
  process.exit(0);
}

const f = (n: number) => n.toFixed(2);
const width = Math.max(...names.map((n) => n.length), 8) + 2;
const head = ['doc'.padEnd(width), 'kind'.padEnd(15)];
for (const v of variants) head.push(`${v}: ref  ddl  lead part hdr task`.padEnd(38));
console.log(head.join(''));
for (const name of names) {
  const cells = [name.padEnd(width), ''.padEnd(15)];
  for (const v of variants) {
    const s = scores.get(v)!.find((x) => x.name === name);
    if (s === undefined) {
      cells.push(`${' '.repeat(v.length + 2)}(no ${v} version)`.padEnd(38));
      continue;
    }
    cells[1] = s.issuerKind.padEnd(15);
    const ents = CORPUS_TYPES.map((t) => f(prf(s.counts[t]).f1)).join(' ');
    cells.push(`${' '.repeat(v.length + 2)}${ents} ${s.header.exact}/${s.header.of} ${s.tasks.found}/${s.tasks.gold}`.padEnd(38));
  }
  console.log(cells.join(''));
}
console.log('');
console.log(`${'version'.padEnd(8)}${'type'.padEnd(11)}${'tp'.padEnd(6)}${'fp'.padEnd(6)}${'fn'.padEnd(6)}${'P'.padEnd(7)}${'R'.padEnd(7)}F1`);
for (const [variant, list] of scores) {
  for (const t of CORPUS_TYPES) {
    const c = totals(list, t);
    const p = prf(c);
    console.log(`${variant.padEnd(8)}${t.padEnd(11)}${String(c.tp).padEnd(6)}${String(c.fp).padEnd(6)}${String(c.fn).padEnd(6)}${p.precision.toFixed(3).padEnd(7)}${p.recall.toFixed(3).padEnd(7)}${p.f1.toFixed(3)}`);
  }
  const s = summarise(list);
  console.log(`${variant.padEnd(8)}header fields exact ${s.header.toFixed(3)}; tasks within ±10 % of gold in ${(s.tasksWithin * 100).toFixed(0)} % of ${s.documents} documents`);
}
if (values.verbose) {
  for (const [variant, list] of scores) {
    for (const s of list) {
      if (s.diffs.length === 0) continue;
      console.log(`\n## ${variant} ${s.name}`);
      for (const d of s.diffs) console.log(`  ${d}`);
    }
  }
}
