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

export function stringifyReadable(value: unknown, indent = 2, width = INLINE_WIDTH): string {
  return print(value, '', ' '.repeat(indent), width) ?? 'null';
}

/** undefined where JSON.stringify would leave the value out (undefined, functions). */
function print(value: unknown, pad: string, step: string, width: number): string | undefined {
  const flat = JSON.stringify(value);
  if (flat === undefined || typeof value !== 'object' || value === null) return flat;
  if (flat.length + pad.length <= width) return spaced(value);
  const inner = pad + step;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((v) => inner + (print(v, inner, step, width) ?? 'null'));
    return `[\n${items.join(',\n')}\n${pad}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => [k, print(v, inner, step, width)] as const)
    .filter((e): e is readonly [string, string] => e[1] !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${v}`).join(',\n')}\n${pad}}`;
}

/** The one-line form with a space after each comma and colon, as people write it. */
function spaced(value: object): string {
  if (Array.isArray(value)) return `[${value.map((v) => (typeof v === 'object' && v !== null ? spaced(v) : JSON.stringify(v) ?? 'null')).join(', ')}]`;
  const parts: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    const s = typeof v === 'object' && v !== null ? spaced(v) : JSON.stringify(v);
    if (s !== undefined) parts.push(`${JSON.stringify(k)}: ${s}`);
  }
  return `{${parts.join(', ')}}`;
}
