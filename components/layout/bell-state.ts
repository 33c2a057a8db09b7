import "server-only";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { countUnreadNotifications } from "@/lib/domain/notifications/count-unread-notifications";
import { readOwnNotifications } from "@/lib/domain/notifications/notification-permissions";

/** The bell's unread count and accessible name (通知（3 条未读）); null for visitors. */
export async function bellState(actor: Actor): Promise<{ count: number; label: string } | null> {
  if (!readOwnNotifications.can(actor)) return null;
  const [count, t] = await Promise.all([
    countUnreadNotifications(actor),
    getTranslations("notifications"),
  ]);
  return { count, label: count > 0 ? t("bellUnread", { count }) : t("bell") };
}
