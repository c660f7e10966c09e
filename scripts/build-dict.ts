/**
 * npm run build:dict — builds every file of dict/ from the corpus,
 * deterministically (the same input gives the same bytes).
 *
 *   npx tsx scripts/build-dict.ts [--corpus ../shared/corpus] [--out dict] [--only lm,inventory,protected,places,vie,channel] [--gold 000,001|none] [--no-official]
 *
 * Steps: the language model (dict/lm.bin), the syllable inventory
 * (dict/syllables.tsv), the protected-token lists (dict/protected.tsv), the places
 * gazetteer (dict/places.tsv, from corpus places/; `npm run build:places` runs it alone), the
 * Vietnamese-model OCR confusions (dict/vie-confusions.tsv, scripts/dict/vie-confusions.ts, from
 * the vie OCR of train-pairs texts cached by scripts/dict/vie-pairs.ts; `--only vie` runs it alone),
 * then the OCR channel, whose step lives in scripts/dict/channel.ts (it exports `build(context)`). Training text: the law
 * corpus vlc/, seed 004, the hand-corrected gold lines of seeds 000 and 001 and the
 * official/ directives nothing is measured on (scripts/dict/official-held-out.ts; `--no-official` leaves them out).
 * Never dev-eval/, never seeds 002 and 003. `--gold` limits the gold lines
 * learnt from (for cross-validated figures: bench/restore-cv.ts).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { trainingTexts } from './dict/lm-corpus.js';
import { buildInventory } from './dict/lm-inventory.js';
import { buildLm, DEFAULT_LM_OPTIONS } from './dict/lm.js';
import { buildPlaces } from './dict/places.js';
import { buildProtectedLists, PROTECTED_FILE } from './dict/protected.js';
import { PLACES_FILE } from '../src/dict/index.js';

export interface BuildContext {
  corpusDir: string;
  rootDir: string;
  dictDir: string;
  /** The seeds whose hand-corrected gold lines are learnt from (only 000 and 001 have any). */
  gold: string[];
  /** Whether the official/ directives are learnt from (see scripts/dict/official-held-out.ts). */
  official: boolean;
}

const rootDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve(rootDir, '..', 'shared', 'corpus') },
    out: { type: 'string', default: join(rootDir, 'dict') },
    only: { type: 'string' },
    gold: { type: 'string', default: '000,001' },
    // For measuring what the official/ directives buy: the dictionary without them.
    'no-official': { type: 'boolean', default: false },
  },
});
const official = !values['no-official'];
const gold = values.gold === 'none' ? [] : values.gold!.split(',');
if (gold.some((id) => id !== '000' && id !== '001')) throw new Error(`--gold ${values.gold}: only seeds 000 and 001 have gold lines to learn from`);
const context: BuildContext = { corpusDir: resolve(values.corpus!), rootDir, dictDir: resolve(values.out!), gold, official };
const steps = new Set((values.only ?? 'lm,inventory,protected,places,vie,channel').split(','));
mkdirSync(context.dictDir, { recursive: true });

function timed(name: string, run: () => string): void {
  const started = Date.now();
  const note = run();
  console.log(`build:dict ${name}: ${note} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// The training text, read only for the steps that learn from it.
const texts = ['lm', 'inventory', 'protected'].some((s) => steps.has(s))
  ? trainingTexts(rootDir, context.corpusDir, gold, context.official)
  : [];
if (steps.has('lm')) {
  timed('lm', () => {
    const bytes = buildLm(texts, DEFAULT_LM_OPTIONS);
    writeFileSync(join(context.dictDir, 'lm.bin'), bytes);
    return `lm.bin ${bytes.length} bytes, order ${DEFAULT_LM_OPTIONS.order}, ${texts.length} texts`;
  });
}
if (steps.has('inventory')) {
  timed('inventory', () => {
    const tsv = buildInventory(texts);
    writeFileSync(join(context.dictDir, 'syllables.tsv'), tsv);
    return `syllables.tsv ${tsv.split('\n').length - 1} syllables`;
  });
}
if (steps.has('protected')) {
  timed('protected', () => {
    const tsv = buildProtectedLists(texts);
    writeFileSync(join(context.dictDir, PROTECTED_FILE), tsv);
    return `${PROTECTED_FILE} ${tsv.split('\n').length - 1} entries`;
  });
}
if (steps.has('places')) {
  timed('places', () => {
    const tsv = buildPlaces(context.corpusDir);
    writeFileSync(join(context.dictDir, PLACES_FILE), tsv);
    return `${PLACES_FILE} ${tsv.split('\n').filter((l) => l !== '' && !l.startsWith('#')).length} places`;
  });
}
if (steps.has('vie')) {
  const started = Date.now();
  const { build } = await import('./dict/vie-confusions.js');
  await build(context);
  console.log(`build:dict vie: done (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
const channelStep = join(rootDir, 'scripts', 'dict', 'channel.ts');
if (steps.has('channel') && existsSync(channelStep)) {
  const started = Date.now();
  const step = (await import(pathToFileURL(channelStep).href)) as { build: (c: BuildContext) => unknown };
  await step.build(context);
  console.log(`build:dict channel: done (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
