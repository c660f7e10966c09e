/**
 * Output base names for a batch: the input's file name without its extension
 * ("000_4217fe5464466786"), so outputs are easy to find. Inputs that share a
 * base name (a/x.txt and b/x.txt, or x.txt and x.md) get the nearest folders
 * that tell them apart ("a_x", "b_x"), then the extension ("x.txt" → "x_txt").
 * Names are compared as file systems may: ignoring case, and in NFC (macOS
 * keeps a name's NFC and NFD spellings as one file; Linux as two whose
 * outputs would differ in spelling only). A name too long for the file
 * system is cut, with a hash of the whole. The names depend only on the list
 * of inputs, so a rerun writes the same files.
 */
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';

/**
 * Output names are kept to this many UTF-8 bytes. A file name may have 255,
 * and the longest file made from an output name adds some 60 more: the
 * suffix (".restored.txt") and the temporary name it is written under first,
 * which failed with ENAMETOOLONG for names over about 235 bytes.
 */
export const MAX_NAME_BYTES = 160;
const HASH_CHARS = 8;

const STDIN_NAME = 'stdin';

/** The part number a large input's parts carry ("dump.part03.txt"); on a name without an extension it is no extension. */
const PART = /^\.part\d+$/u;

function parts(path: string): { dirs: string[]; stem: string; ext: string } {
  if (path === '-') return { dirs: [], stem: STDIN_NAME, ext: '' };
  const found = extname(path);
  const ext = PART.test(found) ? '' : found;
  const stem = basename(path, ext) || basename(path);
  const dirs = path.split(/[\\/]/u).slice(0, -1).filter((d) => d !== '' && d !== '.' && d !== '..');
  return { dirs, stem, ext: ext.replace(/^\./u, '') };
}

/** Characters that are awkward in file names on some system are replaced; the name is NFC. */
const safe = (name: string): string => name.replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/gu, '_').normalize('NFC');

/** How names clash on some file system: case and Unicode normalisation ignored. */
const clashKey = (name: string): string => name.normalize('NFC').toLowerCase();

/** A name over MAX_NAME_BYTES: its start, then "~" and a hash of the whole name, and the part number if it has one. */
function shorten(name: string): string {
  if (Buffer.byteLength(name) <= MAX_NAME_BYTES) return name;
  const part = /\.part\d+$/u.exec(name)?.[0] ?? '';
  const tail = `~${createHash('sha256').update(name).digest('hex').slice(0, HASH_CHARS)}${part}`;
  const budget = MAX_NAME_BYTES - Buffer.byteLength(tail);
  let head = '';
  let bytes = 0;
  for (const ch of name) {
    bytes += Buffer.byteLength(ch);
    if (bytes > budget) break;
    head += ch;
  }
  return head + tail;
}

export interface NamedOutputs {
  names: string[];
  /** Whether each name was cut to MAX_NAME_BYTES. */
  shortened: boolean[];
}

/** `paths` as given (may repeat only if the inputs repeat); returns one name per path, in order, all distinct. */
export function outputNames(paths: readonly string[]): string[] {
  return nameOutputs(paths).names;
}

/** The names, and which of them were cut (for the command to say so). */
export function nameOutputs(paths: readonly string[]): NamedOutputs {
  const split = paths.map(parts);
  const names = split.map((p) => p.stem);
  const depth = split.map(() => 0);
  // Grow the folder prefix of every name still shared, one folder at a time.
  for (;;) {
    const groups = groupBy(names);
    const clashing = [...groups.values()].filter((g) => g.length > 1).flat();
    if (clashing.length === 0) break;
    let grew = false;
    for (const i of clashing) {
      const p = split[i]!;
      if (depth[i]! < p.dirs.length) {
        depth[i]! += 1;
        grew = true;
      }
      names[i] = [...p.dirs.slice(p.dirs.length - depth[i]!), p.stem].join('_');
    }
    if (!grew) break;
  }
  // Same folders too (x.txt and x.md): the extension, then a counter as the last resort.
  for (const group of groupBy(names).values()) {
    const exts = new Set(group.map((i) => split[i]!.ext.toLowerCase()));
    if (group.length < 2 || exts.size < 2) continue;
    for (const i of group) if (split[i]!.ext) names[i] = `${names[i]}_${split[i]!.ext}`;
  }
  const taken = new Set<string>();
  const shortened: boolean[] = [];
  const unique = names.map((name) => {
    const base = shorten(safe(name));
    shortened.push(base !== safe(name));
    let candidate = base;
    for (let k = 2; taken.has(clashKey(candidate)); k++) candidate = `${base}_${k}`;
    taken.add(clashKey(candidate));
    return candidate;
  });
  return { names: unique, shortened };
}

function groupBy(names: readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  names.forEach((name, i) => {
    // Case-insensitive file systems would clash on "A" and "a", normalising ones on NFC and NFD spellings.
    const key = clashKey(name);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  return groups;
}
