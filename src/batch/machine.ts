/**
 * The cores and memory this process may use, as the operating system tells
 * them: in a container, the cgroup's memory limit counts, not the host's.
 */
import { availableParallelism, freemem } from 'node:os';
import type { Machine } from './worker-budget.js';

/** Node reports "no limit" as a huge number (2^64 or the largest page-aligned value). */
const NO_LIMIT = 2 ** 60;

function availableBytes(): number {
  // process.availableMemory (Node 20.13+) reads the cgroup limit and usage itself.
  const own = (process as { availableMemory?: () => number }).availableMemory?.();
  if (typeof own === 'number' && own > 0) return own;
  const limit = (process as { constrainedMemory?: () => number | undefined }).constrainedMemory?.();
  const inGroup = typeof limit === 'number' && limit > 0 && limit < NO_LIMIT ? limit - process.memoryUsage.rss() : Infinity;
  return Math.max(0, Math.min(freemem(), inGroup));
}

export function thisMachine(): Machine {
  return { cores: availableParallelism(), availableBytes: availableBytes() };
}
