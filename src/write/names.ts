/**
 * Output base names for a batch: the input's file name without its extension
 * ("000_4217fe5464466786"), so outputs are easy to find. Inputs that share a
 * base name (a/x.txt and b/x.txt, or x.txt and x.md) get the nearest folders
 * that tell them apart ("a_x", "b_x"), then the extension ("x.txt" → "x_txt").
 * The names depend only on the list of inputs, so a rerun writes the same files.
 */
import { basename, extname } from 'node:path';

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

/** Characters that are awkward in file names on some system are replaced. */
const safe = (name: string): string => name.replace(/[<>:"/\\|?*\u0000-\u001f]/gu, '_');

/** `paths` as given (may repeat only if the inputs repeat); returns one name per path, in order, all distinct. */
export function outputNames(paths: readonly string[]): string[] {
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
  return names.map((name, i) => {
    let unique = safe(name);
    for (let k = 2; taken.has(unique.toLowerCase()); k++) unique = safe(`${names[i]}_${k}`);
    taken.add(unique.toLowerCase());
    return unique;
  });
}

function groupBy(names: readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  names.forEach((name, i) => {
    // Case-insensitive file systems would clash on "A" and "a".
    const key = name.toLowerCase();
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  return groups;
}
