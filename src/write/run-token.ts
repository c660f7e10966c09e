/**
 * Who made a file in an output folder: a token unique to this process, carried
 * by the names of its temporary files. A process id alone says nothing across
 * hosts or containers (another PID namespace reuses the same numbers), so the
 * token also names the place the id is meaningful in — the host and, on Linux,
 * the PID namespace — and adds random bits, so that no two runs ever share a
 * token, whatever their process ids.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readlinkSync } from 'node:fs';
import { hostname } from 'node:os';

export interface RunToken {
  /** 8 hex digits: the host and PID namespace, where `pid` names a process. */
  place: string;
  pid: number;
  /** 8 hex digits of randomness. */
  random: string;
}

/** The PID namespace of this process where the system tells it (Linux), else nothing. */
function pidNamespace(): string {
  try {
    return readlinkSync('/proc/self/ns/pid');
  } catch {
    return '';
  }
}

let place: string | null = null;

/** This process's place: a hash of the host name and the PID namespace. */
export function currentPlace(): string {
  place ??= createHash('sha256').update(`${hostname()}\u0000${pidNamespace()}`).digest('hex').slice(0, 8);
  return place;
}

let token: RunToken | null = null;

/** This process's token, made on first use. */
export function runToken(): RunToken {
  token ??= { place: currentPlace(), pid: process.pid, random: randomBytes(4).toString('hex') };
  return token;
}

/** The token as it appears in a file name: `dp-<place>-<pid>-<random>`. */
export function tokenText(t: RunToken): string {
  return `dp-${t.place}-${t.pid}-${t.random}`;
}

export const TOKEN_PATTERN = 'dp-([0-9a-f]{8})-(\\d+)-([0-9a-f]{8})';

/** Whether the process is running (EPERM: it is, and someone else's). */
export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the process named by a token is certainly gone: its process id
 * means something here and names no process, or names this one while the
 * token is not this one's (an earlier process had the same id).
 */
export function certainlyGone(t: RunToken): boolean {
  if (t.place !== currentPlace()) return false;
  if (t.pid === process.pid) return t.random !== runToken().random;
  return !processAlive(t.pid);
}
