/** A 'YYYY-MM-DD' day moved by whole days (noon UTC keeps summer time out of it). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A `date` column as 'YYYY-MM-DD': node-postgres gives a string, PGlite a Date at UTC midnight. */
export function asDay(value: Date | string): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

/** part / whole as 0–1, or null when the whole is 0 (a share of nothing is not 0 %). */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
