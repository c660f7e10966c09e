/**
 * Output folders on pseudo file systems are refused before anything is made
 * there. /proc, /sys and /dev hold the kernel's views of processes, devices
 * and settings, not files to keep: writing there changes the system or fails
 * in odd ways (`mkdir -p /proc/x` through Node never returned). A folder is
 * judged by its nearest part that exists, after links are followed, so a
 * link into /proc is caught too; and by the file system's type, for procfs
 * or sysfs mounted elsewhere.
 */
import { realpath, statfs } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

const PSEUDO_ROOTS = ['/proc', '/sys', '/dev'] as const;

/** statfs magic numbers of the kernel's pseudo file systems (linux/magic.h). */
const PSEUDO_TYPES: ReadonlyMap<number, string> = new Map([
  [0x9fa0, 'procfs'],
  [0x62656572, 'sysfs'],
  [0x64626720, 'debugfs'],
  [0x74726163, 'tracefs'],
  [0x73636673, 'securityfs'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
  [0xcafe4a11, 'bpf'],
  [0x1cd1, 'devpts'],
  [0x6e736673, 'nsfs'],
  [0x42494e4d, 'binfmt_misc'],
  [0xde5e81e4, 'efivarfs'],
  [0x50495045, 'pipefs'],
]);

/** The real path of `dir`, or of its nearest ancestor that exists. */
async function nearestExisting(dir: string): Promise<string> {
  for (let at = dir; ; at = dirname(at)) {
    try {
      return await realpath(at);
    } catch {
      if (dirname(at) === at) return at;
    }
  }
}

/** What pseudo file system `dir` would be made on ("/proc (procfs)"), or null for an ordinary one. */
export async function pseudoFileSystem(dir: string): Promise<string | null> {
  const real = await nearestExisting(resolve(dir));
  const root = PSEUDO_ROOTS.find((r) => real === r || real.startsWith(`${r}/`));
  const type = PSEUDO_TYPES.get(Number((await statfs(real).catch(() => null))?.type ?? 0));
  if (root) return type ? `${root} (${type})` : root;
  return type ?? null;
}
