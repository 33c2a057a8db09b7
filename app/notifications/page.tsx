import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireSignedInPage } from "@/lib/auth/require-page-actor";
import { listNotifications } from "@/lib/domain/notifications/list-notifications";
import { pageParam, readUrlParam } from "@/lib/http/url-params";
import { Pagination } from "@/components/dashboard/pagination";
import { NotificationListItem } from "@/components/notifications/notification-list-item";
import { EmptyState } from "@/components/vendor-tools/empty-state";
import { Button } from "@/components/ui/button";
import { markAllNotificationsReadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications");
  return { title: t("title") };
}

const listHref = (page: number) => (page > 1 ? `/notifications?page=${page}` : "/notifications");

/** The signed-in user's notifications, newest first, unread ones marked. */
export default async function NotificationsPage({ searchParams }: PageProps<"/notifications">) {
  const page = readUrlParam(pageParam(), (await searchParams).page);
  const actor = await requireSignedInPage(listHref(page));
  const [t, format, list] = await Promise.all([
    getTranslations("notifications"),
    getFormatter(),
    listNotifications(actor, { page }),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
        <p>
          {t("listIntro")}
          {list.unread > 0 && (
            <span className="ml-2">{t("unreadCount", { count: list.unread })}</span>
          )}
        </p>
        <div className="flex items-center gap-4">
          <Link
            href="/account/notifications"
            className="text-brand-700 underline underline-offset-2 hover:text-brand-900"
          >
            {t("preferencesLink")}
          </Link>
          {list.unread > 0 && (
            <form action={markAllNotificationsReadAction}>
              <Button type="submit" tone="secondary" size="small">
                {t("markAllRead")}
              </Button>
            </form>
          )}
        </div>
      </div>
      {list.items.length === 0 ? (
        <EmptyState
          title={t("emptyTitle")}
          text={t("emptyText")}
          linkLabel={t("emptyLink")}
          href="/account/notifications"
        />
      ) : (
        <ol aria-label={t("title")} className="space-y-3">
          {list.items.map((item) => (
            <NotificationListItem
              key={item.id}
              item={item}
              at={format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}
            />
          ))}
        </ol>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} href={listHref} />
    </div>
  );
}
