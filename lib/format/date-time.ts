import { displayTimeZone, type Locale } from "@/lib/i18n/config";

type Style = "date" | "time" | "dateTime";

const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: "medium" },
  time: { timeStyle: "short" },
  dateTime: { dateStyle: "medium", timeStyle: "short" },
};

// As with money (money.ts): making an Intl.DateTimeFormat costs far more than formatting with
// one, and a list of requirements formats two per card. One per locale and style, kept; the
// same options next-intl's `format.dateTime` passes, so both spell a time alike.
const formats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: Locale, style: Style): Intl.DateTimeFormat {
  const key = `${style}:${locale}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: displayTimeZone, ...OPTIONS[style] });
    formats.set(key, format);
  }
  return format;
}

/** The day ("2027年4月1日", "Apr 1, 2027"), the time of day ("09:00", "9:00 AM") or both, in Shanghai. */
export function formatInstant(instant: Date, locale: Locale, style: Style): string {
  return dateTimeFormat(locale, style).format(instant);
}
