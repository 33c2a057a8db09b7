import { getTranslations } from "next-intl/server";
import { markNotificationReadAction } from "@/app/notifications/actions";
import type { NotificationItem } from "@/lib/domain/notifications/list-notifications";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

/** One notification: its title links through /notifications/<id>, which marks it read. */
export async function NotificationListItem({ item, at }: { item: NotificationItem; at: string }) {
  const [t, separators] = await Promise.all([
    getTranslations("notifications"),
    getTranslations("listSeparators"),
  ]);
  const key = `types.${item.type}`;
  const known = t.has(`${key}.title` as never);
  const text = (part: "title" | "body") =>
    known ? t(`${key}.${part}` as never, item.params as never) : t("unknownType");
  const title = text("title");
  return (
    <li
      className={`rounded-lg border bg-white p-4 ${item.read ? "border-slate-200" : "border-l-4 border-brand-600"}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="flex flex-wrap items-center gap-2">
          {!item.read && <Badge tone="brand">{t("unread")}</Badge>}
          {/* A plain link: a prefetch must not mark it read. */}
          <a
            href={`/notifications/${item.id}`}
            className={`text-brand-700 underline underline-offset-2 hover:text-brand-900 ${item.read ? "" : "font-semibold"}`}
          >
            {title}
          </a>
        </p>
        <time dateTime={item.createdAt.toISOString()} className="text-sm text-slate-500">
          {at}
        </time>
      </div>
      {known && <p className="mt-1 text-sm text-slate-700">{text("body")}</p>}
      {!item.read && (
        <form action={markNotificationReadAction} className="mt-2">
          <input type="hidden" name="notificationId" value={item.id} />
          <Button type="submit" tone="secondary" size="small">
            {t("markRead")}
            <span className="sr-only">
              {separators("labelValue")}
              {title}
            </span>
          </Button>
        </form>
      )}
    </li>
  );
}
