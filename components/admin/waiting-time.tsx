import { getTranslations } from "next-intl/server";

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** Requests older than this are shown as overdue. */
const LONG_WAIT_MS = 2 * DAY_MS;

/** How long a request has been waiting, in the largest whole unit. */
export async function WaitingTime({ waitingMs }: { waitingMs: number }) {
  const t = await getTranslations("admin.verifications");
  const amount =
    waitingMs >= DAY_MS
      ? t("days", { count: Math.floor(waitingMs / DAY_MS) })
      : waitingMs >= HOUR_MS
        ? t("hours", { count: Math.floor(waitingMs / HOUR_MS) })
        : t("minutes", { count: Math.max(1, Math.floor(waitingMs / 60_000)) });
  const tone =
    waitingMs >= LONG_WAIT_MS ? "bg-amber-100 text-amber-900" : "bg-slate-100 text-slate-700";
  return (
    <p className={`rounded-full px-3 py-1 text-sm whitespace-nowrap ${tone}`}>
      {t("waiting")} <strong className="font-semibold">{amount}</strong>
    </p>
  );
}
