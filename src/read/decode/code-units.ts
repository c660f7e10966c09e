/** Strings from UTF-16 code units, in slices small enough for `apply`'s argument limit. */
const SLICE = 8192;

export function fromCodeUnits(units: Uint16Array): string {
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += SLICE) {
    parts.push(String.fromCharCode(...units.subarray(i, i + SLICE)));
  }
  return parts.join('');
}
