import "server-only";
import { redirect } from "next/navigation";
import type { UserActor } from "./guards";
import { currentActor } from "./current-actor";

/** For pages that need a signed-in user: visitors go to sign-in and come back afterwards. */
export async function requireSignedInPage(returnTo: string): Promise<UserActor> {
  const actor = await currentActor();
  if (actor.kind !== "user") redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
