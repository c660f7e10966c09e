/**
 * Trees for segmentation tests: one `line` node per input line with its
 * position, the shape the read stage's parser produces.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LineNode, Root } from '../../src/tree.js';

export function toLines(text: string): LineNode[] {
  const out: LineNode[] = [];
  let offset = 0;
  text.split(/\r\n|\r|\n/u).forEach((value, i) => {
    out.push({
      type: 'line',
      value,
      position: {
        start: { line: i + 1, column: 1, offset },
        end: { line: i + 1, column: value.length + 1, offset: offset + value.length },
      },
    });
    offset += value.length + 1;
  });
  // A final newline does not make an extra line.
  if (out.length > 1 && out[out.length - 1]!.value === '' && /\n$/u.test(text)) out.pop();
  return out;
}

export function toRoot(text: string): Root {
  return { type: 'root', children: toLines(text) };
}

export const REPO = join(import.meta.dirname, '..', '..');

/** The seed file whose name starts with the given number ("000"). */
export function seedText(id: string): string {
  const dir = join(REPO, 'seeds');
  const name = readdirSync(dir).find((f) => f.startsWith(`${id}_`));
  if (!name) throw new Error(`no seed ${id}`);
  return readFileSync(join(dir, name), 'utf8');
}
