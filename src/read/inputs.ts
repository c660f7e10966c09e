/**
 * Command-line arguments → the ordered list of inputs to read. Arguments are
 * taken in the order given; a folder contributes its `.txt` and `.md` files (and the PDF, image and Word files of ./scan)
 * recursively and a glob its matches, each sorted by code point so runs are
 * reproducible; `-` is stdin. A file reached twice (named twice, through a
 * folder and a glob, through a symbolic link) is read once, at its first
 * place. Problems are reported per argument and the rest goes on.
 */
import { isUtf8 } from 'node:buffer';
import { constants, type Dirent } from 'node:fs';
import { access, lstat, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { childPath, pathKey, showBytes, type FsPath } from './path-bytes.js';
import { SCAN_EXTENSIONS } from './scan/sniff.js';

export type Input =
  | {
      kind: 'file';
      /** As shown to the user: the argument, or the argument joined with the path inside it. */
      path: string;
      /** Canonical absolute path, the identity used to drop duplicates. */
      realPath: string;
      /**
       * The canonical path's bytes when they are not UTF-8 (a name in TCVN3 or
       * Windows-1258 bytes): what the file system is asked for, since `path`
       * and `realPath` show such bytes as \xNN (see path-bytes.ts).
       */
      rawPath?: Uint8Array;
    }
  | { kind: 'stdin'; path: '-' };

/** What the file system is asked for to read a file input. */
export function fsPathOf(input: Input & { kind: 'file' }): FsPath {
  return input.rawPath ? Buffer.from(input.rawPath) : input.realPath;
}

export type InputErrorCode = 'missing-path' | 'no-match' | 'unreadable' | 'symlink-loop' | 'not-a-file';

export interface InputError {
  /** The argument the problem came from. */
  arg: string;
  /** The path at fault: the argument itself or something found inside it. */
  path: string;
  code: InputErrorCode;
  /** Names the path and the problem. */
  message: string;
}

export interface ExpandedInputs {
  inputs: Input[];
  errors: InputError[];
  /** Files found in folders and by globs that `skip` left out, as shown. */
  skipped: string[];
}

export interface ExpandOptions {
  /** Where relative arguments are resolved; default `process.cwd()`. */
  cwd?: string;
  /** Extensions taken from folders, lower case with the dot; default `.txt`, `.md` and the scan formats' (`.pdf`, `.png`, `.jpg`, `.jpeg`, `.tif`, `.tiff`, `.webp`, `.docx`). */
  extensions?: readonly string[];
  /**
   * Leaves out a file found in a folder or by a glob (never one named
   * outright): the command's own outputs, when it writes beside its inputs.
   */
  skip?: (absolutePath: string) => Promise<boolean>;
}

/** Text and Markdown, and the PDF, image and Word files ./scan reads. */
const DEFAULT_EXTENSIONS = ['.txt', '.md', ...SCAN_EXTENSIONS] as const;

const PROBLEMS: Readonly<Record<InputErrorCode, string>> = {
  'missing-path': 'no such file or folder',
  'no-match': 'no files match this pattern',
  unreadable: 'permission denied',
  'symlink-loop': 'symbolic link loop',
  'not-a-file': 'not a regular file or folder',
};

const BROKEN_LINK = 'broken symbolic link (its target does not exist)';

/** Code-point order, independent of locale. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function errorCode(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | null)?.code;
}

/** Maps a file-system error to an input problem; errors with no better name count as unreadable. */
export function inputErrorCode(err: unknown): InputErrorCode {
  switch (errorCode(err)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'missing-path';
    case 'EACCES':
    case 'EPERM':
      return 'unreadable';
    case 'ELOOP':
      return 'symlink-loop';
    case 'EISDIR':
      return 'not-a-file';
    default:
      return 'unreadable';
  }
}

class Expansion {
  readonly inputs: Input[] = [];
  readonly errors: InputError[] = [];
  readonly skipped: string[] = [];
  private readonly seen = new Set<string>();
  private stdin = false;

  constructor(
    private readonly cwd: string,
    private readonly extensions: ReadonlySet<string>,
    private readonly skip: ExpandOptions['skip'],
  ) {}

  /** Records a problem; `detail` replaces the standard wording, `err` names an unexpected errno. */
  fail(arg: string, path: string, code: InputErrorCode, detail?: string, err?: unknown): void {
    const errno = errorCode(err);
    const unexpected = code === 'unreadable' && err !== undefined && errno !== 'EACCES' && errno !== 'EPERM';
    const problem = detail ?? (unexpected ? `cannot read (${errno ?? String(err)})` : PROBLEMS[code]);
    this.errors.push({ arg, path, code, message: `${path}: ${problem}` });
  }

  addStdin(): void {
    if (this.stdin) return;
    this.stdin = true;
    this.inputs.push({ kind: 'stdin', path: '-' });
  }

  /** Adds a file found in a folder or by a glob, unless `skip` leaves it out. */
  private async addFound(arg: string, path: string, absolute: FsPath): Promise<void> {
    if (this.skip && typeof absolute === 'string' && (await this.skip(absolute))) {
      this.skipped.push(path);
      return;
    }
    await this.addFile(arg, path, absolute);
  }

  /** Adds a regular file after checking it can be read. */
  async addFile(arg: string, path: string, absolute: FsPath): Promise<void> {
    let real: Buffer;
    try {
      real = await realpath(absolute, { encoding: 'buffer' });
      if (this.seen.has(pathKey(real))) return;
      await access(absolute, constants.R_OK);
    } catch (err) {
      return this.fail(arg, path, inputErrorCode(err), undefined, err);
    }
    this.seen.add(pathKey(real));
    this.inputs.push({ kind: 'file', path, realPath: showBytes(real), ...(isUtf8(real) ? {} : { rawPath: real }) });
  }

  async expand(arg: string): Promise<void> {
    if (arg === '-') return this.addStdin();
    const absolute = resolve(this.cwd, arg);
    let info;
    try {
      info = await stat(absolute);
    } catch (err) {
      const code = inputErrorCode(err);
      if (code === 'missing-path' && isDynamicPattern(arg)) return this.glob(arg);
      return this.fail(arg, arg, code, code === 'missing-path' ? await this.whyMissing(absolute) : undefined, err);
    }
    if (info.isDirectory()) return this.enter(arg, arg, absolute, []);
    if (info.isFile() || info.isFIFO()) return this.addFile(arg, arg, absolute);
    return this.fail(arg, arg, 'not-a-file');
  }

  /** A dangling symbolic link is worth naming as such. */
  private async whyMissing(absolute: FsPath): Promise<string> {
    const link = await lstat(absolute).catch(() => null);
    return link?.isSymbolicLink() ? BROKEN_LINK : PROBLEMS['missing-path'];
  }

  private async glob(pattern: string): Promise<void> {
    const matches = await glob(pattern, {
      cwd: this.cwd,
      absolute: isAbsolute(pattern),
      onlyFiles: true,
      expandDirectories: false,
    });
    if (matches.length === 0) return this.fail(pattern, pattern, 'no-match');
    for (const match of await shortestPerFile(matches, this.cwd)) {
      await this.addFound(pattern, match, resolve(this.cwd, match));
    }
  }

  /**
   * Walks a folder unless it is one of the folders it is reached from (by
   * real path: a symbolic link, or a chain of them, leading back up).
   */
  private async enter(arg: string, shown: string, absolute: FsPath, ancestors: readonly string[]): Promise<void> {
    let real: string;
    try {
      real = pathKey(await realpath(absolute, { encoding: 'buffer' }));
    } catch (err) {
      return this.fail(arg, shown, inputErrorCode(err), undefined, err);
    }
    if (ancestors.includes(real)) {
      return this.fail(arg, shown, 'symlink-loop', 'symbolic link loop (leads back to a folder that contains it); skipped');
    }
    return this.walk(arg, shown, absolute, [...ancestors, real]);
  }

  /**
   * Depth first, names in code-point order; `ancestors` are the keys of the
   * real paths of the folders above. Names are listed as bytes, and kept as
   * bytes when they are not UTF-8 (see path-bytes.ts).
   */
  private async walk(arg: string, shown: string, absolute: FsPath, ancestors: readonly string[]): Promise<void> {
    let listed: Array<Dirent<Buffer>>;
    try {
      listed = await readdir(absolute, { withFileTypes: true, encoding: 'buffer' });
    } catch (err) {
      return this.fail(arg, shown, inputErrorCode(err), undefined, err);
    }
    const entries = listed.map((entry) => ({ entry, name: showBytes(entry.name) }));
    entries.sort((a, b) => compareCodePoints(a.name, b.name));
    for (const { entry, name } of entries) {
      // Hidden files and folders (.git, editor backups) are not documents.
      if (name.startsWith('.')) continue;
      const path = join(shown, name);
      const child = childPath(absolute, entry.name);
      if (entry.isSymbolicLink()) await this.followLink(arg, path, child, ancestors);
      else if (entry.isDirectory()) await this.enter(arg, path, child, ancestors);
      else if (entry.isFile() && this.wanted(name)) await this.addFound(arg, path, child);
    }
  }

  private async followLink(arg: string, path: string, absolute: FsPath, ancestors: readonly string[]): Promise<void> {
    let info;
    try {
      info = await stat(absolute);
    } catch (err) {
      const code = inputErrorCode(err);
      // A broken link matters only if it looks like one of our documents.
      if (code === 'symlink-loop' || this.wanted(basename(path))) {
        const detail = code === 'missing-path' ? BROKEN_LINK : undefined;
        this.fail(arg, path, code, detail, err);
      }
      return;
    }
    if (info.isDirectory()) return this.enter(arg, path, absolute, ancestors);
    if (info.isFile() && this.wanted(basename(path))) await this.addFound(arg, path, absolute);
  }

  private wanted(name: string): boolean {
    return this.extensions.has(extname(name).toLowerCase());
  }
}

function depth(path: string): number {
  return path.split('/').length;
}

/**
 * Glob matches in code-point order, one per real file: a glob that follows
 * symbolic links can reach a file by several paths, and the shortest is the
 * one to show ("docs/a.txt", not "docs/link/back/a.txt").
 */
async function shortestPerFile(matches: readonly string[], cwd: string): Promise<string[]> {
  const best = new Map<string, string>();
  for (const match of matches) {
    const real = await realpath(resolve(cwd, match)).catch(() => resolve(cwd, match));
    const kept = best.get(real);
    const shorter = kept === undefined || depth(match) < depth(kept) || (depth(match) === depth(kept) && match < kept);
    if (shorter) best.set(real, match);
  }
  return [...best.values()].sort(compareCodePoints);
}

/** Expands command-line arguments into inputs and per-argument errors. */
export async function expandInputs(args: readonly string[], options: ExpandOptions = {}): Promise<ExpandedInputs> {
  const expansion = new Expansion(options.cwd ?? process.cwd(), new Set(options.extensions ?? DEFAULT_EXTENSIONS), options.skip);
  for (const arg of args) await expansion.expand(arg);
  return { inputs: expansion.inputs, errors: expansion.errors, skipped: expansion.skipped };
}
