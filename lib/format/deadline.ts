const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days left until the deadline (0 on its last day), or null once it has passed. */
export function daysUntil(deadline: Date, now: Date = new Date()): number | null {
  const remaining = deadline.getTime() - now.getTime();
  if (remaining <= 0) return null;
  return Math.floor(remaining / DAY_MS);
}

/** Whether the moment has come (a milestone of a requirement's schedule is behind us). */
export function hasPassed(moment: Date, now: Date = new Date()): boolean {
  return moment.getTime() <= now.getTime();
}
