/**
 * JSON for people as well as programs: indented like JSON.stringify(v, null, 2),
 * except that an object or array whose one-line form is short stays on one
 * line (`"span": {"start": {…}, "end": {…}}`, a token's alternatives). The
 * documents hold thousands of such small leaves, which indentation would
 * spread over ten lines each. Parsing the result gives the same value as
 * JSON.stringify would; key order is kept, so the output is deterministic.
 */

/** One-line forms up to this many characters stay on one line. */
export const INLINE_WIDTH = 100;

export interface ReadableOptions {
  /**
   * Keys whose array value is a table of records: one record per line, as
   * JSON.stringify writes it, however long. A scan's restoration details are
   * thousands of such records; ten lines each would be most of the file.
   */
  rows?: readonly string[];
}

export function stringifyReadable(value: unknown, indent = 2, width = INLINE_WIDTH, options: ReadableOptions = {}): string {
  const rows = new Set(options.rows ?? []);
  return render(value, '', ' '.repeat(indent), width, rows)?.text ?? 'null';
}

/** A table of records, one line each. */
function renderRows(items: readonly unknown[], pad: string, step: string): Printed {
  if (items.length === 0) return { text: '[]', compact: 2 };
  const inner = pad + step;
  const lines = items.map((item) => JSON.stringify(item) ?? 'null');
  const compact = lines.reduce((n, line) => n + line.length, 1 + lines.length);
  return { text: `[\n${inner}${lines.join(`,\n${inner}`)}\n${pad}]`, compact };
}

interface Printed {
  text: string;
  /** Length of JSON.stringify of the value (no spaces), which decides whether it fits on one line. */
  compact: number;
}

/**
 * One pass, leaves first: a value's one-line length is the sum of its
 * children's, so no subtree is stringified twice. A value that fits has
 * children that fit (each is shorter and only one indent deeper), so its
 * one-line form is made from their texts.
 */
function render(value: unknown, pad: string, step: string, width: number, rows: ReadonlySet<string>): Printed | undefined {
  if (typeof value !== 'object' || value === null) {
    const text = JSON.stringify(value);
    return text === undefined ? undefined : { text, compact: text.length };
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return render(JSON.parse(JSON.stringify(value) ?? 'null'), pad, step, width, rows);
  const inner = pad + step;
  if (Array.isArray(value)) {
    if (value.length === 0) return { text: '[]', compact: 2 };
    const items = value.map((v) => render(v, inner, step, width, rows) ?? { text: 'null', compact: 4 });
    const compact = items.reduce((n, item) => n + item.compact, 1 + items.length);
    const texts = items.map((item) => item.text);
    if (compact + pad.length <= width) return { text: `[${texts.join(', ')}]`, compact };
    return { text: `[\n${inner}${texts.join(`,\n${inner}`)}\n${pad}]`, compact };
  }
  const members: string[] = [];
  let compact = 1;
  for (const key of Object.keys(value)) {
    const member = (value as Record<string, unknown>)[key];
    const printed = rows.has(key) && Array.isArray(member) ? renderRows(member, inner, step) : render(member, inner, step, width, rows);
    if (printed === undefined) continue;
    const name = JSON.stringify(key);
    members.push(`${name}: ${printed.text}`);
    compact += name.length + 2 + printed.compact;
  }
  if (members.length === 0) return { text: '{}', compact: 2 };
  if (compact + pad.length <= width) return { text: `{${members.join(', ')}}`, compact };
  return { text: `{\n${inner}${members.join(`,\n${inner}`)}\n${pad}}`, compact };
}
