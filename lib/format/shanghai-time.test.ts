import { describe, expect, it } from "vitest";
import { formatCalendarDate, parseCalendarDate } from "./calendar-date";
import { shanghaiLocalToUtc, shanghaiTimeText, utcToShanghaiLocal } from "./shanghai-time";

describe("Shanghai wall-clock time", () => {
  it.each([
    ["2027-04-01T00:00", "2027-03-31T16:00:00.000Z"],
    ["2027-04-01T08:00", "2027-04-01T00:00:00.000Z"],
    ["2027-01-01T07:59", "2026-12-31T23:59:00.000Z"],
    ["2027-07-15T23:30:15", "2027-07-15T15:30:15.000Z"],
    // No daylight saving time: summer and winter are both UTC+8.
    ["2027-07-01T12:00", "2027-07-01T04:00:00.000Z"],
    ["2028-02-29T10:00", "2028-02-29T02:00:00.000Z"],
  ])("%s in Shanghai is %s", (local, utc) => {
    expect(shanghaiLocalToUtc(local)?.toISOString()).toBe(utc);
  });

  it.each([
    "",
    "2027-04-01",
    "2027-04-01 10:00",
    "2027-04-01T10:00Z",
    "2027-02-30T10:00",
    "2027-13-01T10:00",
    "2027-04-01T24:00",
    "2027-04-01T10:60",
    "2027-02-29T10:00",
  ])("refuses %j", (local) => {
    expect(shanghaiLocalToUtc(local)).toBeNull();
  });

  it("shows a stored instant as the Shanghai local value the form started from", () => {
    expect(utcToShanghaiLocal(new Date("2027-03-31T16:00:00Z"))).toBe("2027-04-01T00:00");
    expect(shanghaiTimeText(new Date("2027-03-31T16:00:00Z"))).toBe("2027-04-01 00:00");
    for (const local of ["2027-04-01T00:00", "2026-12-31T23:59", "2027-06-30T16:05"]) {
      expect(utcToShanghaiLocal(shanghaiLocalToUtc(local)!)).toBe(local);
    }
  });
});

describe("calendar dates", () => {
  it("keeps the day the user chose, at UTC midnight", () => {
    expect(parseCalendarDate("2027-05-01")?.toISOString()).toBe("2027-05-01T00:00:00.000Z");
    expect(formatCalendarDate(parseCalendarDate("2027-05-01")!)).toBe("2027-05-01");
  });

  it.each(["2027-02-29", "2027-00-10", "2027-5-1", "tomorrow", ""])("refuses %j", (text) => {
    expect(parseCalendarDate(text)).toBeNull();
  });
});
