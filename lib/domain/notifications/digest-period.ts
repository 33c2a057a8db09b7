import type { DigestRhythm } from "./digest-choice";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Beijing time is UTC+8 all year: a digest's day starts at 00:00 there. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

export interface DigestPeriod {
  start: Date;
  end: Date;
  /** The period's first day in Beijing time, e.g. `daily:2026-12-01`: one digest per key and user. */
  key: string;
}

/**
 * The last complete period before `now`: yesterday (Beijing time) for a daily digest, last
 * Monday-to-Sunday week for a weekly one.
 */
export function lastCompletePeriod(rhythm: DigestRhythm, now: Date): DigestPeriod {
  const local = now.getTime() + SHANGHAI_OFFSET_MS;
  const todayStart = Math.floor(local / DAY_MS) * DAY_MS;
  const weekday = (new Date(todayStart).getUTCDay() + 6) % 7; // Monday 0
  const endLocal = rhythm === "DAILY" ? todayStart : todayStart - weekday * DAY_MS;
  const startLocal = endLocal - (rhythm === "DAILY" ? 1 : 7) * DAY_MS;
  const day = new Date(startLocal).toISOString().slice(0, 10);
  return {
    start: new Date(startLocal - SHANGHAI_OFFSET_MS),
    end: new Date(endLocal - SHANGHAI_OFFSET_MS),
    key: `${rhythm.toLowerCase()}:${day}`,
  };
}
