// The demo data set's dates are written as seen on one day. The seed moves them all by the
// whole days since then, so that the demo looks the same whenever it is seeded: the open
// requirements are still open, the awarded ones were awarded weeks ago.

/** The day marketplace.json and demo-activity.json describe. */
export const DEMO_DATA_AS_OF = new Date("2026-12-01T00:00:00Z");

const DAY_MS = 24 * 60 * 60 * 1000;
const INSTANTS = ["createdAt", "submittedAt", "publishedAt", "questionDeadline", "deadline"];
const DAYS = ["expectedStartAt"];

/** Whole days from the data set's day to `now` (times of day stay as written). */
export function daysSinceDemoData(now: Date): number {
  return Math.floor((now.getTime() - DEMO_DATA_AS_OF.getTime()) / DAY_MS);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function shifted(value: unknown, days: number, dateOnly: boolean): unknown {
  if (typeof value !== "string") return value;
  const moved = new Date(new Date(value).getTime() + days * DAY_MS);
  if (Number.isNaN(moved.getTime())) return value;
  return dateOnly ? moved.toISOString().slice(0, 10) : moved.toISOString();
}

/** The import file with the requirements' dates moved by `days` (anything else as it was). */
export function shiftRequirementDates(file: unknown, days: number): unknown {
  if (!isRecord(file) || !Array.isArray(file.requirements)) return file;
  const requirements = file.requirements.map((requirement: unknown) => {
    if (!isRecord(requirement)) return requirement;
    const moved = { ...requirement };
    for (const field of INSTANTS) moved[field] = shifted(moved[field], days, false);
    for (const field of DAYS) moved[field] = shifted(moved[field], days, true);
    for (const field of [...INSTANTS, ...DAYS]) if (moved[field] === undefined) delete moved[field];
    return moved;
  });
  return { ...file, requirements };
}
