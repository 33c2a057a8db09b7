import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { DomainError } from "@/lib/domain/errors";
import { markNotificationRead } from "@/lib/domain/notifications/mark-notification-read";

/**
 * Following a notification: it is marked read, then the browser goes on to its object. A plain
 * link (not prefetched) so that only a click marks it; another user's is "not found".
 */
export async function GET(_request: Request, context: RouteContext<"/notifications/[id]">) {
  const { id } = await context.params;
  const actor = await currentActor();
  if (actor.kind !== "user")
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/notifications/${id}`)}`);
  let href: string;
  try {
    ({ href } = await markNotificationRead(actor, { notificationId: id }));
  } catch (error) {
    if (error instanceof DomainError) return new Response("Not found", { status: 404 });
    throw error;
  }
  redirect(href);
}
