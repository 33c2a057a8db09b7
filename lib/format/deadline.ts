const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days left until a deadline that is still ahead (0 on its last day). */
export function daysLeft(deadline: Date, now: Date): number {
  return Math.max(0, Math.floor((deadline.getTime() - now.getTime()) / DAY_MS));
}
