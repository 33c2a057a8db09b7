import { createFormatter } from "next-intl";
import { describe, expect, it } from "vitest";
import { displayTimeZone, locales } from "@/lib/i18n/config";
import { formatInstant } from "./date-time";

const instants = [new Date("2027-03-31T16:00:00Z"), new Date("2026-12-07T01:05:00Z")];

describe("formatInstant", () => {
  it("spells times as next-intl's format.dateTime does with the app's time zone", () => {
    for (const locale of locales) {
      const format = createFormatter({ locale, timeZone: displayTimeZone });
      for (const instant of instants) {
        expect(formatInstant(instant, locale, "date")).toBe(
          format.dateTime(instant, { dateStyle: "medium" }),
        );
        expect(formatInstant(instant, locale, "time")).toBe(
          format.dateTime(instant, { timeStyle: "short" }),
        );
        expect(formatInstant(instant, locale, "dateTime")).toBe(
          format.dateTime(instant, { dateStyle: "medium", timeStyle: "short" }),
        );
      }
    }
  });

  it("reads the day in Shanghai, not in UTC", () => {
    // 16:00 UTC on 31 March is midnight on 1 April in Shanghai.
    expect(formatInstant(instants[0]!, "zh-CN", "date")).toBe("2027年4月1日");
    expect(formatInstant(instants[0]!, "en", "time")).toBe("12:00 AM");
  });
});
