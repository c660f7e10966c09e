/** Runs the command in this process with captured streams, as a user's shell would. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../src/cli/run.js';
import { tempDir as makeTempDir } from '../helpers/temp.js';

export const REPO = join(import.meta.dirname, '..', '..');
export const SEEDS = join(REPO, 'seeds');
export const seedPaths = (): string[] => readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

function capture(isTTY: boolean): { stream: PassThrough & { isTTY?: boolean; columns?: number }; text: () => string } {
  const stream = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number };
  stream.isTTY = isTTY;
  stream.columns = 120;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

export interface RunOptions {
  cwd?: string;
  stdin?: string | Buffer;
  env?: Record<string, string | undefined>;
  tty?: boolean;
}

export async function run(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const out = capture(options.tty ?? false);
  const err = capture(options.tty ?? false);
  const code = await runCli(args, {
    stdout: out.stream,
    stderr: err.stream,
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    env: options.env ?? {},
    cwd: options.cwd ?? REPO,
  });
  return { code, stdout: out.text(), stderr: err.text() };
}

/** A scratch folder, removed when the test file ends (test/helpers/temp.ts). */
export const tempDir = (prefix = 'dp-cli-'): string => makeTempDir(prefix);
