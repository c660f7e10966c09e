/**
 * Markdown pipe-table rows met in plain text ("| STT | Nhiệm vụ | Cơ quan chủ trì |"): OCR tools
 * and converters write tables this way into .txt files too, and a table read as a table in .md
 * must be one in .txt. Cells are split on unescaped pipes, outer pipes dropped.
 */

/** A row: starts with a pipe and holds at least one more. */
export function isPipeRow(value: string): boolean {
  const t = value.trim();
  return t.startsWith('|') && t.indexOf('|', 1) > 0;
}

/** The row under the header: dashes in every cell, colons allowed ("| :---: | :--- |"). */
export function isDelimiterRow(value: string): boolean {
  return isPipeRow(value) && splitPipeRow(value).every((c) => /^\s*:?-{3,}:?\s*$/u.test(c));
}

/** The cells of a row, bold marks dropped ("**I**" is "I"). */
export function splitPipeRow(value: string): string[] {
  let t = value.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1);
  return t
    .split(/(?<!\\)\|/u)
    .map((c) => c.replace(/\\\|/gu, '|').replace(/\*\*(.+?)\*\*|__(.+?)__/gu, (_, a: string | undefined, b: string | undefined) => a ?? b ?? '').trim());
}

/** Indices of the lines that form pipe tables: a header row, its delimiter row, and the rows that follow. */
export function pipeTableLines(values: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < values.length; i++) {
    if (!isPipeRow(values[i]!) || !isDelimiterRow(values[i + 1]!)) continue;
    let j = i;
    while (j < values.length && isPipeRow(values[j]!)) out.add(j++);
    i = j - 1;
  }
  return out;
}
