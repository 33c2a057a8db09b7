// Users enter and read times in Asia/Shanghai (UTC+8 all year: China has had no daylight saving
// time since 1991); the database keeps UTC. `<input type="datetime-local">` sends and shows
// "YYYY-MM-DDTHH:mm" without a zone, so the offset is applied here, on both sides of the form.

const OFFSET_MS = 8 * 60 * 60 * 1000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2027-04-01T00:00" in Shanghai → 2027-03-31T16:00:00Z; null when not a real local time. */
export function shanghaiLocalToUtc(local: string): Date | null {
  const match = LOCAL.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  if (hour! > 23 || minute! > 59 || second! > 59) return null;
  const wall = new Date(Date.UTC(year!, month! - 1, day!, hour, minute, second));
  // Date.UTC rolls 31 February over into March: such input is not a time anyone meant.
  if (wall.getUTCMonth() !== month! - 1 || wall.getUTCDate() !== day) return null;
  return new Date(wall.getTime() - OFFSET_MS);
}

/** The instant as Shanghai wall-clock time, "YYYY-MM-DDTHH:mm" (a datetime-local value). */
export function utcToShanghaiLocal(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 16);
}

/** The instant as Shanghai time for reading in a message: "2027-04-01 00:00". */
export function shanghaiTimeText(instant: Date): string {
  return utcToShanghaiLocal(instant).replace("T", " ");
}
