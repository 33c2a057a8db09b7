import { notFound } from "next/navigation";
import { admin, type UserActor } from "@/lib/auth/guards";
import { requireSignedInPage } from "@/lib/auth/require-page-actor";

/**
 * For the admin pages: visitors go to sign-in; other users never see an admin page (the layout
 * shows them a "no access" notice, and a page reached anyway answers 404). The use cases check
 * again: this only decides what to render.
 */
export async function requireAdminPage(returnTo: string): Promise<UserActor> {
  const actor = await requireSignedInPage(returnTo);
  if (!admin.can(actor)) notFound();
  return actor;
}
