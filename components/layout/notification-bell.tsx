import { currentActor } from "@/lib/auth/current-actor";
import { bellState } from "./bell-state";
import { LiveBell } from "./live-bell";

/** The signed-in user's bell, linking to their notifications; nothing for visitors. */
export async function NotificationBell() {
  const state = await bellState(await currentActor());
  return state && <LiveBell href="/notifications" {...state} />;
}
