"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { requireSignedInPage } from "@/lib/auth/require-page-actor";
import { bellState } from "@/components/layout/bell-state";
import { DomainError } from "@/lib/domain/errors";
import { markAllNotificationsRead } from "@/lib/domain/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/domain/notifications/mark-notification-read";

const LIST = "/notifications";

/** The bell's count and accessible name, for refreshing it when the user comes back to the tab. */
export async function bellStateAction(): Promise<{ count: number; label: string } | null> {
  return bellState(await currentActor());
}

/** A visitor goes to sign-in; someone else's (or a made-up) notification is not found. */
export async function markNotificationReadAction(formData: FormData): Promise<void> {
  const actor = await requireSignedInPage(LIST);
  const notificationId = String(formData.get("notificationId") ?? "");
  try {
    await markNotificationRead(actor, { notificationId });
  } catch (error) {
    if (error instanceof DomainError) notFound();
    throw error;
  }
  revalidatePath("/", "layout");
}

export async function markAllNotificationsReadAction(): Promise<void> {
  await markAllNotificationsRead(await requireSignedInPage(LIST));
  revalidatePath("/", "layout");
}
