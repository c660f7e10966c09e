/**
 * Whether a file found in an input folder is an output of this tool, which a
 * run into a folder holding its inputs (`in/ -o in/`) must not read back as
 * an input. Recognised by name and content, never by name alone where a
 * user's document could bear it:
 *
 * - `NAME.json` starting with the document's `schemaVersion`;
 * - the batch CSVs by name and their header, NAME.explain.tsv by its header;
 * - `NAME.md` and `NAME.restored.txt` by the `NAME.json` beside them, when
 *   it is a document made from another file. With no such JSON (a run with
 *   `-f txt` alone writes none) the file is taken for an input: a user's own
 *   `a.restored.txt` skipped as an output would then be overwritten by the
 *   output of `a.txt`, where read as an input it makes the run refuse.
 */
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CSV_FILES } from './csv-sink.js';
import { FILE_SUFFIX } from './render.js';
import { EXPLAIN_HEADER, EXPLAIN_SUFFIX } from './explain-tsv.js';

/** Enough of a NAME.json for its schemaVersion and source path, which come first. */
const HEAD_BYTES = 16 * 1024;
const DOCUMENT_HEAD = /^\{\s*"schemaVersion"\s*:\s*"[^"]*"\s*,\s*"source"\s*:\s*\{\s*"path"\s*:\s*("(?:[^"\\]|\\.)*")/u;
const CSV_HEAD = '\uFEFFfile,document_id,';
const CSV_NAMES = new Set<string>(Object.values(CSV_FILES));

async function head(path: string, bytes: number): Promise<string | null> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

/** The `source.path` a document JSON records, or null when the file is no document of this tool. */
export async function documentSource(jsonPath: string): Promise<string | null> {
  const text = await head(jsonPath, HEAD_BYTES);
  const match = text === null ? null : DOCUMENT_HEAD.exec(text);
  if (!match) return null;
  try {
    return JSON.parse(match[1]!) as string;
  } catch {
    return null;
  }
}

/** Whether the document output `path` (NAME + suffix) was made from another file, going by the NAME.json beside it. */
async function madeFromAnother(path: string, suffix: string): Promise<boolean | null> {
  const source = await documentSource(join(dirname(path), basename(path).slice(0, -suffix.length) + FILE_SUFFIX.json));
  if (source === null) return null;
  return basename(source) !== basename(path);
}

/** Whether the file at `path` (absolute) is an output of directive-parse rather than a document to read. */
export async function isOwnOutput(path: string): Promise<boolean> {
  const name = basename(path);
  const lower = name.toLowerCase();
  if (CSV_NAMES.has(name)) return (await head(path, CSV_HEAD.length * 2))?.startsWith(CSV_HEAD) ?? false;
  if (lower.endsWith(EXPLAIN_SUFFIX)) return (await head(path, EXPLAIN_HEADER.length + 1)) === `${EXPLAIN_HEADER}\n`;
  if (lower.endsWith(FILE_SUFFIX.json)) return (await documentSource(path)) !== null;
  if (lower.endsWith(FILE_SUFFIX.txt)) return (await madeFromAnother(path, FILE_SUFFIX.txt)) ?? false;
  if (lower.endsWith(FILE_SUFFIX.md)) return (await madeFromAnother(path, FILE_SUFFIX.md)) ?? false;
  return false;
}
