/**
 * The jobs of a batch, from its inputs: one per input, or one per part for
 * an input too large to be one document (see src/read/parts.ts), each with an
 * output base name distinct from every other. A part's name is its input's
 * with `.partNN` added ("dump.part03"), worked out with the other names so
 * that it cannot collide with them either.
 */
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { PART_BYTES, partCount, sniffScan, type Input, type PartSpec } from '../read/index.js';
import { SNIFF_BYTES } from '../read/scan/sniff.js';
import { fsPathOf } from '../read/inputs.js';
import { nameOutputs } from '../write/names.js';
import type { Job } from './outcome.js';

interface Planned {
  input: Input;
  part?: PartSpec;
  /** The path names are made from: the input's, with the part number before the extension. */
  namePath: string;
}

/** A stream's size is what was read from it: stat() says 0 for standard input and a named pipe. */
export type StreamSizes = ReadonlyMap<string, { byteLength: number }>;

/** The key of an input among the streams read already: `-` for standard input, the real path of a named pipe. */
export function streamKey(input: Input): string {
  return input.kind === 'stdin' ? '-' : input.realPath;
}

function partPath(path: string, part: PartSpec): string {
  const ext = extname(path);
  const digits = String(part.count).length;
  return `${path.slice(0, path.length - ext.length)}.part${String(part.index).padStart(digits, '0')}${ext}`;
}

/** The first bytes of a file, to tell a scan from text; none when it cannot be read now. */
async function headOf(path: string | Buffer): Promise<Uint8Array> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return new Uint8Array(0);
  try {
    const head = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
    return head.subarray(0, bytesRead);
  } catch {
    return new Uint8Array(0);
  } finally {
    await handle.close();
  }
}

/**
 * The size parts are planned by: a text input's bytes; 0 (one part) for a
 * PDF, image or Word file, which is read page by page whatever its size.
 */
async function sizeOf(input: Input, streams: StreamSizes, partBytes = PART_BYTES): Promise<number> {
  const read = streams.get(streamKey(input));
  if (read) return read instanceof Uint8Array && sniffScan(read) !== null ? 0 : read.byteLength;
  if (input.kind !== 'file') return 0;
  // A file that cannot be looked at now is left to the read, which names the problem.
  const info = await stat(fsPathOf(input)).catch(() => null);
  if (!info?.isFile() || info.size <= partBytes) return info?.size ?? 0;
  return sniffScan(await headOf(fsPathOf(input))) === null ? info.size : 0;
}

export async function planJobs(inputs: readonly Input[], partBytes?: number, streams: StreamSizes = new Map()): Promise<Job[]> {
  const planned: Planned[] = [];
  for (const input of inputs) {
    const namePath = input.kind === 'stdin' ? '-' : input.path;
    const count = partCount(await sizeOf(input, streams, partBytes), partBytes);
    if (count === 1) {
      planned.push({ input, namePath });
      continue;
    }
    for (let index = 1; index <= count; index++) {
      const part = { index, count };
      planned.push({ input, part, namePath: partPath(input.kind === 'stdin' ? 'stdin' : namePath, part) });
    }
  }
  const { names, shortened } = nameOutputs(planned.map((p) => p.namePath));
  return planned.map((p, index) => ({
    index,
    input: p.input,
    name: names[index]!,
    ...(p.part ? { part: p.part } : {}),
    ...(shortened[index] ? { nameShortened: true as const } : {}),
  }));
}
