"use server";

import { redirect } from "next/navigation";
import { unsubscribeByToken } from "@/lib/domain/notifications/unsubscribe-by-token";

/** The confirmation page's button: the same change as the one-click POST. */
export async function unsubscribeAction(formData: FormData): Promise<void> {
  const token = String(formData.get("token") ?? "");
  await unsubscribeByToken({ token });
  redirect(`/unsubscribe?token=${encodeURIComponent(token)}&done=1`);
}
