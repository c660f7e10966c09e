/**
 * Which documents of ../shared/corpus/official/ the language model may learn
 * from: none that any figure is measured on. Excluded are
 *   - the documents of fixtures/corpus/ (their files keep the official/ names),
 *   - MEASURED_OFFICIAL, the accented real documents bench/restore.ts scores,
 *   - any document that shares much of its wording with a measured text
 *     (fixtures/corpus, fixtures/heldout, seeds 002 and 003, dev-eval/clean):
 *     the site scraped some documents twice under other names, and a document
 *     quoting another at length would teach its text all the same.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { boilerplateLines, officialTrainingText } from './official-text.js';

/**
 * The accented real documents bench:restore measures "leave correct text
 * alone" on: the first 40 of every ninth official/ document by name among those
 * not in fixtures/corpus. Fixed here so the set does not move when files are added.
 */
export const MEASURED_OFFICIAL: readonly string[] = [
  '001c610b2efdcf0c.md',
  '046d4a5b8d446144.md',
  '0a5a51958af8e293.md',
  '14893cd21e801bb3.md',
  '1871c6bc374a0bc4.md',
  '1fa949f85858c62f.md',
  '28eca2b78641f2b0.md',
  '2dd703fa6cbbc87b.md',
  '322358d6040a153b.md',
  '39a27d44cc6e362b.md',
  '44aeb2fd86d07d4a.md',
  '478446b53ded4c18.md',
  '5298da2adb9eb4fe.md',
  '592501a25aaf5012.md',
  '5eaeb632f6582871.md',
  '637e9efcc63ab844.md',
  '676c9815964a33af.md',
  '6f66017865169297.md',
  '74e2ddc7b11340da.md',
  '7cee710828fb211b.md',
  '84469287cb7bce65.md',
  '8b9a38d6a8f8c20f.md',
  '91035abb77ae0a1b.md',
  '994dfbc3967e5ebf.md',
  '9d2bfa38605fbc89.md',
  'a53257314ff9bbd2.md',
  'aa9bb8226e3d4c71.md',
  'adda847abe350742.md',
  'b2dd1bd0fcce426b.md',
  'b8baff03f9998968.md',
  'c2b60521aafae842.md',
  'c8549ab2b220c20d.md',
  'ccb7cba554ea36d2.md',
  'cfc85d8b3511af54.md',
  'd600829aa1fa6596.md',
  'db769f685bf6bb23.md',
  'e13e31ece6a27b0d.md',
  'e7cd8d423108e103.md',
  'ed309a99382e6b4c.md',
  'f1e9ca38ca659c82.md',
];

/** Shingles of this many words, accents and case ignored: long enough that the formulas every directive shares (căn cứ, nơi nhận) do not make two documents copies. */
const SHINGLE = 8;
/** A document sharing this share of its shingles (or of a measured text's) is a copy. */
export const COPY_SHARE = 0.3;

const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase();

/** The document's word shingles, hashed to numbers. */
export function shingles(text: string): Set<number> {
  const words = fold(text).match(/\p{L}+/gu) ?? [];
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let h = 2166136261;
    for (const ch of words.slice(i, i + SHINGLE).join(' ')) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
    out.add(h >>> 0);
  }
  return out;
}

/**
 * Texts measured anywhere, by a name for reports; Markdown without the site's
 * boilerplate, which every scraped page shares.
 */
export function measuredTexts(rootDir: string, corpusDir: string, boilerplate: ReadonlySet<string>): Map<string, string> {
  const texts = new Map<string, string>();
  const read = (path: string): string => {
    const text = readFileSync(path, 'utf8');
    return path.endsWith('.md') ? officialTrainingText(text, boilerplate) : text;
  };
  const add = (dir: string, keep: (f: string) => boolean, label: string): void => {
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir).filter(keep).sort()) texts.set(`${label}/${f}`, read(join(dir, f)));
  };
  add(join(rootDir, 'fixtures', 'corpus'), (f) => /\.(md|txt)$/.test(f) && !/^[A-Z]+\.md$/.test(f) && !/\.(medium|heavy)\.txt$/.test(f), 'fixtures/corpus');
  add(join(rootDir, 'fixtures', 'heldout'), (f) => f.endsWith('.txt') && !/\.(medium|heavy)\.txt$/.test(f), 'fixtures/heldout');
  add(join(rootDir, 'seeds'), (f) => /^00[23]_/.test(f), 'seeds');
  add(join(corpusDir, 'dev-eval', 'clean'), (f) => f.endsWith('.txt'), 'dev-eval');
  for (const name of MEASURED_OFFICIAL) texts.set(`official/${name}`, read(join(corpusDir, 'official', name)));
  return texts;
}

export interface Exclusion {
  name: string;
  /** Why: the measured text it is, or copies. */
  because: string;
}

/** The official/ documents, by name, in name order. */
export function officialDocuments(corpusDir: string): Map<string, string> {
  const dir = join(corpusDir, 'official');
  const names = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  return new Map(names.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

/** Every official/ document the model must not learn from, with the reason. */
export function excludedOfficial(rootDir: string, corpusDir: string, documents = officialDocuments(corpusDir)): Exclusion[] {
  const boilerplate = boilerplateLines([...documents.values()]);
  const fixtureNames = new Set(existsSync(join(rootDir, 'fixtures', 'corpus')) ? readdirSync(join(rootDir, 'fixtures', 'corpus')) : []);
  const measured = [...measuredTexts(rootDir, corpusDir, boilerplate)].map(([label, text]) => ({ label, set: shingles(text) }));
  const index = new Map<number, number[]>();
  measured.forEach((m, i) => {
    for (const s of m.set) {
      const list = index.get(s);
      if (list) list.push(i);
      else index.set(s, [i]);
    }
  });
  const out: Exclusion[] = [];
  for (const [name, markdown] of documents) {
    if (MEASURED_OFFICIAL.includes(name)) {
      out.push({ name, because: 'measured by bench:restore' });
      continue;
    }
    if (fixtureNames.has(name)) {
      out.push({ name, because: 'fixtures/corpus' });
      continue;
    }
    const own = shingles(officialTrainingText(markdown, boilerplate));
    const hits = new Map<number, number>();
    for (const s of own) for (const i of index.get(s) ?? []) hits.set(i, (hits.get(i) ?? 0) + 1);
    for (const [i, n] of hits) {
      const share = Math.max(n / Math.max(1, own.size), n / Math.max(1, measured[i]!.set.size));
      if (share >= COPY_SHARE) {
        out.push({ name, because: `shares ${(share * 100).toFixed(0)} % of its wording with ${measured[i]!.label}` });
        break;
      }
    }
  }
  return out;
}
