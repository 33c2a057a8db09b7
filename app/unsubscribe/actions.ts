"use server";

import { redirect } from "next/navigation";
import { DomainError } from "@/lib/domain/errors";
import { unsubscribeByToken } from "@/lib/domain/notifications/unsubscribe-by-token";

/** The confirmation page's button: the same change as the one-click POST. */
export async function unsubscribeAction(formData: FormData): Promise<void> {
  const token = String(formData.get("token") ?? "");
  const page = `/unsubscribe?token=${encodeURIComponent(token)}`;
  try {
    await unsubscribeByToken({ token });
  } catch (error) {
    // A forged or damaged link: the page says so.
    if (error instanceof DomainError) redirect(page);
    throw error;
  }
  redirect(`${page}&done=1`);
}
