/**
 * Builds dict/channel.bin, the learnt OCR channel (see src/restore/channel/):
 * align the training pairs token by token, count the token confusions, learn
 * the character edit costs from them, and store both. Deterministic: pairs,
 * forms and syllables are processed in a fixed order and costs rounded.
 *
 * Pairs: ../shared/corpus/train-pairs (32 excerpts × 3 severities), the
 * generated pairs of ocr-pairs.ts (cached in .cache/ocr-pairs/), and the
 * hand-corrected lines of the gold seeds (context.gold: 000 and 001 by
 * default) against their seeds (real scans).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COST_SCALE, encodeChannel, type ChannelParams, type ChannelTables } from '../../src/restore/channel/format.js';
import { OcrChannel } from '../../src/restore/channel/ocr-channel.js';
import type { BuildContext } from '../build-dict.js';
import { countLinePairs, countPairs, type ConfusionCounts } from './channel-counts.js';
import { learnEditCosts, type WeightedPair } from './channel-edit.js';
import { IN_DOMAIN_WEIGHT, inDomainTexts, lawTexts } from './lm-corpus.js';
import { buildInventory } from './lm-inventory.js';
import { defaultCacheDir, generatedPairs, trainPairs, type TextPair } from './ocr-pairs.js';

export const CHANNEL_FILE = 'channel.bin';
export const DEFAULT_PARAMS: ChannelParams = { beta: 4, margin: 7, ceiling: 18, limit: 24 };
/** Forms seen fewer times than this in all are left to the edit model (they are mostly one-off noise). */
const MIN_FORM_COUNT = 1;
/** Real-scan pairs count this many times: they are few and closer to the documents we read. */
const GOLD_WEIGHT = 3;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Adds the gold lines of the given seeds to the counts. */
function countGold(rootDir: string, seeds: readonly string[], into: ConfusionCounts): void {
  const seedFiles = readdirSync(join(rootDir, 'seeds'));
  for (const id of seeds) {
    const seed = seedFiles.find((f) => f.startsWith(`${id}_`));
    if (!seed || (id !== '000' && id !== '001')) throw new Error(`no gold for seed ${id}: only 000 and 001 may be learnt from`);
    const gold = readFileSync(join(rootDir, 'fixtures', 'restore', `${id}.gold.txt`), 'utf8');
    const text = readFileSync(join(rootDir, 'seeds', seed), 'utf8');
    for (let k = 0; k < GOLD_WEIGHT; k++) countLinePairs(text, gold, into);
  }
}

/** All the (clean, OCR) pairs of the build, generating the missing ones. */
export function allPairs(context: BuildContext, log: (s: string) => void = () => {}): TextPair[] {
  return [...trainPairs(context.corpusDir), ...generatedPairs(context.corpusDir, defaultCacheDir(context.rootDir), log)];
}

export function channelBytes(context: BuildContext, pairs: readonly TextPair[], log: (s: string) => void = () => {}): Buffer {
  const counts = countPairs(pairs);
  countGold(context.rootDir, context.gold, counts);
  // The inventory: every syllable of the laws and seed text, so the channel can propose what the model
  // knows. Not of official/: the channel was measured with this inventory, and rebuilding it needs the
  // 48 generated OCR pairs (ocr-pairs.ts); the model's wider vocabulary is reached through the base-key source.
  const inventory = buildInventory([...lawTexts(context.corpusDir), ...inDomainTexts(context.rootDir, IN_DOMAIN_WEIGHT, context.gold)])
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.split('\t')[0]!);
  const index = new Map(inventory.map((s, i) => [s, i]));
  const forms = [...counts.printed.keys()]
    .filter((o) => {
      let n = 0;
      for (const [s, c] of counts.printed.get(o)!) if (index.has(s)) n += c;
      return n >= MIN_FORM_COUNT;
    })
    .sort(cmp);
  const formStart = new Uint32Array(forms.length + 1);
  const entrySyllable: number[] = [];
  const entryCount: number[] = [];
  const weighted: WeightedPair[] = [];
  forms.forEach((o, f) => {
    const row = [...counts.printed.get(o)!].filter(([s]) => index.has(s)).sort(([a], [b]) => cmp(a, b));
    for (const [s, c] of row) {
      entrySyllable.push(index.get(s)!);
      entryCount.push(c);
      weighted.push({ observed: o, intended: s, count: c });
    }
    formStart[f + 1] = entrySyllable.length;
  });
  const costs = learnEditCosts(weighted);
  const syllableCount = Uint32Array.from(inventory, (s) => counts.intended.get(s) ?? 0);
  log(`channel: ${pairs.length} pairs, ${forms.length} forms, ${entrySyllable.length} entries, shapes ${JSON.stringify(Object.fromEntries([...counts.shapes].sort()))}`);
  const tables: ChannelTables = {
    params: DEFAULT_PARAMS,
    costs,
    syllables: inventory,
    syllableCount,
    forms,
    formStart,
    entrySyllable: Uint16Array.from(entrySyllable),
    entryCount: Uint32Array.from(entryCount),
    candStart: new Uint32Array(forms.length + 1),
    candSyllable: new Uint16Array(0),
    candCost: new Uint16Array(0),
  };
  return encodeChannel(withCandidates(tables));
}

/** The tables with every table form's candidate list stored (what the channel would search for it). */
function withCandidates(tables: ChannelTables): ChannelTables {
  const channel = new OcrChannel(tables);
  const syllable: number[] = [];
  const cost: number[] = [];
  const candStart = new Uint32Array(tables.forms.length + 1);
  const index = new Map(tables.syllables.map((s, i) => [s, i]));
  tables.forms.forEach((form, f) => {
    for (const c of channel.search(form)) {
      syllable.push(index.get(c.syllable)!);
      cost.push(Math.min(65535, Math.round(-c.logp * COST_SCALE)));
    }
    candStart[f + 1] = syllable.length;
  });
  return { ...tables, candStart, candSyllable: Uint16Array.from(syllable), candCost: Uint16Array.from(cost) };
}

export function build(context: BuildContext): void {
  const log = (s: string): void => console.log(`build:dict ${s}`);
  const bytes = channelBytes(context, allPairs(context, log), log);
  writeFileSync(join(context.dictDir, CHANNEL_FILE), bytes);
  console.log(`build:dict channel: ${CHANNEL_FILE} ${bytes.length} bytes`);
}
