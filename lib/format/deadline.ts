const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days left until a deadline that is still ahead (0 on its last day). */
export function daysLeft(deadline: Date, now: Date): number {
  return Math.max(0, Math.floor((deadline.getTime() - now.getTime()) / DAY_MS));
}

/** Whether the moment has come (a milestone of a requirement's schedule is behind us). */
export function hasPassed(moment: Date, now: Date = new Date()): boolean {
  return moment.getTime() <= now.getTime();
}
