"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor";
import { bellState } from "@/components/layout/bell-state";
import { markAllNotificationsRead } from "@/lib/domain/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/domain/notifications/mark-notification-read";

/** The bell's count and accessible name, for refreshing it when the user comes back to the tab. */
export async function bellStateAction(): Promise<{ count: number; label: string } | null> {
  return bellState(await currentActor());
}

export async function markNotificationReadAction(formData: FormData): Promise<void> {
  const notificationId = String(formData.get("notificationId") ?? "");
  await markNotificationRead(await currentActor(), { notificationId });
  revalidatePath("/", "layout");
}

export async function markAllNotificationsReadAction(): Promise<void> {
  await markAllNotificationsRead(await currentActor());
  revalidatePath("/", "layout");
}
