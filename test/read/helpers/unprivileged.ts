/**
 * Runs read-stage code as an unprivileged user, so permission checks can be
 * tested when the suite runs as root (root reads files whatever their mode).
 * Not root: runs in this process's user, in a child all the same.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { NOBODY } from '../../helpers/nobody.js';

const REPO = join(import.meta.dirname, '..', '..', '..');

const CHILD = `
import { expandInputs } from ${JSON.stringify(join(REPO, 'src/read/inputs.ts'))};
import { readInput } from ${JSON.stringify(join(REPO, 'src/read/read-input.ts'))};
const [what, cwd, ...args] = process.argv.slice(2);
process.chdir(cwd);
const out = what === 'expand' ? await expandInputs(args, { cwd }) : await readInput(args[0]);
process.stdout.write(JSON.stringify(out));
`;

/** `expand`: expandInputs(args, { cwd }); `read`: readInput(args[0]) with cwd as working folder. */
export async function runAsNobody<T>(what: 'expand' | 'read', cwd: string, args: string[]): Promise<T> {
  const script = join(cwd, '.child.mts');
  writeFileSync(script, CHILD);
  const asRoot = process.getuid?.() === 0;
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, what, cwd, ...args], {
    cwd: REPO,
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
    env: { PATH: process.env.PATH ?? '', HOME: '/tmp' },
  });
  return JSON.parse(stdout) as T;
}
