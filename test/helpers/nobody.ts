/**
 * The user the permission tests run their child processes as when the suite runs as root (root
 * reads and writes everything whatever the modes), and whether that user can load the project at
 * all: a clone inside a folder only its owner may enter (`mktemp -d` makes one with mode 0700)
 * keeps `nobody` out of the code the child must import. Those tests then say why and are skipped,
 * rather than fail on the folder's mode; `.ci/run`'s checkout is readable by everyone.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const NOBODY = 65534;

const REPO = join(import.meta.dirname, '..', '..');

function reachable(): boolean {
  if (process.getuid?.() !== 0) return true;
  const probe = `require('node:fs').accessSync(${JSON.stringify(join(REPO, 'node_modules', 'tsx', 'package.json'))})`;
  return spawnSync(process.execPath, ['-e', probe], { uid: NOBODY, gid: NOBODY, stdio: 'ignore' }).status === 0;
}

/** Whether the children run as `nobody` can read the project; when not, a warning says so once. */
export const nobodyReachesProject: boolean = reachable();
if (!nobodyReachesProject) {
  console.warn(`permission tests skipped: user nobody (uid ${NOBODY}) cannot read ${REPO} (a parent folder is closed to others; chmod o+x it to run them)`);
}
