// A day without a time of day (expected start date), as `<input type="date">` sends it. PostgreSQL
// `date` columns read and write the UTC calendar day of a Date, so the day is kept at UTC midnight.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2027-05-01" → 2027-05-01T00:00:00Z; null when not a real day. */
export function parseCalendarDate(text: string): Date | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** The day of a `date` column as "YYYY-MM-DD". */
export function formatCalendarDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
