/** Calendar arithmetic on ISO dates (yyyy-mm-dd), in UTC so results never depend on the machine's zone. */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function iso(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Years a directive may plausibly mention; OCR digit garbage falls outside. */
export function plausibleYear(year: number): boolean {
  return year >= 1945 && year <= 2100;
}

/** A written day/month/year as ISO, or null when it is not a real date. */
export function dateOf(day: number, month: number, year: number): string | null {
  if (!plausibleYear(year) || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return iso(year, month, day);
}

export function lastOfMonth(year: number, month: number): string {
  return iso(year, month, daysInMonth(year, month));
}

export function firstOfMonth(year: number, month: number): string {
  return iso(year, month, 1);
}

export function lastOfQuarter(year: number, quarter: number): string {
  return lastOfMonth(year, quarter * 3);
}

export function firstOfQuarter(year: number, quarter: number): string {
  return firstOfMonth(year, quarter * 3 - 2);
}

/** The day before an ISO date ("trước tháng 10" ends on 30 September). */
export function dayBefore(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d - 1));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
